package dev.qforge.backtest.metrics;

/** Plain descriptive statistics over primitive arrays; empty or too short inputs give NaN. */
final class Stats {

    private Stats() {
    }

    static double mean(double[] x) {
        return mean(x, 0, x.length);
    }

    /** Mean of {@code x[from..to)}. */
    static double mean(double[] x, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / n;
    }

    static double sampleStdev(double[] x) {
        return sampleStdev(x, 0, x.length);
    }

    /** Sample standard deviation (divisor n - 1) of {@code x[from..to)}, two-pass; NaN below two values. */
    static double sampleStdev(double[] x, int from, int to) {
        int n = to - from;
        if (n < 2) {
            return Double.NaN;
        }
        double m = mean(x, from, to);
        double ss = 0;
        for (int i = from; i < to; i++) {
            double d = x[i] - m;
            ss += d * d;
        }
        return Math.sqrt(ss / (n - 1));
    }

    /** Sample covariance (divisor n - 1) of two equally long arrays; NaN below two pairs. */
    static double sampleCovariance(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = mean(x);
        double my = mean(y);
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return s / (n - 1);
    }

    /** {@code sqrt(mean(min(0, x - target)^2))} over all values, the shortfalls and the rest alike. */
    static double downsideDeviation(double[] x, double target) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : x) {
            double d = Math.min(0.0, v - target);
            s += d * d;
        }
        return Math.sqrt(s / x.length);
    }

    /** {@code num / den}, NaN when the denominator is zero or not a number. */
    static double ratio(double num, double den) {
        return den == 0 || Double.isNaN(den) ? Double.NaN : num / den;
    }
}
