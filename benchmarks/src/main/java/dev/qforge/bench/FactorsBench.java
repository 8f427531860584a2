package dev.qforge.bench;

import dev.qforge.data.Panel;
import dev.qforge.data.validate.Policy;
import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.analysis.DailyIc;
import dev.qforge.factors.analysis.ForwardReturns;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.io.UniverseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code qforge bench factors}: Alpha158 over the S&P 500 set (or a synthetic universe of the same shape when
 * {@code ../shared/data} is absent) with the factor engine, against {@link NaiveFactorLoop} (per-window
 * recomputation) in the same run. The naive loop runs on the first {@code --naive-instruments} instruments
 * and its time is extrapolated linearly to the whole set (every instrument costs the same there); the
 * engine's values on that subset are checked against the loop's. Then the daily IC and Rank IC of one factor
 * (20-day reversal, 1-day horizon) over the whole set, against a straightforward per-day loop that sorts boxed
 * pairs. Peak heap is the sum of the heap pools' peak usage during the engine's runs (reset before them).
 */
@Command(name = "factors", mixinStandardHelpOptions = true,
        description = "Alpha158 throughput and one-factor IC evaluation time against naive per-window / per-day peers.")
public final class FactorsBench implements Callable<Integer> {

    @Option(names = "--data", description = "folder of daily bars (default: ${DEFAULT-VALUE}; synthetic 504 x 5400 when absent)")
    Path data = Path.of("../shared/data/sp500-daily");

    @Option(names = "--instruments", description = "instruments of the synthetic universe used without --data (default: ${DEFAULT-VALUE})")
    int instruments = 504;

    @Option(names = "--days", description = "days of the synthetic universe used without --data (default: ${DEFAULT-VALUE})")
    int days = 5400;

    @Option(names = {"-r", "--repetitions"}, description = "measured runs per side, median shown (default: ${DEFAULT-VALUE})")
    int repetitions = 3;

    @Option(names = "--threads", description = "engine threads (default: ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--naive-instruments", description = "instruments the naive loop runs on (default: ${DEFAULT-VALUE})")
    int naiveInstruments = 10;

    private PrintStream out = System.out;

    FactorsBench printTo(PrintStream s) {
        out = s;
        return this;
    }

