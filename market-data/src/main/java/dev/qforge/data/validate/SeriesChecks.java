package dev.qforge.data.validate;

/** The WARNING checks along a clean, time-ordered series: zero-volume runs and split-like jumps. */
final class SeriesChecks {

    /** Price ratios after a split: a k:1 split divides the price by k (r = 1/k), a 1:k reverse split multiplies it. */
    private static final double[] RATIOS = {1 / 2.0, 1 / 3.0, 2 / 3.0, 1 / 4.0, 1 / 5.0, 1 / 7.0, 1 / 8.0, 1 / 10.0, 1 / 20.0,
        2.0, 3.0, 1.5, 4.0, 5.0, 8.0, 10.0, 20.0};
    private static final String[] LABELS = {"2:1 split", "3:1 split", "3:2 split", "4:1 split", "5:1 split", "7:1 split",
        "8:1 split", "10:1 split", "20:1 split", "1:2 reverse split", "1:3 reverse split", "2:3 reverse split",
        "1:4 reverse split", "1:5 reverse split", "1:8 reverse split", "1:10 reverse split", "1:20 reverse split"};

    private SeriesChecks() {
    }

    /** log(RATIOS[k]). */
    private static final double[] LOG_RATIOS = new double[RATIOS.length];

    static {
        for (int k = 0; k < RATIOS.length; k++) LOG_RATIOS[k] = Math.log(RATIOS[k]);
    }

    /**
     * True when {@code r} is certainly further than {@code tol} (in log terms) from every ratio: one logarithm
     * instead of one per ratio. log(r) - log(R) differs from log(r / R) by a few ulps, far less than the margin,
     * so a move this rejects would also fail the exact test of {@link #splitJumps}, which decides all others.
     */
    private static boolean farFromRatios(double r, double tol) {
        double lr = Math.log(r), limit = tol + 1e-9;
        for (double lk : LOG_RATIOS) if (Math.abs(lr - lk) <= limit) return false;
        return true;
    }

    /** Reports each run of at least {@code minRun} consecutive bars with zero volume. */
    static void zeroVolumeRuns(Work w, int minRun) {
        int i = 0;
        while (i < w.n) {
            if (w.v[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < w.n && w.v[j] == 0) j++;
            if (j - i >= minRun) {
                w.report(ProblemKind.ZERO_VOLUME_RUN, i, "volume", (j - i) + " consecutive bars with zero volume, "
                        + Work.at(w.t[i]) + " .. " + Work.at(w.t[j - 1]) + " (runs of " + minRun + " or more are reported)");
            }
            i = j;
        }
    }

    /**
     * Reports close-to-close moves near a common split ratio; under REPAIR those within {@code repairTol}
     * are back-adjusted: every earlier price is multiplied by the ratio and every earlier volume divided by it.
     */
    static void splitJumps(Work w, double tol, double repairTol) {
        for (int i = 1; i < w.n; i++) {
            double r = w.c[i] / w.c[i - 1];
            if (!(r > 0) || !Double.isFinite(r)) continue;
            if (farFromRatios(r, tol)) continue;
            int best = -1;
            double bestDist = Double.MAX_VALUE;
            for (int k = 0; k < RATIOS.length; k++) {
                double d = Math.abs(Math.log(r / RATIOS[k]));
                if (d < bestDist) {
                    bestDist = d;
                    best = k;
                }
            }
            if (bestDist > tol) continue;
            String what = String.format(java.util.Locale.ROOT, "close moved from %s to %s (x%.4f) at %s, like an unadjusted %s",
                    w.c[i - 1], w.c[i], r, Work.at(w.t[i]), LABELS[best]);
            if (w.policy == Policy.REPAIR && bestDist <= repairTol) {
                double m = RATIOS[best];
                for (int k = 0; k < i; k++) {
                    w.o[k] *= m; w.h[k] *= m; w.l[k] *= m; w.c[k] *= m; w.v[k] /= m;
                }
                w.report(ProblemKind.SPLIT_LIKE_JUMP, i, "close", what + "; repaired: the " + i + " earlier bars back-adjusted by x" + m);
                w.repairedSplits++;
            } else {
                w.report(ProblemKind.SPLIT_LIKE_JUMP, i, "close", what);
            }
        }
    }
}
