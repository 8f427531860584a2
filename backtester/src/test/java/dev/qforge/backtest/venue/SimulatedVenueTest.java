package dev.qforge.backtest.venue;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.ScriptedStrategy;
import dev.qforge.backtest.TestBars;
import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.CommissionModel;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.backtest.model.LatencyModel;
import dev.qforge.backtest.model.VolumeCap;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.OrderStatus;
import dev.qforge.backtest.order.Side;
import dev.qforge.backtest.order.TimeInForce;
import dev.qforge.data.BarSeries;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.qforge.backtest.TestBars.bar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The simulated venue driven by the engine on small series whose outcome is worked out by hand. */
class SimulatedVenueTest {

    private static final BarSeries X = TestBars.daily("X",
            bar(10, 10.5, 9.5, 10, 1000),
            bar(10.2, 11, 10, 10.8, 1000),
            bar(10.9, 11.5, 10.6, 11.2, 1000),
            bar(11, 11.2, 10.4, 10.5, 1000),
            bar(10.4, 10.6, 9.8, 10, 1000));

    private static BacktestResult run(BacktestConfig config, ScriptedStrategy s) {
        return new BacktestEngine(config).run(List.of(X), s);
    }

    private static BacktestResult run(ScriptedStrategy s) {
        return run(BacktestConfig.defaults(), s);
    }

