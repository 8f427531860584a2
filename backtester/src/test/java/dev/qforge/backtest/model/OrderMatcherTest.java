package dev.qforge.backtest.model;

import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.Side;
import dev.qforge.backtest.order.TimeInForce;
import dev.qforge.data.Bar;
import dev.qforge.data.Instrument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each case is worked out by hand from the bar's path; see {@link OrderMatcher} for the assumptions. */
class OrderMatcherTest {

    private static final Instrument X = Instrument.usEquity("X");
    private static final ExecutionModel PLAIN = ExecutionModel.defaults();
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Bar RISING = new Bar(0, 100, 103, 99, 102.5, 10_000);   // path O L H C
    private static final Bar FALLING = new Bar(0, 100, 103, 99, 99.5, 10_000);   // path O H L C

    private static Order order(OrderRequest r) {
        return Order.accepted(1, r, 0);
    }

    private static Execution match(OrderRequest r, Bar bar, ExecutionModel m) {
        return OrderMatcher.match(order(r), bar, X, m, false, INF);
    }

    @Test
    void marketOrdersFillAtTheOpenOrAtTheClose() {
        OrderRequest buy = OrderRequest.market("X", Side.BUY, 10);
        assertThat(match(buy, RISING, PLAIN).price()).isEqualTo(100);
        assertThat(OrderMatcher.match(order(buy), RISING, X, PLAIN, true, INF).price()).isEqualTo(102.5);
        assertThat(match(buy, RISING, PLAIN).quantity()).isEqualTo(10);
    }

    @Test
    void limitOrdersFillAtTheLimitOrAtABetterOpen() {
        assertThat(match(OrderRequest.limit("X", Side.BUY, 10, 99.5, TimeInForce.GTC), RISING, PLAIN).price()).isEqualTo(99.5);
        // the bar opens below a buy limit: marketable at the open
        assertThat(match(OrderRequest.limit("X", Side.BUY, 10, 101, TimeInForce.GTC), RISING, PLAIN).price()).isEqualTo(100);
        assertThat(match(OrderRequest.limit("X", Side.BUY, 10, 98.99, TimeInForce.GTC), RISING, PLAIN).filled()).isFalse();
        assertThat(match(OrderRequest.limit("X", Side.SELL, 10, 103, TimeInForce.GTC), RISING, PLAIN).price()).isEqualTo(103);
        assertThat(match(OrderRequest.limit("X", Side.SELL, 10, 103.01, TimeInForce.GTC), RISING, PLAIN).filled()).isFalse();
    }

    @Test
    void stopsTriggerAtTheStopOrAtAGappedOpen() {
        Execution e = match(OrderRequest.stop("X", Side.BUY, 10, 102, TimeInForce.GTC), RISING, PLAIN);
        assertThat(e.triggered()).isTrue();
        assertThat(e.price()).isEqualTo(102);
        Bar gap = new Bar(0, 104, 105, 103.5, 104.5, 10_000);
        assertThat(match(OrderRequest.stop("X", Side.BUY, 10, 102, TimeInForce.GTC), gap, PLAIN).price()).isEqualTo(104);
        assertThat(match(OrderRequest.stop("X", Side.SELL, 10, 99.5, TimeInForce.GTC), FALLING, PLAIN).price()).isEqualTo(99.5);
        assertThat(match(OrderRequest.stop("X", Side.SELL, 10, 98, TimeInForce.GTC), FALLING, PLAIN).triggered()).isFalse();
    }

    @Test
    void stopLimitNeedsThePathAfterTheTrigger() {
        // rising bar O100 L99 H103 C102.5: the stop at 102 trades on the way from 99 to 103; afterwards the
        // bar only falls back to 102.5, never to the 100.5 limit
        OrderRequest r = OrderRequest.stopLimit("X", Side.BUY, 10, 102, 100.5, TimeInForce.GTC);
        Execution directional = match(r, RISING, PLAIN);
        assertThat(directional.triggered()).isTrue();
        assertThat(directional.filled()).isFalse();
        // worst case for a buy: the high first (O100 H103 L99 C102.5): triggered at 102, then the fall to 99
        // passes the limit
        Execution worst = match(r, RISING, PLAIN.withPath(BarPath.WORST_CASE));
        assertThat(worst.filled()).isTrue();
        assertThat(worst.price()).isEqualTo(100.5);
        // falling bar O100 H103 L99: triggered on the way up, filled at the limit on the way down
        assertThat(match(r, FALLING, PLAIN).price()).isEqualTo(100.5);
        // a limit above the stop is marketable at the trigger: filled at the stop
        assertThat(match(OrderRequest.stopLimit("X", Side.BUY, 10, 102, 102.8, TimeInForce.GTC), RISING, PLAIN).price())
                .isEqualTo(102);
        // once triggered on an earlier bar it is a plain limit order: this bar opens at 100, under the
        // 100.5 limit, so it fills at the open
        Order triggered = order(r).withTriggered(0);
        assertThat(OrderMatcher.match(triggered, RISING, X, PLAIN, false, INF).price()).isEqualTo(100);
    }

