package dev.qforge.backtest.review;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.ScriptedStrategy;
import dev.qforge.backtest.TestBars;
import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.backtest.model.VolumeCap;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.OrderStatus;
import dev.qforge.backtest.order.OrderType;
import dev.qforge.backtest.order.Side;
import dev.qforge.backtest.order.TimeInForce;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.qforge.backtest.TestBars.bar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

/** Review of the backtester: each test shows a bug; the expected values are worked out by hand in the comments. */
class BacktesterReviewTest {

    /** Daily bars 2024-01-02 (Tue) .. 2024-01-08 (Mon), volume 1,000 each. */
    private static final BarSeries X = TestBars.daily("X",
            bar(10, 10.5, 9.5, 10, 1000),
            bar(10.2, 11, 10, 10.8, 1000),
            bar(10.9, 11.5, 10.6, 11.2, 1000),
            bar(11, 11.2, 10.4, 10.5, 1000),
            bar(10.4, 10.6, 9.8, 10, 1000));

    private static Order order(BacktestResult r, long id) {
        return r.orders().stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    /**
     * SimulatedVenue.submit executes a SIGNAL_CLOSE market order at the close of the signal bar (2024-01-02)
     * but never records the DAY order's session (activeDate stays null), so the remainder left by the
     * volume cap is worked again at the next day's open and only expires at the close of 2024-01-03.
     *
     * <p>By hand: cap 5% of 1,000 = 50. The order buys 50 at the 2024-01-02 close of 10. Its session
     * closes with that bar, so the other 70 of a DAY order must expire there: one fill of 50, status
     * EXPIRED. Actual: a second fill of 50 at 10.2 on 2024-01-03 (a DAY order trading in the next session).
     */
    @Test
    void dayMarketOrderPartlyFilledAtTheSignalCloseExpiresAtThatClose() {
        ExecutionModel m = ExecutionModel.defaults().withTiming(FillTiming.SIGNAL_CLOSE).withVolumeCap(new VolumeCap(0.05));
        long[] id = new long[1];
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults().withExecution(m)).run(List.of(X),
                new ScriptedStrategy().at(0, c -> id[0] = c.submit(new OrderRequest("X", Side.BUY, 120, OrderType.MARKET,
                        Double.NaN, Double.NaN, TimeInForce.DAY, ""))));
        assertThat(r.fills()).extracting(Fill::quantity).containsExactly(50.0);
        assertThat(r.fills()).extracting(Fill::price).containsExactly(10.0);
        assertThat(order(r, id[0]).status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(order(r, id[0]).filledQuantity()).isEqualTo(50.0);
    }

    /**
     * BacktestEngine.run accrues borrow for the interval (last, t] on the position held AFTER the fills of
     * bar t, i.e. it charges a short for the interval before it was opened and not for the interval it was
     * held in.
     *
     * <p>Flat price 10, borrow 36.5% a year = 0.1% a day; 100 shares short = 1,000 notional = 1.00 a day.
     * The short is sent on Friday 2024-01-05 (step 3), fills at Monday 2024-01-08's open, and the cover sent
     * Monday fills at Tuesday 2024-01-09's open: held one night (Mon -> Tue), so borrow = 1.00 (by either
     * convention: open-to-open 24 h, or close-to-close on the position held at the Monday close).
     * Actual: 3.00, the Friday->Monday weekend during which there was no short, and nothing for the night
     * it was held.
     */
    @Test
    void borrowIsChargedForTheNightTheShortWasHeldNotTheWeekendBeforeIt() {
        BarSeries flat = TestBars.flat("X", 10, 10, 10, 10, 10, 10, 10);
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults().withRules(new AccountRules(1, true, 0.365)))
                .run(List.of(flat), new ScriptedStrategy().at(3, c -> c.sell("X", 100)).at(4, c -> c.buy("X", 100)));
        assertThat(r.fills()).hasSize(2);
        assertThat(r.borrowCost()).isCloseTo(1.0, within(1e-9));
        assertThat(r.finalEquity()).isCloseTo(100_000 - 1.0, within(1e-9));
    }

    /**
     * StrategyHost.targetWeights sizes every entry of the map with targetFor, which throws when the
     * instrument has no close yet, even for a weight of 0 (which needs no price: the target is 0 shares, and
     * the Javadoc says instruments left out of the map are targeted to zero without any price).
     *
     * <p>A trades from 2024-01-02 at 10, B only from 2024-01-04. On the first step, weights {A: 0.5, B: 0}:
     * A gets floor(0.5 * 100,000 / 10) = 5,000 shares, B nothing. Actual: IllegalStateException
     * "no price for B ... to size a target" wrapped in a StrategyException, and the whole run aborts.
     */
    @Test
    void targetWeightsWithAZeroWeightForAnInstrumentWithoutBarsYetDoesNotThrow() {
        BarSeries a = TestBars.flat("A", 10, 10, 10, 10);
        BarSeries b = TestBars.daily(Instrument.usEquity("B"), LocalDate.of(2024, 1, 4), bar(20, 20, 20, 20), bar(20, 20, 20, 20));
        BacktestResult[] r = new BacktestResult[1];
        assertThatCode(() -> r[0] = new BacktestEngine(BacktestConfig.defaults()).run(List.of(a, b),
                new ScriptedStrategy().at(0, c -> c.targetWeights(Map.of("A", 0.5, "B", 0.0))))).doesNotThrowAnyException();
        assertThat(r[0].fills()).singleElement().satisfies(f -> {
            assertThat(f.symbol()).isEqualTo("A");
            assertThat(f.quantity()).isEqualTo(5000.0);
        });
    }

