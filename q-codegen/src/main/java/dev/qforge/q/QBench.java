package dev.qforge.q;

import dev.qforge.q.value.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Interpreter versus plain Java loops on the same data, in the same JVM run. Each case evaluates one q
 * expression (assigned to {@code r}) and the equivalent hand-written Java loop over the arrays behind the
 * q variables; both are warmed up first, then each is timed {@code reps} times (after a {@code System.gc()}) and the median is reported.
 * Every case checks that the interpreter's result equals the Java result and throws
 * {@link IllegalStateException} if not. Timings are machine-dependent: never assert on them.
 */
public final class QBench {
    private QBench() {}

    /** One case: name, median interpreter and Java times in milliseconds, and their ratio (interpreter / Java). */
    public record Result(String name, double interpMs, double javaMs, double ratio) {
        @Override public String toString() { return String.format("%-28s q %8.2f ms  java %8.2f ms  ratio %5.2f", name, interpMs, javaMs, ratio); }
    }

    private record Case(String name, String q, Function<QSession, Object> java) {}

    private static final int N = 10_000_000, M = 1_000_000;
    private static volatile Object sink;

    private static long[] longs(QSession s, String name) { return ((LVec) s.get(name)).a; }
    private static double[] doubles(QSession s, String name) { return ((DVec) s.get(name)).a; }

    private static List<Case> cases() {
        return List.of(
            new Case("sum til 10000000", "r:sum til " + N, s -> {
                long[] a = new long[N];
                for (int i = 0; i < N; i++) a[i] = i;
                long t = 0;
                for (long v : a) t += v;
                return t;
            }),
            new Case("x where x>0 (1e7 longs)", "r:x where x>0", s -> {
                long[] a = longs(s, "x");
                int k = 0;
                for (long v : a) if (v > 0) k++;
                long[] r = new long[k];
                k = 0;
                for (long v : a) if (v > 0) r[k++] = v;
                return r;
            }),
            new Case("asc 1e6 floats", "r:asc f", s -> {
                double[] r = doubles(s, "f").clone();
                Arrays.sort(r);
                return r;
            }),
            new Case("x+1 (1e7 longs)", "r:x+1", s -> {
                long[] a = longs(s, "x"), r = new long[a.length];
                for (int i = 0; i < a.length; i++) r[i] = a[i] + 1;
                return r;
            }),
            new Case("x*2.5 (1e7 longs)", "r:x*2.5", s -> {
                long[] a = longs(s, "x");
                double[] r = new double[a.length];
                for (int i = 0; i < a.length; i++) r[i] = a[i] * 2.5;
                return r;
            }),
            new Case("x>0 (1e7 longs)", "r:x>0", s -> {
                long[] a = longs(s, "x");
                boolean[] r = new boolean[a.length];
                for (int i = 0; i < a.length; i++) r[i] = a[i] > 0;
                return r;
            }),
            new Case("f+f (1e6 floats)", "r:f+f", s -> {
                double[] a = doubles(s, "f"), r = new double[a.length];
                for (int i = 0; i < a.length; i++) r[i] = a[i] + a[i];
                return r;
            }));
    }

    /** Runs every case {@code reps} times (after two warm-up rounds) and returns one result per case. */
    public static List<Result> run(int reps) {
        QSession s = new QSession().maxCells(50_000_000);
        s.evalDisplay("x:-5000000+til " + N);
        s.evalDisplay("f:" + M + "?1.0");
        List<Result> out = new ArrayList<>();
        for (Case c : cases()) {
            for (int w = 0; w < 2; w++) { eval(s, c.q); sink = c.java.apply(s); }
            check(c, s.get("r"), c.java.apply(s));
            double[] tq = new double[reps], tj = new double[reps];
            for (int i = 0; i < reps; i++) {
                System.gc();
                long t0 = System.nanoTime();
                eval(s, c.q);
                tq[i] = (System.nanoTime() - t0) / 1e6;
                System.gc();
                t0 = System.nanoTime();
                sink = c.java.apply(s);
                tj[i] = (System.nanoTime() - t0) / 1e6;
            }
            double q = median(tq), j = median(tj);
            out.add(new Result(c.name, q, j, j == 0 ? Double.NaN : q / j));
        }
        return out;
    }

    private static void eval(QSession s, String q) {
        String err = s.evalDisplay(q);
        if (!err.isEmpty()) throw new IllegalStateException(q + " -> " + err);
    }

    private static void check(Case c, QObj q, Object java) {
        boolean ok = switch (java) {
            case Long l -> q instanceof LAtom a && a.v == l;
            case long[] a -> q instanceof LVec v && Arrays.equals(v.a, a);
            case double[] a -> q instanceof DVec v && Arrays.equals(v.a, a);
            case boolean[] a -> {
                if (!(q instanceof LVec v) || v.t != T.BOOL || v.a.length != a.length) yield false;
                for (int i = 0; i < a.length; i++) if ((v.a[i] != 0) != a[i]) yield false;
                yield true;
            }
            default -> false;
        };
        if (!ok) throw new IllegalStateException("result mismatch in " + c.name);
    }

    private static double median(double[] t) {
        double[] c = t.clone();
        Arrays.sort(c);
        return c.length == 0 ? 0 : c[c.length / 2];
    }

    /** Prints the table (for manual runs). */
    public static void main(String[] args) {
        for (Result r : run(args.length > 0 ? Integer.parseInt(args[0]) : 5)) System.out.println(r);
    }
}
