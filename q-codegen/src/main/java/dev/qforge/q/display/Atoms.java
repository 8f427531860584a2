package dev.qforge.q.display;

import dev.qforge.q.value.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * Atom text as q prints it at {@code \P 7}: floats with 7 significant digits in C {@code %g} style
 * (scientific below 1e-4 or from 1e7), nulls {@code 0N 0n 0Ni 0Nd...}, infinities {@code 0W 0w}.
 * "Plain" text omits the type suffix, as inside vectors and table cells.
 */
public final class Atoms {
    private Atoms() {}
    /**
     * Float display precision ({@code \P}) of the session evaluating on this thread. Each {@code QSession}
     * installs its own value for the duration of an evaluation (see {@link #withPrecision}), so sessions on
     * different threads never see each other's setting.
     */
    private static final ThreadLocal<int[]> PRECISION = ThreadLocal.withInitial(() -> new int[]{7});

    /** The current thread's float display precision (significant digits, 1 to 17). */
    public static int precision() { return PRECISION.get()[0]; }

    /** Sets the current thread's float display precision; returns the previous value. */
    public static int withPrecision(int p) { int[] c = PRECISION.get(); int old = c[0]; c[0] = p; return old; }

    public static String flt(double d) {
        int precision = precision();
        if (Double.isNaN(d)) return "0n";
        if (Double.isInfinite(d)) return d > 0 ? "0w" : "-0w";
        if (d == 0) return "0";
        BigDecimal bd = new BigDecimal(d).round(new MathContext(precision));
        int exp = bd.precision() - bd.scale() - 1;
        if (exp < -4 || exp >= precision) {
            BigDecimal m = bd.movePointLeft(exp).stripTrailingZeros();
            String ms = m.toPlainString();
            String e = String.valueOf(Math.abs(exp));
            if (e.length() < 2) e = "0" + e;
            return ms + "e" + (exp < 0 ? "-" : "+") + e;
        }
        String s = bd.stripTrailingZeros().toPlainString();
        return s;
    }

    /** Atom text without type suffix, e.g. {@code 1} for 1i, {@code 2} for 2f, {@code a} for `a when bare. */
    public static String plain(int t, long v) {
        t = Math.abs(t);
        if (T.isNullL(t, v) && t != T.CHAR) return t == T.LONG ? "0N" : "0N" + T.CHARS.charAt(t);
        if (t != T.BOOL && t != T.BYTE && t != T.CHAR) {
            if (v == T.infOf(t)) return t == T.LONG ? "0W" : "0W" + T.CHARS.charAt(t);
            if (v == -T.infOf(t)) return t == T.LONG ? "-0W" : "-0W" + T.CHARS.charAt(t);
        }
        return switch (t) {
            case T.BOOL -> String.valueOf(v);
            case T.BYTE -> String.format("%02x", v);
            case T.CHAR -> String.valueOf((char) v);
            case T.DATE -> date(v);
            case T.MONTH -> { long y = 2000 + Math.floorDiv(v, 12); yield y + "." + two(Math.floorMod(v, 12) + 1); }
            case T.TIME -> (v < 0 ? "-" : "") + time(Math.abs(v));
            case T.MINUTE -> two(v / 60) + ":" + two(v % 60);
            case T.SECOND -> two(v / 3600) + ":" + two(v / 60 % 60) + ":" + two(v % 60);
            case T.TIMESTAMP -> date(Math.floorDiv(v, 86_400_000_000_000L)) + "D" + nanos(Math.floorMod(v, 86_400_000_000_000L));
            case T.TIMESPAN -> (v < 0 ? "-" : "") + Math.abs(v) / 86_400_000_000_000L + "D" + nanos(Math.abs(v) % 86_400_000_000_000L);
            default -> String.valueOf(v);
        };
    }

    private static String two(long v) { return v < 10 ? "0" + v : String.valueOf(v); }
    private static String date(long d) {
        LocalDate ld = LocalDate.of(2000, 1, 1).plusDays(d);
        return String.format("%04d.%02d.%02d", ld.getYear(), ld.getMonthValue(), ld.getDayOfMonth());
    }
    private static String time(long ms) {
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
    private static String nanos(long ns) {
        return String.format("%02d:%02d:%02d.%09d", ns / 3_600_000_000_000L, ns / 60_000_000_000L % 60, ns / 1_000_000_000L % 60, ns % 1_000_000_000L);
    }

    /** Item text inside a vector: like {@link #plain} but nulls and infinities lose their type letter. */
    public static String vecItem(int t, long v) {
        String p = plain(t, v);
        if (p.startsWith("0N")) return "0N";
        if (p.startsWith("0W")) return "0W";
        if (p.startsWith("-0W")) return "-0W";
        return p;
    }

    /** Suffix letter shown after an atom or a numeric vector, "" when none. */
    static String suffix(int t) {
        return switch (Math.abs(t)) {
            case T.BOOL -> "b";
            case T.SHORT -> "h";
            case T.INT -> "i";
            case T.REAL -> "e";
            case T.MONTH -> "m";
            default -> "";
        };
    }

    /** Full atom display as the console prints it. */
    public static String atom(QObj a) {
        if (a instanceof SAtom s) return "`" + s.v;
        if (a instanceof DAtom d) {
            String s = flt(d.v);
            if (d.t == -T.REAL) return d.v != d.v ? "0Ne" : Double.isInfinite(d.v) ? s.replace("w", "We") : s + "e";
            return s.matches("-?\\d+") ? s + "f" : s;
        }
        LAtom l = (LAtom) a;
        int t = -l.t;
        if (t == T.CHAR) return "\"" + esc((char) l.v) + "\"";
        if (t == T.BYTE) return "0x" + plain(t, l.v);
        String p = plain(t, l.v);
        if (p.startsWith("0N") || p.startsWith("0W") || p.startsWith("-0W")) return p;
        return p + suffix(t);
    }

    static String esc(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            default -> String.valueOf(c);
        };
    }

    /** Cell text (inside tables, dictionaries and matrices): no quotes, backticks or suffixes. */
    public static String cell(QObj a) {
        if (a instanceof SAtom s) return s.v;
        if (a instanceof DAtom d) return d.t == -T.REAL && d.v != d.v ? "0Ne" : flt(d.v);
        if (a instanceof LAtom l) {
            if (l.t == -T.BYTE) return "0x" + plain(l.t, l.v);
            if (l.t == -T.BOOL) return String.valueOf(l.v);
            return vecItem(l.t, l.v);
        }
        return Fmt.str(a);
    }
}