    /**
     * A (every NYSE day, close 10) and B, which has bars on 2024-01-02 (close 20) and 2024-01-04/05 (close 30)
     * but none on 2024-01-03, itself a NYSE trading day.
     */
    private static final BarSeries A4 = TestBars.flat("A", 10, 10, 10, 10);

    private static BarSeries bWithAMissingDay() {
        Instrument ib = Instrument.usEquity("B");
        var s = ib.session();
        long[] t = {s.closeMillis(LocalDate.of(2024, 1, 2)), s.closeMillis(LocalDate.of(2024, 1, 4)),
                s.closeMillis(LocalDate.of(2024, 1, 5))};
        double[] px = {20, 30, 30};
        return BarSeries.of(ib, Timeframe.D1, t, px, px, px, px, new double[] {1e6, 1e6, 1e6});
    }

    /**
     * SimulatedVenue.submit executes a market-on-close order (and a SIGNAL_CLOSE market order) against
     * currentBar(i), the instrument's LAST bar whatever its age. On 2024-01-03 B has no bar, so an MOC for B
     * sent at that step is filled at B's 2024-01-02 close of 20, stamped 2024-01-03, while the strategy has
     * already seen A's 2024-01-03 close: a trade at a stale price chosen with later information (look-ahead).
     *
     * <p>By hand: there is no B close on 2024-01-03, so nothing can execute "on close" then; B's next close is
     * 30 (2024-01-04). Whatever the venue does (cancel, or fill at B's next close), no fill may be at 20 at
     * 2024-01-03. Actual: BUY 100 B at 20.0 at 2024-01-03 (a free 1,000 of P&amp;L once B is marked at 30).
     */
    @Test
    void marketOnCloseForAnInstrumentWithoutABarThisStepIsNotFilledAtItsStalePreviousClose() {
        BarSeries b = bWithAMissingDay();
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults()).run(List.of(A4, b),
                new ScriptedStrategy().at(1, c -> c.submit(OrderRequest.marketOnClose("B", Side.BUY, 100))));
        assertThat(r.fills()).noneMatch(f -> f.time() == A4.time(1) && f.price() == 20.0);
        assertThat(r.finalEquity()).isLessThanOrEqualTo(100_000.0);
    }

    /**
     * A DAY limit order is given its session (activeDate) on the first bar of its instrument that it is
     * matched against (SimulatedVenue.matchSide), and DAY orders are only expired on bars of their
     * instrument (onBarsClosed -> expireDay). A DAY order for B sent at the 2024-01-02 close is for the
     * 2024-01-03 session (a NYSE trading day, B's own calendar); B has no bar that day, so nothing can
     * execute and the order must expire at the 2024-01-03 close. Actual: it is worked on 2024-01-04 and
     * buys 100 at 30, a session after it should have expired.
     */
    @Test
    void dayOrderExpiresAtTheCloseOfItsSessionEvenWhenItsInstrumentHadNoBarThatDay() {
        BarSeries b = bWithAMissingDay();
        long[] id = new long[1];
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults()).run(List.of(A4, b),
                new ScriptedStrategy().at(0, c -> id[0] = c.submit(OrderRequest.limit("B", Side.BUY, 100, 35, TimeInForce.DAY))));
        assertThat(r.fills()).isEmpty();
        assertThat(order(r, id[0]).status()).isEqualTo(OrderStatus.EXPIRED);
    }

    /**
     * EquityCurve.daily (used by MetricsCalculator for every return statistic and for tradingDays) groups
     * bars by the local date of their CLOSE time, while the rest of qforge dates a bar by
     * {@code TradingSession.dateOf(close) = date(close - 1 ms)}. For a 24-hour UTC session the bar that
     * closes at 24:00 belongs to day d but is counted in day d + 1.
     *
     * <p>Two UTC days (2024-01-01, 2024-01-02) of 4-hour BTC bars, closes 04:00 .. 24:00, 12 bars: two trading
     * days, two daily points (the 24:00 closes). Actual: three daily points (04:00-20:00 of day 1, 24:00 of
     * day 1 .. 20:00 of day 2, and the lone 24:00 close of day 2), so tradingDays = 3 and every "daily" return
     * runs 20:00 to 20:00.
     */
    @Test
    void metricsCountTwoTradingDaysForTwoUtcDaysOfFourHourCryptoBars() {
        BarSeries.Builder b = BarSeries.builder(Instrument.crypto("BTCUSD", "USD"), Timeframe.H4);
        long start = LocalDate.of(2024, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        for (int i = 0; i < 12; i++) b.add(start + (i + 1) * 4 * 3_600_000L, 100, 100, 100, 100, 10);
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults()).run(List.of(b.build()), new ScriptedStrategy());
        assertThat(r.metrics(null, r.defaultMetricsConfig()).tradingDays()).isEqualTo(2);
    }
}
