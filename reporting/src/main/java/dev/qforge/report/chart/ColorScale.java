package dev.qforge.report.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A continuous colour scale: evenly spaced colour stops from {@code lower} to {@code upper}, linearly
 * interpolated in RGB. Values outside the bounds take the end colours; NaN takes {@link #nanPaint()}
 * (which may be fully transparent, leaving the cell blank).
 */
public final class ColorScale implements PaintScale, Serializable {

    /** Losses: a saturated red. */
    public static final Color RED = new Color(215, 48, 39);
    /** Gains: a saturated green. */
    public static final Color GREEN = new Color(26, 152, 80);
    /** Cells that were not run or are invalid. */
    public static final Color NAN_GREY = new Color(190, 190, 190);

    private static final Color[] VIRIDIS = {
        new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140), new Color(94, 201, 98), new Color(253, 231, 37)
    };

    private final double lower;
    private final double upper;
    private final Color[] stops;
    private final Color nan;

    private ColorScale(double lower, double upper, Color[] stops, Color nan) {
        if (!(lower < upper)) throw new IllegalArgumentException("colour scale needs lower < upper, got " + lower + " and " + upper);
        if (stops.length < 2) throw new IllegalArgumentException("colour scale needs at least two colours");
        this.lower = lower;
        this.upper = upper;
        this.stops = stops.clone();
        this.nan = nan;
    }

    /** Evenly spaced {@code stops} from {@code lower} to {@code upper}; NaN is fully transparent. */
    public static ColorScale of(double lower, double upper, Color... stops) {
        return new ColorScale(lower, upper, stops, new Color(0, 0, 0, 0));
    }

    /**
     * Red below zero, white at zero, green above, saturating at {@code -limit} and {@code +limit}.
     * A non-positive or non-finite limit (all values zero or missing) becomes a tiny positive one.
     */
    public static ColorScale diverging(double limit) {
        double l = limit > 0 && Double.isFinite(limit) ? limit : 1e-12;
        return of(-l, l, RED, Color.WHITE, GREEN);
    }

    /** Dark purple (worst) to yellow (best), the viridis stops; {@code reversed} puts yellow at the low end. */
    public static ColorScale sequential(double lower, double upper, boolean reversed) {
        Color[] s = VIRIDIS.clone();
        if (reversed) {
            for (int i = 0; i < s.length / 2; i++) {
                Color t = s[i];
                s[i] = s[s.length - 1 - i];
                s[s.length - 1 - i] = t;
            }
        }
        return of(lower, upper, s);
    }

    /** This scale with NaN painted {@code paint}. */
    public ColorScale withNanPaint(Color paint) {
        return new ColorScale(lower, upper, stops, paint);
    }

    public Color nanPaint() {
        return nan;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return color(value);
    }

    /** The colour of {@code value}. */
    public Color color(double value) {
        if (Double.isNaN(value)) return nan;
        double t = (Math.min(Math.max(value, lower), upper) - lower) / (upper - lower) * (stops.length - 1);
        int i = Math.min((int) Math.floor(t), stops.length - 2);
        double f = t - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    /** Black or white, whichever reads better on {@code background}. */
    static Color textOn(Color background) {
        double luma = 0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue();
        return background.getAlpha() < 128 || luma > 140 ? Color.BLACK : Color.WHITE;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
