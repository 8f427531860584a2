package dev.qforge.data.validate;

/**
 * Thresholds of the validator's warnings.
 *
 * @param minZeroVolumeRun     a run of at least this many consecutive zero-volume bars is reported (default 3)
 * @param splitTolerance       a close-to-close ratio r is "split-like" when |ln r + ln k| is at most this for a
 *                             common split ratio k (default 0.10, about 10%)
 * @param splitRepairTolerance under {@link Policy#REPAIR} only jumps this close to a split ratio are back-adjusted
 *                             (default 0.03): looser matches are reported but left alone
 * @param adjust               scale O/H/L/C by adjusted_close / close (and volume inversely) when the source has an
 *                             adjusted close (default true)
 */
public record ValidationOptions(int minZeroVolumeRun, double splitTolerance, double splitRepairTolerance, boolean adjust) {

    public ValidationOptions {
        if (minZeroVolumeRun < 1) throw new IllegalArgumentException("minZeroVolumeRun must be at least 1, got " + minZeroVolumeRun);
        if (!(splitTolerance >= 0) || !(splitRepairTolerance >= 0)) throw new IllegalArgumentException("split tolerances must be >= 0");
    }

    public static ValidationOptions defaults() {
        return new ValidationOptions(3, 0.10, 0.03, true);
    }

    public ValidationOptions withMinZeroVolumeRun(int n) {
        return new ValidationOptions(n, splitTolerance, splitRepairTolerance, adjust);
    }

    public ValidationOptions withSplitTolerance(double warn, double repair) {
        return new ValidationOptions(minZeroVolumeRun, warn, repair, adjust);
    }

    public ValidationOptions withAdjust(boolean a) {
        return new ValidationOptions(minZeroVolumeRun, splitTolerance, splitRepairTolerance, a);
    }
}
