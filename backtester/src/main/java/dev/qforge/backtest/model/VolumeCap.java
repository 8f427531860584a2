package dev.qforge.backtest.model;

/**
 * Caps how much of a bar's volume the venue lets orders take: at most {@code fraction} of the bar's
 * volume per instrument per bar, shared by all orders on that instrument. What is left of an order
 * keeps working on later bars (a DAY order's rest expires at the session close), so a large order
 * produces partial fills. {@code fraction <= 0} means no cap; a bar without volume data (NaN) is not
 * capped; a bar with zero volume traded nothing, so nothing fills under a cap.
 */
public record VolumeCap(double fraction) {

    public static final VolumeCap NONE = new VolumeCap(0);

    public VolumeCap {
        if (Double.isNaN(fraction) || fraction > 1) {
            throw new IllegalArgumentException("volume participation must be in (0, 1] (or 0 for none), got " + fraction);
        }
    }

    public boolean enabled() {
        return fraction > 0;
    }

    /** Largest quantity the bar allows in total. */
    public double maxQuantity(double barVolume) {
        if (!enabled() || Double.isNaN(barVolume)) return Double.POSITIVE_INFINITY;
        return Math.max(0, barVolume) * fraction;
    }
}