    @Test
    void slippageModelsMoveThePriceAgainstTheTrader() {
        OrderRequest buy = OrderRequest.market("X", Side.BUY, 100);
        OrderRequest sell = OrderRequest.market("X", Side.SELL, 100);
        ExecutionModel bps = PLAIN.withSlippage(SlippageModel.fixedBps(10));
        assertThat(match(buy, RISING, bps).price()).isEqualTo(100.10);
        assertThat(match(sell, RISING, bps).price()).isEqualTo(99.90);
        ExecutionModel range = PLAIN.withSlippage(SlippageModel.rangeFraction(0.1)); // range 4
        assertThat(match(buy, RISING, range).price()).isEqualTo(100.40);
        // sqrt impact, k = 1, on H 110 L 100 and volume 10,000: sigma = ln(1.1) / (2 sqrt(ln 2)) = 0.0572398,
        // sqrt(100 / 10,000) = 0.1, so the price moves 0.572% from 100: 100.5724, 100.57 on the tick
        Bar wide = new Bar(0, 100, 110, 100, 105, 10_000);
        double raw = new SquareRootImpactSlippage(1).apply(Side.BUY, 100, 100, wide);
        assertThat(raw).isCloseTo(100 * (1 + Math.log(1.1) / (2 * Math.sqrt(Math.log(2))) * 0.1), within(1e-12));
        assertThat(raw).isCloseTo(100.5724, within(1e-4));
        assertThat(match(buy, wide, PLAIN.withSlippage(SlippageModel.squareRootImpact(1))).price()).isEqualTo(100.57);
        // no volume, no impact
        assertThat(new SquareRootImpactSlippage(1).apply(Side.BUY, 100, 100, new Bar(0, 100, 110, 100, 105, 0))).isEqualTo(100);
    }

    @Test
    void slippageNeverPushesALimitOrderPastItsLimit() {
        ExecutionModel bps = PLAIN.withSlippage(SlippageModel.fixedBps(50));
        assertThat(match(OrderRequest.limit("X", Side.BUY, 10, 99.5, TimeInForce.GTC), RISING, bps).price()).isEqualTo(99.5);
        // at a better open the slippage applies but is capped at the limit: 100 * 1.005 = 100.5 > 100.2
        assertThat(match(OrderRequest.limit("X", Side.BUY, 10, 100.2, TimeInForce.GTC), RISING, bps).price()).isEqualTo(100.2);
    }

    @Test
    void volumeLeftAndLotsLimitTheQuantity() {
        OrderRequest buy = OrderRequest.market("X", Side.BUY, 250);
        assertThat(OrderMatcher.match(order(buy), RISING, X, PLAIN, false, 100).quantity()).isEqualTo(100);
        assertThat(OrderMatcher.match(order(buy), RISING, X, PLAIN, false, 55.7).quantity()).isEqualTo(55);
        assertThat(OrderMatcher.match(order(buy), RISING, X, PLAIN, false, 0.4).filled()).isFalse();
        assertThat(new VolumeCap(0.1).maxQuantity(1000)).isEqualTo(100);
        assertThat(new VolumeCap(0.1).maxQuantity(Double.NaN)).isInfinite();
        assertThat(VolumeCap.NONE.maxQuantity(0)).isInfinite();
    }

    @Test
    void commissionsByRateMinimumAndShare() {
        CommissionModel qlib = CommissionModel.qlib();
        assertThat(qlib.total(Side.BUY, 10, 1_000)).isEqualTo(5);        // 0.50 by rate, minimum 5
        assertThat(qlib.total(Side.BUY, 1000, 100_000)).isEqualTo(50);  // 5 bps
        assertThat(qlib.total(Side.SELL, 1000, 100_000)).isEqualTo(150); // 15 bps
        assertThat(qlib.total(Side.SELL, 0, 0)).isZero();
        PerShareCommission ps = new PerShareCommission(0.005, 1);
        assertThat(ps.total(Side.BUY, 100, 10_000)).isEqualTo(1);       // 0.50 by share, minimum 1
        assertThat(ps.total(Side.BUY, 1000, 100_000)).isEqualTo(5);
    }

    @Test
    void pricesRoundToTicksAndValidationNamesTheProblem() {
        assertThat(Lots.toTick(12.345678, 0.01)).isEqualTo(12.35);
        assertThat(Lots.toTick(101.239, 0.01, true)).isEqualTo(101.23);
        assertThat(Lots.toTick(101.231, 0.01, false)).isEqualTo(101.24);
        assertThat(OrderValidator.normalize(OrderRequest.limit("X", Side.BUY, 1, 10.019, TimeInForce.DAY), X).limitPrice()).isEqualTo(10.01);
        assertThat(OrderValidator.normalize(OrderRequest.limit("X", Side.SELL, 1, 10.011, TimeInForce.DAY), X).limitPrice()).isEqualTo(10.02);
        assertThat(OrderValidator.problem(OrderRequest.market("X", Side.BUY, 0), X)).contains("positive");
        assertThat(OrderValidator.problem(OrderRequest.market("X", Side.BUY, Double.NaN), X)).contains("positive");
        assertThat(OrderValidator.problem(OrderRequest.market("X", Side.BUY, 1.5), X)).contains("whole number of lots");
        assertThat(OrderValidator.problem(OrderRequest.limit("X", Side.BUY, 1, Double.NaN, TimeInForce.DAY), X)).contains("limit price");
        assertThat(OrderValidator.problem(OrderRequest.stop("X", Side.BUY, 1, -3, TimeInForce.DAY), X)).contains("stop price");
        assertThat(OrderValidator.problem(OrderRequest.market("X", Side.BUY, 3), X)).isNull();
    }
}