    private static Order last(BacktestResult r, long id) {
        return r.orders().stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    @Test
    void marketOrderFillsAtTheNextOpenByDefaultAndAtTheSignalCloseOnRequest() {
        BacktestResult next = run(new ScriptedStrategy().at(0, c -> c.buy("X", 10)));
        assertThat(next.fills()).singleElement().satisfies(f -> {
            assertThat(f.price()).isEqualTo(10.2);
            assertThat(f.time()).isEqualTo(X.time(1));
        });
        BacktestResult close = run(BacktestConfig.defaults().withExecution(ExecutionModel.defaults().withTiming(FillTiming.SIGNAL_CLOSE)),
                new ScriptedStrategy().at(0, c -> c.buy("X", 10)));
        assertThat(close.fills()).singleElement().satisfies(f -> {
            assertThat(f.price()).isEqualTo(10);
            assertThat(f.time()).isEqualTo(X.time(0));
        });
        // 10 shares bought at 10.2 and marked at the last close 10: equity 100,000 - 2
        assertThat(next.finalEquity()).isCloseTo(100_000 - 2, within(1e-9));
    }

    @Test
    void volumeCapSplitsAnOrderIntoPartialFillsAndChargesTheMinimumOnce() {
        ExecutionModel capped = ExecutionModel.defaults().withVolumeCap(new VolumeCap(0.05)).withCommission(CommissionModel.qlib());
        long[] id = new long[1];
        BacktestResult r = run(BacktestConfig.defaults().withExecution(capped),
                new ScriptedStrategy().at(0, c -> id[0] = c.buy("X", 120)));
        // 5% of 1,000 = 50 per bar: 50 at 10.2, 50 at 10.9, 20 at 11
        assertThat(r.fills()).extracting(Fill::quantity).containsExactly(50.0, 50.0, 20.0);
        assertThat(r.fills()).extracting(Fill::price).containsExactly(10.2, 10.9, 11.0);
        // buy side 5 bps of 1,305 = 0.65, under the minimum of 5 per order: 5 charged on the first fill only
        assertThat(r.fills()).extracting(Fill::commission).containsExactly(5.0, 0.0, 0.0);
        assertThat(r.events()).extracting(e -> e.status()).containsExactly(OrderStatus.ACCEPTED,
                OrderStatus.PARTIALLY_FILLED, OrderStatus.PARTIALLY_FILLED, OrderStatus.FILLED);
        assertThat(last(r, id[0]).avgFillPrice()).isCloseTo((50 * 10.2 + 50 * 10.9 + 20 * 11) / 120, within(1e-12));
    }

    @Test
    void dayOrderExpiresAfterItsSessionAndGtcStays() {
        long[] ids = new long[2];
        BacktestResult r = run(new ScriptedStrategy().at(0, c -> {
            ids[0] = c.submit(OrderRequest.limit("X", Side.BUY, 10, 9.9, TimeInForce.DAY));
            ids[1] = c.submit(OrderRequest.limit("X", Side.BUY, 10, 9.9, TimeInForce.GTC));
        }));
        // bar 1's low is 10: neither fills on the day; only bar 4 (low 9.8) reaches 9.9
        assertThat(last(r, ids[0]).status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(last(r, ids[0]).reason()).contains("day order expired");
        assertThat(last(r, ids[1]).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(r.fills()).singleElement().satisfies(f -> {
            assertThat(f.orderId()).isEqualTo(ids[1]);
            assertThat(f.price()).isEqualTo(9.9);
            assertThat(f.time()).isEqualTo(X.time(4));
        });
    }

    @Test
    void partiallyFilledDayOrderExpiresWithItsFills() {
        ExecutionModel capped = ExecutionModel.defaults().withVolumeCap(new VolumeCap(0.01));
        long[] id = new long[1];
        BacktestResult r = run(BacktestConfig.defaults().withExecution(capped), new ScriptedStrategy()
                .at(0, c -> id[0] = c.submit(OrderRequest.limit("X", Side.BUY, 25, 10.5, TimeInForce.DAY))));
        Order o = last(r, id[0]);
        assertThat(o.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(o.filledQuantity()).isEqualTo(10);
        assertThat(o.avgFillPrice()).isEqualTo(10.2);
    }

    @Test
    void rejectsSayWhy() {
        long[] ids = new long[5];
        BacktestResult r = run(BacktestConfig.defaults().withRules(AccountRules.cashOnly()), new ScriptedStrategy().at(0, c -> {
            ids[0] = c.buy("NOPE", 1);
            ids[1] = c.buy("X", 0);
            ids[2] = c.buy("X", 2.5);
            ids[3] = c.sell("X", 5);
            ids[4] = c.buy("X", 20_000); // 200,000 at 10 with 100,000 equity
        }));
        assertThat(last(r, ids[0]).reason()).isEqualTo("unknown symbol NOPE");
        assertThat(last(r, ids[1]).reason()).contains("quantity must be a positive number");
        assertThat(last(r, ids[2]).reason()).contains("not a whole number of lots");
        assertThat(last(r, ids[3]).reason()).contains("short selling not allowed");
        assertThat(last(r, ids[4]).reason()).contains("insufficient buying power");
        for (long id : ids) assertThat(last(r, id).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(r.fills()).isEmpty();
    }

    @Test
    void aBuyTheAccountCanNoLongerAffordAtTheOpenIsCutToWhatItCanAfford() {
        // 9,900 shares at the close of 10 fit 100,000; the next open is 10.2: 99,000 / 10.2... = 9,803 fit
        long[] id = new long[1];
        BacktestResult r = run(new ScriptedStrategy().at(0, c -> id[0] = c.buy("X", 9_900)));
        Order o = last(r, id[0]);
        assertThat(o.filledQuantity()).isEqualTo(Math.floor(100_000 / 10.2));
        assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(o.reason()).contains("insufficient buying power");
    }

    @Test
    void cancelAndReplace() {
        long[] id = new long[1];
        boolean[] ok = new boolean[3];
        BacktestResult r = run(new ScriptedStrategy()
                .at(0, c -> id[0] = c.submit(OrderRequest.limit("X", Side.BUY, 10, 9.0, TimeInForce.GTC)))
                .at(1, c -> {
                    ok[0] = c.replace(id[0], OrderRequest.limit("X", Side.BUY, 20, 10.7, TimeInForce.GTC));
                    ok[1] = c.cancel(12345);
                    ok[2] = c.replace(id[0], OrderRequest.limit("X", Side.SELL, 20, 10.7, TimeInForce.GTC));
                }));
        assertThat(ok).containsExactly(true, false, false);
        // bar 2 opens at 10.9 above the new 10.7 limit and its low 10.6 reaches it
        assertThat(r.fills()).singleElement().satisfies(f -> {
            assertThat(f.quantity()).isEqualTo(20);
            assertThat(f.price()).isEqualTo(10.7);
        });
        assertThat(r.events()).anySatisfy(e -> assertThat(e.reason()).contains("no open order 12345"));
        assertThat(r.events()).anySatisfy(e -> assertThat(e.reason()).contains("quantity, prices and time in force only"));

        BacktestResult cancelled = run(new ScriptedStrategy()
                .at(0, c -> id[0] = c.submit(OrderRequest.limit("X", Side.BUY, 10, 9.0, TimeInForce.GTC)))
                .at(1, c -> c.cancel(id[0])));
        assertThat(last(cancelled, id[0]).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.fills()).isEmpty();
    }

    @Test
    void ordersStillOpenAtTheEndAreCancelled() {
        long[] id = new long[1];
        BacktestResult r = run(new ScriptedStrategy().at(2, c -> id[0] = c.submit(OrderRequest.limit("X", Side.BUY, 1, 1, TimeInForce.GTC))));
        assertThat(last(r, id[0]).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(last(r, id[0]).reason()).contains("backtest ended");
        assertThat(r.orders()).allSatisfy(o -> assertThat(o.status().isTerminal()).isTrue());
    }

    @Test
    void shortSaleAccruesBorrowCostInCalendarTime() {
        BacktestResult r = run(BacktestConfig.defaults().withRules(new AccountRules(1, true, 0.10))
                .withExecution(ExecutionModel.defaults().withTiming(FillTiming.SIGNAL_CLOSE)),
                new ScriptedStrategy().at(0, c -> c.sell("X", 100)));
        // short 100 from the first close at 10; each step charges the calendar time since the previous one
        // on the short held through it, valued at the previous step's close
        double expected = 0;
        for (int i = 1; i < X.size(); i++) {
            expected += 100 * X.close(i - 1) * 0.10 * (X.time(i) - X.time(i - 1)) / (365.0 * 86_400_000);
        }
        assertThat(r.borrowCost()).isCloseTo(expected, within(1e-9));
        // cash: 100,000 + 1,000 of proceeds - borrow; equity marks -100 at the last close 10
        assertThat(r.finalEquity()).isCloseTo(100_000 + 1_000 - expected - 100 * 10, within(1e-9));
    }

    @Test
    void marketOnCloseFillsAtTheSignalBarsCloseEvenWithNextOpenTimingAndDropsWhatTheCapLeaves() {
        long[] id = new long[2];
        BacktestResult r = run(BacktestConfig.defaults().withExecution(ExecutionModel.defaults().withVolumeCap(new VolumeCap(0.05))),
                new ScriptedStrategy().at(1, c -> id[0] = c.submit(OrderRequest.marketOnClose("X", Side.BUY, 30)))
                        .at(2, c -> id[1] = c.submit(OrderRequest.marketOnClose("X", Side.SELL, 80))));
        // bar 1 closes at 10.8: all 30 fit in 5% of 1,000; bar 2 closes at 11.2 and allows 50 of the 80
        assertThat(r.fills()).extracting(Fill::price).containsExactly(10.8, 11.2);
        assertThat(r.fills()).extracting(Fill::time).containsExactly(X.time(1), X.time(2));
        assertThat(last(r, id[0]).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(last(r, id[1]).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(last(r, id[1]).filledQuantity()).isEqualTo(50);
        assertThat(last(r, id[1]).reason()).contains("market-on-close remainder cancelled");
    }

    @Test
    void insertLatencyLongerThanABarSkipsTheBarsThatClosedBeforeTheOrderArrived() {
        // sent at Tuesday's close, arriving 36 hours later: Wednesday's bar closed before that, Thursday's opens at 10.9
        ExecutionModel slow = ExecutionModel.defaults().withLatency(new LatencyModel(36 * 3_600_000L, 0, 0, 0, 1));
        BacktestResult r = run(BacktestConfig.defaults().withExecution(slow), new ScriptedStrategy().at(0, c -> c.buy("X", 10)));
        assertThat(r.fills()).singleElement().satisfies(f -> {
            assertThat(f.price()).isEqualTo(10.9);
            assertThat(f.time()).isEqualTo(X.time(2));
        });
        // a delay shorter than a bar changes nothing: the order still meets the next open
        ExecutionModel quick = ExecutionModel.defaults().withLatency(new LatencyModel(250, 0, 0, 0, 1));
        assertThat(run(BacktestConfig.defaults().withExecution(quick), new ScriptedStrategy().at(0, c -> c.buy("X", 10))).fills())
                .singleElement().satisfies(f -> assertThat(f.price()).isEqualTo(10.2));
    }

    @Test
    void aCancelOnItsWayDoesNotStopFillsBeforeItArrives() {
        long[] id = new long[1];
        // a buy limit at 10.7 sent on Wednesday's close; Thursday's low 10.6 reaches it
        ScriptedStrategy s = new ScriptedStrategy()
                .at(1, c -> {
                    id[0] = c.submit(OrderRequest.limit("X", Side.BUY, 10, 10.7, TimeInForce.GTC));
                    c.cancel(id[0]);
                });
        BacktestResult late = run(BacktestConfig.defaults().withExecution(ExecutionModel.defaults()
                .withLatency(new LatencyModel(0, 36 * 3_600_000L, 0, 0, 1))), s);
        assertThat(last(late, id[0]).status()).isEqualTo(OrderStatus.FILLED);
        ScriptedStrategy again = new ScriptedStrategy()
                .at(1, c -> {
                    id[0] = c.submit(OrderRequest.limit("X", Side.BUY, 10, 10.7, TimeInForce.GTC));
                    c.cancel(id[0]);
                });
        BacktestResult early = run(BacktestConfig.defaults().withExecution(ExecutionModel.defaults()
                .withLatency(new LatencyModel(0, 3_600_000L, 0, 0, 1))), again);
        assertThat(last(early, id[0]).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(early.fills()).isEmpty();
    }

    @Test
    void jitterIsDrawnFromTheSeedSoRunsRepeat() {
        java.util.function.Supplier<BacktestResult> run = () -> run(BacktestConfig.defaults().withExecution(ExecutionModel.defaults()
                .withLatency(LatencyModel.of(12 * 3_600_000L, 24 * 3_600_000L, 7))), new ScriptedStrategy()
                .at(0, c -> c.buy("X", 1)).at(0, c -> c.buy("X", 2)).at(0, c -> c.buy("X", 3)).at(0, c -> c.buy("X", 4)));
        assertThat(run.get().fills()).isEqualTo(run.get().fills());
        // with delays between 12 and 36 hours some orders meet Wednesday's open and some Thursday's
        assertThat(run.get().fills()).extracting(Fill::price).containsAnyOf(10.2, 10.9).allMatch(p -> p == 10.2 || p == 10.9);
    }
}
