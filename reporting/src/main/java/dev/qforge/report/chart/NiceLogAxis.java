package dev.qforge.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 {@link LogAxis} whose ticks sit at round values: within one decade at linear steps of
 * 1, 2 or 5 x 10^k (e.g. 100,000, 150,000, 200,000), across decades at 1, 2 and 5 x 10^k, or at powers of
 * ten when that is still too many. The plain LogAxis places ticks at equal log steps, which gives
 * labels such as 223,872.11 on an equity chart.
 */
final class NiceLogAxis extends LogAxis {

    /** Roughly one tick per this many pixels. */
    private static final double TICK_SPACING = 45;

    private final NumberFormat format;

    NiceLogAxis(String label, NumberFormat format) {
        super(label);
        this.format = format;
        setNumberFormatOverride(format);
    }

    @Override
    public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        int target = (int) Math.max(2, (vertical ? dataArea.getHeight() : dataArea.getWidth()) / TICK_SPACING);
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
                : edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT
                : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        List<NumberTick> ticks = new ArrayList<>();
        for (double v : ticks(getLowerBound(), getUpperBound(), target)) {
            ticks.add(new NumberTick(TickType.MAJOR, v, format.format(v), anchor, anchor, 0.0));
        }
        return ticks;
    }

    /** Round tick values in [lo, hi] (both positive), about {@code target} of them. */
    static double[] ticks(double lo, double hi, int target) {
        List<Double> out = new ArrayList<>();
        if (!(lo > 0) || !(hi > lo)) return new double[0];
        if (hi / lo < 10) {
            double step = niceStep((hi - lo) / target);
            for (long i = (long) Math.ceil(lo / step); i * step <= hi; i++) out.add(i * step);
        } else {
            int k0 = (int) Math.floor(Math.log10(lo));
            int k1 = (int) Math.ceil(Math.log10(hi));
            int decades = k1 - k0;
            double[] mantissas = decades * 3 <= target ? new double[] {1, 2, 5} : new double[] {1};
            int every = Math.max(1, (int) Math.ceil((double) decades / target));
            for (int k = k0; k <= k1; k++) {
                if (Math.floorMod(k, every) != 0) continue;
                for (double m : mantissas) {
                    double v = m * Math.pow(10, k);
                    if (v >= lo && v <= hi) out.add(v);
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The smallest of 1, 2, 5 x 10^k that is at least {@code raw}. */
    static double niceStep(double raw) {
        double e = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / e;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * e;
    }
}
