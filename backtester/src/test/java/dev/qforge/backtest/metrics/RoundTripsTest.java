package dev.qforge.backtest.metrics;

import dev.qforge.backtest.order.Fill;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.qforge.backtest.metrics.Curves.fill;
import static dev.qforge.backtest.order.Side.BUY;
import static dev.qforge.backtest.order.Side.SELL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RoundTripsTest {

    private static final double EPS = 1e-9;

    /**
     * Buy 100 @ 10 (fee 1.0), buy 50 @ 12 (fee 0.5), sell 120 @ 15 (fee 2.4): closes the first lot and 20 of
     * the second. Sell 50 @ 11 (fee 1.0): closes the last 30 and goes short 20. Buy 5 @ 9 (fee 0.1): covers 5.
     */
    static final List<Fill> FILLS = List.of(
            fill("AAA", BUY, 100, 10, 1.0, 1000),
            fill("AAA", BUY, 50, 12, 0.5, 2000),
            fill("AAA", SELL, 120, 15, 2.4, 3000),
            fill("AAA", SELL, 50, 11, 1.0, 4000),
            fill("AAA", BUY, 5, 9, 0.1, 5000));

    @Test
    void fifoWithPartialCloseAndReversalThroughZero() {
        RoundTrips.Result result = RoundTrips.fromFills(FILLS);
        List<RoundTrip> closed = result.closed();
        assertThat(closed).hasSize(4);

        // first lot, all 100: (15 - 10) * 100 = 500; fees 1.0 (whole entry fee) + 2.4 * 100/120 = 2.0
        expect(closed.get(0), +1, 1000, 3000, 100, 10, 15, 500, 3.0, 497, 497.0 / (10 * 100));
        // 20 of the second lot: (15 - 12) * 20 = 60; fees 0.5 * 20/50 + 2.4 * 20/120 = 0.2 + 0.4
        expect(closed.get(1), +1, 2000, 3000, 20, 12, 15, 60, 0.6, 59.4, 59.4 / (12 * 20));
        // the last 30 of it: (11 - 12) * 30 = -30; fees 0.5 * 30/50 + 1.0 * 30/50 = 0.3 + 0.6
        expect(closed.get(2), +1, 2000, 4000, 30, 12, 11, -30, 0.9, -30.9, -30.9 / (12 * 30));
        // the reversal's 20 short, 5 covered: -(9 - 11) * 5 = 10; fees 1.0 * 5/50 + 0.1 * 5/5 = 0.1 + 0.1
        expect(closed.get(3), -1, 4000, 5000, 5, 11, 9, 10, 0.2, 9.8, 9.8 / (11 * 5));

        assertThat(result.open()).singleElement().satisfies(lot -> {
            assertThat(lot.symbol()).isEqualTo("AAA");
            assertThat(lot.direction()).isEqualTo(-1);
            assertThat(lot.entryTime()).isEqualTo(4000);
            assertThat(lot.quantity()).isCloseTo(15, within(EPS));
            assertThat(lot.entryPrice()).isEqualTo(11);
            assertThat(lot.entryFees()).isCloseTo(1.0 * 15 / 50, within(EPS));
        });
    }

    @Test
    void everyCommissionEndsUpInExactlyOneRoundTripOrOpenLot() {
        RoundTrips.Result result = RoundTrips.fromFills(FILLS);
        double attributed = result.closed().stream().mapToDouble(RoundTrip::fees).sum()
                + result.open().stream().mapToDouble(RoundTrips.OpenLot::entryFees).sum();
        assertThat(attributed).isCloseTo(1.0 + 0.5 + 2.4 + 1.0 + 0.1, within(EPS));
    }

    @Test
    void theMultiplierScalesPnlAndTheEntryNotional() {
        List<Fill> fills = List.of(fill("ES", BUY, 2, 4000, 4, 1), fill("ES", SELL, 2, 4010, 4, 2));
        RoundTrip trip = RoundTrips.fromFills(fills, s -> 50).closed().getFirst();
        // 10 points * 2 contracts * $50
        expect(trip, +1, 1, 2, 2, 4000, 4010, 1000, 8, 992, 992.0 / (4000 * 2 * 50));
    }

    @Test
    void symbolsAreMatchedSeparatelyAndFillsInTimeOrder() {
        List<Fill> fills = List.of(
                fill("BBB", SELL, 10, 20, 0, 3),
                fill("AAA", SELL, 10, 11, 0, 4),
                fill("AAA", BUY, 10, 10, 0, 1),
                fill("BBB", BUY, 10, 21, 0, 2));
        List<RoundTrip> closed = RoundTrips.fromFills(fills).closed();
        assertThat(closed).extracting(RoundTrip::symbol).containsExactly("BBB", "AAA");
        assertThat(closed).extracting(RoundTrip::grossPnl).containsExactly(-10.0, 10.0);
        assertThat(RoundTrips.fromFills(fills).open()).isEmpty();
    }

    @Test
    void rejectsAFillWithoutAPositiveQuantity() {
        List<Fill> fills = List.of(new Fill(7, "AAA", BUY, 0, 10, 0, 0, ""));
        assertThatThrownBy(() -> RoundTrips.fromFills(fills))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order 7")
                .hasMessageContaining("quantity 0.0");
    }

    @Test
    void rejectsANonPositiveMultiplier() {
        assertThatThrownBy(() -> RoundTrips.fromFills(FILLS, s -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiplier for AAA");
    }

    private static void expect(RoundTrip t, int direction, long entry, long exit, double qty, double entryPrice,
                               double exitPrice, double gross, double fees, double net, double ret) {
        assertThat(t.direction()).isEqualTo(direction);
        assertThat(t.entryTime()).isEqualTo(entry);
        assertThat(t.exitTime()).isEqualTo(exit);
        assertThat(t.quantity()).isCloseTo(qty, within(EPS));
        assertThat(t.entryPrice()).isEqualTo(entryPrice);
        assertThat(t.exitPrice()).isEqualTo(exitPrice);
        assertThat(t.grossPnl()).isCloseTo(gross, within(EPS));
        assertThat(t.fees()).isCloseTo(fees, within(EPS));
        assertThat(t.netPnl()).isCloseTo(net, within(EPS));
        assertThat(t.returnPct()).isCloseTo(ret, within(EPS));
    }
}
