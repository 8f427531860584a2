package dev.qforge.backtest.portfolio;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.BarPath;
import dev.qforge.backtest.model.CommissionModel;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.backtest.model.SlippageModel;
import dev.qforge.backtest.model.VolumeCap;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.OrderType;
import dev.qforge.backtest.order.Side;
import dev.qforge.backtest.order.TimeInForce;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Engine invariants under random order streams on random bars: after every event, equity equals cash
 * plus the marked positions recomputed from the fills alone; no fill precedes its order; every order ends
 * terminal; the final equity equals the initial cash plus realized and unrealized PnL less fees and borrow.
 */
class EquityInvariantProperties {

    @Property(tries = 60)
    void equityIsCashPlusMarkedPositionsAfterEveryEvent(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                        @ForAll @IntRange(min = 1, max = 3) int instruments,
                                                        @ForAll boolean signalClose) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<BarSeries> data = new ArrayList<>();
        for (int k = 0; k < instruments; k++) data.add(randomSeries("S" + k, 40 + rnd.nextInt(40), rnd));
        ExecutionModel model = new ExecutionModel(signalClose ? FillTiming.SIGNAL_CLOSE : FillTiming.NEXT_OPEN,
                rnd.nextBoolean() ? BarPath.DIRECTIONAL : BarPath.WORST_CASE, SlippageModel.fixedBps(rnd.nextInt(20)),
                CommissionModel.qlib(), new VolumeCap(rnd.nextBoolean() ? 0 : 0.2));
        BacktestConfig config = new BacktestConfig(100_000, model, new AccountRules(1 + rnd.nextInt(3), true, 0.05));
        Checker checker = new Checker(rnd);
        BacktestResult r = new BacktestEngine(config).run(data, checker);

        assertThat(checker.checks).isPositive();
        assertThat(r.orders()).allSatisfy(o -> assertThat(o.status().isTerminal()).isTrue());
        for (Fill f : r.fills()) {
            Order o = r.orders().stream().filter(x -> x.id() == f.orderId()).findFirst().orElseThrow();
            assertThat(f.time()).isGreaterThanOrEqualTo(o.submittedAt());
        }
        double realized = 0, unrealized = 0;
        for (Position p : r.positions()) {
            realized += p.realizedPnl();
            unrealized += p.unrealizedPnl();
        }
        assertThat(r.finalEquity()).isCloseTo(100_000 + realized + unrealized - r.fees() - r.borrowCost(),
                org.assertj.core.api.Assertions.within(1e-6));
    }

    /** Sends random orders and checks the invariant from its own ledger of fills at every callback. */
    private static final class Checker implements Strategy {
        final SplittableRandom rnd;
        final java.util.Map<String, Double> qty = new java.util.HashMap<>();
        double cashFromFills = 100_000;
        int checks;

        Checker(SplittableRandom rnd) {
            this.rnd = rnd;
        }

        @Override
        public void onFill(StrategyContext ctx, Fill f) {
            qty.merge(f.symbol(), f.signedQuantity(), Double::sum);
            cashFromFills -= f.signedQuantity() * f.price() + f.commission();
            check(ctx, false);
        }

        @Override
        public void onBar(StrategyContext ctx) {
            check(ctx, true);
            int n = rnd.nextInt(3);
            for (int k = 0; k < n; k++) {
                int i = rnd.nextInt(ctx.instruments().size());
                if (ctx.history(i).isEmpty()) continue;
                String s = ctx.instruments().get(i).symbol();
                double last = ctx.history(i).lastClose();
                Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
                double q = 1 + rnd.nextInt(400);
                OrderType type = OrderType.values()[rnd.nextInt(4)];
                double off = last * (rnd.nextDouble() - 0.5) * 0.04;
                ctx.submit(new OrderRequest(s, side, q, type, last + off, last - off,
                        rnd.nextBoolean() ? TimeInForce.DAY : TimeInForce.GTC, ""));
            }
            if (rnd.nextInt(10) == 0 && !ctx.openOrders().isEmpty()) ctx.cancel(ctx.openOrders().get(0).id());
            check(ctx, false);
        }

        /**
         * Equity against cash plus marked positions at any callback; at the start of a step, when every fill
         * so far has been delivered, the positions and cash also against this strategy's own ledger.
         */
        private void check(StrategyContext ctx, boolean ledgerComplete) {
            double marked = 0;
            for (int i = 0; i < ctx.instruments().size(); i++) {
                double q = ctx.position(i);
                if (ledgerComplete) {
                    String s = ctx.instruments().get(i).symbol();
                    assertThat(q).isCloseTo(qty.getOrDefault(s, 0.0), org.assertj.core.api.Assertions.within(1e-9));
                }
                if (q != 0) marked += q * ctx.positionDetail(i).lastPrice();
            }
            if (ledgerComplete) {
                // borrow cost is the one cash flow that is not a fill
                assertThat(cashFromFills - ctx.cash()).isGreaterThanOrEqualTo(-1e-6);
            }
            assertThat(ctx.equity()).isCloseTo(ctx.cash() + marked, org.assertj.core.api.Assertions.within(1e-6));
            checks++;
        }
    }

    static BarSeries randomSeries(String symbol, int n, SplittableRandom rnd) {
        Instrument ins = Instrument.usEquity(symbol);
        var session = ins.session();
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        java.time.LocalDate d = java.time.LocalDate.of(2020, 1, 2).plusDays(rnd.nextInt(5));
        while (!session.isTradingDay(d)) d = d.plusDays(1);
        double p = 20 + rnd.nextDouble() * 100;
        for (int i = 0; i < n; i++) {
            t[i] = session.closeMillis(d);
            o[i] = Math.round(p * 100) / 100.0;
            double close = Math.max(1, p * (1 + (rnd.nextDouble() - 0.5) * 0.06));
            c[i] = Math.round(close * 100) / 100.0;
            h[i] = Math.max(o[i], c[i]) + Math.round(rnd.nextDouble() * p) / 100.0;
            l[i] = Math.max(0.5, Math.min(o[i], c[i]) - Math.round(rnd.nextDouble() * p) / 100.0);
            v[i] = rnd.nextInt(5) == 0 ? 0 : 100 + rnd.nextInt(5000);
            p = close;
            d = session.nextTradingDay(d);
            if (rnd.nextInt(8) == 0) d = session.nextTradingDay(d); // gaps: instruments do not share every date
        }
        return BarSeries.of(ins, Timeframe.D1, t, o, h, l, c, v);
    }
}
