package dev.qforge.data.load;

/**
 * Allocation-free parsers for the common shapes of CSV fields, used before the general ones. Each either
 * returns exactly what the general parser ({@link Double#parseDouble}, {@link TimeParsing#parse}) would
 * return, or says that it cannot decide (NaN / -1), in which case the caller uses the general parser.
 */
final class FastParse {

    /** Exact powers of ten: every 10^k with k <= 22 is a double without rounding. */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int k = 0; k < POW10.length; k++) {
            POW10[k] = p;
            p *= 10;
        }
    }

    /** Most significant digits of a decimal that the fast path takes: 15 digits are below 2^53, so exact in a double. */
    static final int MAX_DIGITS = 15;

    private FastParse() {
    }

    /**
     * {@code [+-]digits[.digits]} (or {@code digits.} / {@code .digits}) with at most {@link #MAX_DIGITS} digits in
     * {@code s[from, to)}: the digits form an integer m below 2^53 and the fraction length k is at most 15, so m and
     * 10^k are exact doubles and the one correctly rounded division m / 10^k is the correctly rounded value of the
     * decimal, which is what {@link Double#parseDouble} returns. NaN for anything else (exponents, more digits,
     * spaces, suffixes, NaN, Infinity, hex): the caller then uses {@code parseDouble}.
     */
    static double decimal(CharSequence s, int from, int to) {
        int i = from;
        if (i >= to) return Double.NaN;
        boolean neg = false;
        char ch = s.charAt(i);
        if (ch == '-' || ch == '+') {
            neg = ch == '-';
            i++;
        }
        long m = 0;
        int digits = 0, frac = -1;
        for (; i < to; i++) {
            ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                if (++digits > MAX_DIGITS) return Double.NaN;
                m = m * 10 + (ch - '0');
                if (frac >= 0) frac++;
            } else if (ch == '.' && frac < 0) {
                frac = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) return Double.NaN;
        double v = frac > 0 ? m / POW10[frac] : (double) m;
        return neg ? -v : v;
    }

    /**
     * The epoch day of a valid {@code yyyy-MM-dd} in {@code s[from, from + 10)}, or -1 (no such date, another layout);
     * the same date {@link java.time.LocalDate#parse} gives for it. Days before 1970 are negative, so -1 (1969-12-31)
     * also falls back to the general parser, which is merely slower.
     */
    static long isoEpochDay(CharSequence s, int from, int to) {
        if (to - from != 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') return -1;
        int y = digits(s, from, 4), mo = digits(s, from + 5, 2), d = digits(s, from + 8, 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1) return -1;
        int len = switch (mo) {
            case 2 -> java.time.Year.isLeap(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        if (d > len) return -1;
        return java.time.LocalDate.of(y, mo, d).toEpochDay();
    }

    private static int digits(CharSequence s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') return -1;
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