    @Override
    public Integer call() {
        if (repetitions < 1 || threads < 1 || naiveInstruments < 1 || instruments < 3 || days < 30) {
            out.println("need -r >= 1, --threads >= 1, --naive-instruments >= 1, --instruments >= 3, --days >= 30");
            return 2;
        }
        out.println("qforge factors benchmark");
        out.println(Runs.machine());
        Panel panel;
        if (Files.isDirectory(data)) {
            panel = UniverseLoader.load(data, Policy.DROP, m -> { }).panel();
            out.printf(Locale.ROOT, "data: %s, %d instruments x %d days%n", data, panel.instrumentCount(), panel.timeCount());
        } else {
            panel = BenchData.universe(instruments, days, BenchData.SEED).panel();
            out.printf(Locale.ROOT, "data: %s is absent; synthetic universe of %d instruments x %d days%n", data, panel.instrumentCount(), panel.timeCount());
        }
        List<Expression> exprs = Alpha158.features().stream().map(Alpha158.Feature::expression).toList();
        FactorData fd = new FactorData(panel);
        long cells = panel.count("close");

        // engine: Alpha158 over everything
        Runs engineRuns = new Runs(repetitions, 1, 0);
        AtomicLong finite = new AtomicLong();
        resetPeaks();
        while (!engineRuns.done()) {
            engineRuns.time(() -> {
                finite.set(0);
                new FactorEngine(fd, threads, 32).run(exprs, (c0, n, v) -> {
                    long k = 0;
                    for (double[] a : v) for (double x : a) if (Double.isFinite(x)) k++;
                    finite.addAndGet(k);
                }, null);
                return null;
            });
        }
        long peak = peakHeap();
        double engineS = engineRuns.median();
        long values = cells * exprs.size();

        // naive loop on a subset, extrapolated
        Panel sub = NaiveFactorLoop.subset(panel, naiveInstruments);
        FactorData sd = new FactorData(sub);
        NaiveFactorLoop naive = new NaiveFactorLoop(sd);
        long t0 = System.nanoTime();
        List<double[][]> naiveValues = new ArrayList<>();
        for (Expression e : exprs) {
            double[][] perCol = new double[sub.instrumentCount()][];
            for (int c = 0; c < sub.instrumentCount(); c++) perCol[c] = naive.eval(e.root(), c);
            naiveValues.add(perCol);
        }
        double naiveS = (System.nanoTime() - t0) / 1e9;
        double naiveFull = naiveS * panel.instrumentCount() / sub.instrumentCount();
        long mismatches = 0, compared = 0;
        FactorEngine subEngine = new FactorEngine(sd, 1, 32);
        for (int k = 0; k < exprs.size(); k++) {
            FactorMatrix m = subEngine.evaluate(exprs.get(k));
            for (int c = 0; c < sub.instrumentCount(); c++) {
                double[] nv = naiveValues.get(k)[c];
                int f = sd.first(c);
                for (int i = 0; i < nv.length; i++) {
                    double a = m.get(f + i, c), b = nv[i];
                    compared++;
                    boolean same = Double.isNaN(a) ? Double.isNaN(b) : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
                    if (!same) mismatches++;
                }
            }
        }
        out.printf(Locale.ROOT, "%nAlpha158 (158 features) over %,d listed instrument-days:%n", cells);
        out.printf(Locale.ROOT, "  qforge engine, %d threads: %.2f s median of %d (cold %.2f s), %,.0f values/s, peak heap occupancy %,d MiB (not yet collected garbage included; the S&P test runs Alpha158 under -Xmx2g)%n",
                threads, engineS, repetitions, engineRuns.first(), values / engineS, peak >> 20);
        out.printf(Locale.ROOT, "  naive per-window loop, 1 thread, %d instruments: %.2f s -> %.1f s extrapolated to %d instruments (%,.0f values/s)%n",
                sub.instrumentCount(), naiveS, naiveFull, panel.instrumentCount(), values / naiveFull);
        out.printf(Locale.ROOT, "  ratio engine/naive: %.1fx (per thread: %.1fx); values compared on the subset: %,d, differing: %,d%n",
                naiveFull / engineS, naiveFull / engineS / threads, compared, mismatches);

        // one-factor IC evaluation
        FactorMatrix rev = new FactorEngine(fd, threads, 32).evaluate(Expression.parse("Ref($close,20)/$close-1"));
        double[] close = panel.matrix("close");
        int rows = rev.rows(), cols = rev.cols();
        Runs icRuns = new Runs(repetitions, 2, 1), naiveIc = new Runs(repetitions, 1, 0);
        double[][] result = new double[2][];
        Runs.interleave(new Runs[]{icRuns, naiveIc},
                () -> result[0] = icRuns.time(() -> {
                    double[] ret = ForwardReturns.of(close, rows, cols, 1);
                    return DailyIc.compute(rev.values(), ret, rows, cols, 0, rows, 10, null).rankIc();
                }),
                () -> result[1] = naiveIc.time(() -> naiveRankIc(rev.values(), close, rows, cols)));
        double maxDiff = 0;
        for (int r = 0; r < rows; r++) {
            double a = result[0][r], b = result[1][r];
            if (Double.isNaN(a) != Double.isNaN(b)) maxDiff = Double.POSITIVE_INFINITY;
            else if (!Double.isNaN(a)) maxDiff = Math.max(maxDiff, Math.abs(a - b));
        }
        out.printf(Locale.ROOT, "%nDaily IC + Rank IC of one factor (20-day reversal, 1-day forward return), %d days x %d instruments:%n", rows, cols);
        out.printf(Locale.ROOT, "  qforge (parallel days, primitive ranks): %.3f s median (cold %.3f s)%n", icRuns.median(), icRuns.first());
        out.printf(Locale.ROOT, "  naive per-day loop (boxed pairs, comparator sort): %.3f s median%n", naiveIc.median());
        out.printf(Locale.ROOT, "  ratio: %.1fx; largest daily Rank IC difference %.2e%n", naiveIc.median() / icRuns.median(), maxDiff);
        out.printf(Locale.ROOT, "%nload average at the end: %s%n", Runs.load());
        boolean agree = mismatches == 0 && maxDiff < 1e-9;
        if (!agree) out.println("!!! DISAGREEMENT !!! the engine and a naive peer differ (see above)");
        out.flush();
        return agree ? 0 : 1;
    }

    /** Rank IC per day from boxed pairs sorted with a comparator: what a first implementation would do. */
    static double[] naiveRankIc(double[] f, double[] close, int rows, int cols) {
        double[] out = new double[rows];
        java.util.Arrays.fill(out, Double.NaN);
        for (int r = 0; r + 1 < rows; r++) {
            List<double[]> pairs = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                double x = f[r * cols + c], p0 = close[r * cols + c], p1 = close[(r + 1) * cols + c];
                double y = p0 > 0 && p1 > 0 ? p1 / p0 - 1 : Double.NaN;
                if (Double.isFinite(x) && Double.isFinite(y)) pairs.add(new double[]{x, y, 0, 0});
            }
            if (pairs.size() < 10) continue;
            for (int k = 0; k < 2; k++) {
                final int key = k;
                pairs.sort(java.util.Comparator.comparingDouble(p -> p[key]));
                int i = 0;
                while (i < pairs.size()) {
                    int j = i;
                    while (j + 1 < pairs.size() && pairs.get(j + 1)[key] == pairs.get(i)[key]) j++;
                    for (int q = i; q <= j; q++) pairs.get(q)[2 + key] = (i + j) / 2.0 + 1;
                    i = j + 1;
                }
            }
            double mx = 0, my = 0;
            for (double[] p : pairs) {
                mx += p[2];
                my += p[3];
            }
            mx /= pairs.size();
            my /= pairs.size();
            double sxy = 0, sxx = 0, syy = 0;
            for (double[] p : pairs) {
                sxy += (p[2] - mx) * (p[3] - my);
                sxx += (p[2] - mx) * (p[2] - mx);
                syy += (p[3] - my) * (p[3] - my);
            }
            out[r] = sxy / Math.sqrt(sxx * syy);
        }
        return out;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    private static long peakHeap() {
        long s = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) s += p.getPeakUsage().getUsed();
        return s;
    }
}
