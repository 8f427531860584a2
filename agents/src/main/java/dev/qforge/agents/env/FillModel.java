package dev.qforge.agents.env;

import dev.qforge.backtest.model.BpsCommission;
import dev.qforge.backtest.model.CommissionModel;
import dev.qforge.backtest.model.FixedBpsSlippage;
import dev.qforge.backtest.model.Lots;
import dev.qforge.backtest.model.SlippageModel;
import dev.qforge.backtest.order.Side;
import dev.qforge.data.Instrument;

/**
 * The backtester's execution prices and commissions for the environment, built from the same model objects the
 * evaluation's {@code ExecutionModel} uses, so an episode and a backtest of the same actions book the same money:
 * a market order at a close {@code c} fills at {@code c · (1 ± slippageBps / 1e4)} (against the trader) rounded to
 * the nearest tick of the instrument (the venue's price grid: a 1 bp slippage on a 0.01-tick price of 95 is one
 * tick, 1.05 bp), and pays {@code feeRate} of the fill's notional at that price, on each side.
 *
 * <p>That rounding is why the environment does not simply charge {@code feeRate + slippage} on the notional at the
 * close: the two differ by up to half a tick per fill, a tenth of the slippage at a price of 100 with 0.01 ticks.
 */
public final class FillModel {

    private final SlippageModel slippage;
    private final CommissionModel commission;
    private final double tick;

    public FillModel(EnvConfig config, Instrument instrument) {
        double bps = config.feeRate() * 1e4;
        this.slippage = new FixedBpsSlippage(config.slippageBps());
        this.commission = new BpsCommission(bps, bps, 0);
        this.tick = instrument.tickSize();
    }

    public SlippageModel slippage() {
        return slippage;
    }

    public CommissionModel commission() {
        return commission;
    }

    /** The price a market order of {@code quantity} on {@code side} fills at when sent at a bar closing at {@code close}. */
    public double price(Side side, double close, double quantity) {
        return Lots.toTick(slippage.apply(side, close, quantity, null), tick);
    }

    /** The commission of a fill of {@code quantity} at {@code price} (a multiplier of 1). */
    public double commission(Side side, double quantity, double price) {
        return commission.total(side, quantity, quantity * price);
    }

    /**
     * The change of a marked account's equity from trading {@code signedQuantity} (positive buys) at a bar's
     * close {@code close}: the slippage against the mark, {@code −q · (fill − close)}, minus the commission.
     */
    public double equityChange(double signedQuantity, double close) {
        if (signedQuantity == 0) return 0;
        Side side = signedQuantity > 0 ? Side.BUY : Side.SELL;
        double q = Math.abs(signedQuantity);
        double fill = price(side, close, q);
        return -signedQuantity * (fill - close) - commission(side, q, fill);
    }
}
