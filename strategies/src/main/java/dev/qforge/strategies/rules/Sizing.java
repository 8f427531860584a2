package dev.qforge.strategies.rules;

import dev.qforge.backtest.History;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.model.Lots;
import dev.qforge.data.Instrument;
import dev.qforge.strategies.params.ParamConstraint;
import dev.qforge.strategies.params.ParamSpec;
import dev.qforge.strategies.params.Params;

import java.util.List;

/**
 * How much a single-instrument strategy buys when it enters: a fixed {@code quantity} when it is positive,
 * otherwise {@code fraction} of the account's equity valued at the instrument's latest close (so the order is
 * sized on the signal bar; with fills at the next open the venue cuts a buy the account can no longer afford).
 * Quantities are rounded down to whole lots; a result of 0 means no order.
 */
public record Sizing(double quantity, double fraction) {

    public Sizing {
        if (!(quantity >= 0) || Double.isInfinite(quantity)) throw new IllegalArgumentException("quantity must be >= 0, got " + quantity);
        if (!(fraction >= 0) || fraction > 1) throw new IllegalArgumentException("fraction must be in [0, 1], got " + fraction);
    }

    public static Sizing quantity(double q) {
        return new Sizing(q, 0);
    }

    public static Sizing fraction(double f) {
        return new Sizing(0, f);
    }

    /** The {@code quantity} and {@code fraction} parameters every single-instrument built-in has. */
    public static List<ParamSpec> specs() {
        return List.of(
                ParamSpec.ofDouble("quantity", 0, 0, 1e12, "units bought on entry; 0 sizes by fraction instead"),
                ParamSpec.ofDouble("fraction", 1, 0, 1, "share of equity spent on entry when quantity is 0"));
    }

    /** quantity and fraction are alternatives. */
    public static ParamConstraint constraint() {
        return ParamConstraint.notBoth("quantity", "fraction");
    }

    public static Sizing from(Params p) {
        return new Sizing(p.getDouble("quantity"), p.getDouble("fraction"));
    }

    /** Units to buy now, in whole lots of the instrument. */
    public double units(StrategyContext ctx, History h) {
        Instrument ins = h.instrument();
        if (quantity > 0) return Lots.roundDown(quantity, ins.lotSize());
        double price = h.lastClose();
        if (!(price > 0)) return 0;
        double equity = ctx.equity();
        if (!(equity > 0)) return 0;
        return Lots.roundDown(fraction * equity / (price * ins.multiplier()), ins.lotSize());
    }
}
