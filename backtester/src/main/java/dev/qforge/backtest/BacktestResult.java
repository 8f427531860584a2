package dev.qforge.backtest;

import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderEvent;
import dev.qforge.backtest.portfolio.Position;
import dev.qforge.data.Instrument;

import java.util.List;

/**
 * Everything a backtest produced: the equity curve (one point per time step, marked at the step's bar
 * closes after its fills), the fills, every order's final state, the order log and the final positions.
 */
public record BacktestResult(List<Instrument> instruments, BacktestConfig config, long[] time, double[] equity,
                             double[] cash, double[] grossExposure, List<Fill> fills, List<Order> orders,
                             List<OrderEvent> events, List<Position> positions, double fees, double borrowCost) {

    public int steps() {
        return time.length;
    }

    public double finalEquity() {
        return equity.length == 0 ? config.initialCash() : equity[equity.length - 1];
    }

    public double pnl() {
        return finalEquity() - config.initialCash();
    }

    public double multiplier(String symbol) {
        for (Instrument i : instruments) if (i.symbol().equals(symbol)) return i.multiplier();
        throw new IllegalArgumentException("unknown symbol " + symbol);
    }
}
