package dev.qforge.strategies.ta4j;

import dev.qforge.backtest.History;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.Side;
import dev.qforge.strategies.rules.Sizing;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseTradingRecord;
import org.ta4j.core.Position;
import org.ta4j.core.Trade;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.NumFactory;

import java.util.Objects;
import java.util.function.Function;

/**
 * Runs a ta4j {@link org.ta4j.core.Strategy} (entry and exit rules over ta4j indicators) as a qforge strategy on
 * one instrument, long only.
 *
 * <p>Semantics, step by step:
 * <ol>
 *   <li>{@code onStart}: an empty ta4j {@link BarSeries} is made and handed to the builder, which returns the ta4j
 *       strategy with its indicators bound to that series. A ta4j {@link TradingRecord} (long entries) is opened.</li>
 *   <li>On each time step at which the instrument has a new bar, the bars that became visible in the context's
 *       {@link History} are appended to the ta4j series ({@link Ta4jBars}: same prices, end time = bar close). So
 *       the rules see exactly the closed bars, never a later one: ta4j index {@code i} is history index {@code i}.</li>
 *   <li>With {@code i} the latest index, as ta4j's {@code BarSeriesManager} does with
 *       {@code Strategy.shouldOperate}: if the record has no open position and {@code shouldEnter(i, record)} holds,
 *       a market buy of {@link Sizing#units} is sent; if the record's position is open and
 *       {@code shouldExit(i, record)} holds, a market sell of the whole qforge position is sent. While an order of
 *       the adapter is working, no rule is consulted.</li>
 *   <li>The record follows the fills, not the signals: when an entry order ends having filled something,
 *       {@code record.enter(j, avgFillPrice, filledQuantity)} is booked, and when an exit order ends with the
 *       position flat, {@code record.exit(j, avgFillPrice, quantity)}; {@code j} is the index of the bar whose
 *       price the fill used, i.e. the latest bar when the report arrives. With fills at the signal bar's close
 *       ({@code FillTiming.SIGNAL_CLOSE}) that is the signal bar, as ta4j's {@code TradeOnCurrentCloseModel} books
 *       it; with next-open fills it is the next bar, as {@code TradeOnNextOpenModel} books it. A rejected order
 *       books nothing and the rules are consulted again at the next bar; an exit that leaves part of the position
 *       keeps the record open, so the exit rule is asked again.</li>
 * </ol>
 * Rules that read the record (stop-loss, stop-gain, holding-period rules) therefore see qforge's real entry price
 * and quantity. The instrument is {@code symbol}, or the run's first instrument when it is null or empty.
 */
public final class Ta4jStrategyAdapter implements dev.qforge.backtest.Strategy {

    private final String symbolParam;
    private final Function<BarSeries, org.ta4j.core.Strategy> builder;
    private final Sizing sizing;
    private final NumFactory numbers;
    private int index;
    private String symbol;
    private BarSeries series;
    private org.ta4j.core.Strategy strategy;
    private TradingRecord record;
    private long working = -1;
    private boolean workingIsEntry;

    public Ta4jStrategyAdapter(String symbol, Function<BarSeries, org.ta4j.core.Strategy> builder, Sizing sizing) {
        this(symbol, builder, sizing, null);
    }

    /** @param numbers ta4j number type for the series (null: doubles) */
    public Ta4jStrategyAdapter(String symbol, Function<BarSeries, org.ta4j.core.Strategy> builder, Sizing sizing,
                               NumFactory numbers) {
        this.symbolParam = symbol == null ? "" : symbol.trim();
        this.builder = Objects.requireNonNull(builder, "builder");
        this.sizing = Objects.requireNonNull(sizing, "sizing");
        this.numbers = numbers;
    }

    @Override
    public void onStart(StrategyContext ctx) {
        index = symbolParam.isEmpty() ? 0 : ctx.indexOf(symbolParam);
        symbol = ctx.instruments().get(index).symbol();
        series = Ta4jBars.emptySeries(symbol, numbers);
        strategy = Objects.requireNonNull(builder.apply(series), "the builder returned no ta4j strategy");
        record = new BaseTradingRecord(Trade.TradeType.BUY);
        working = -1;
    }

    @Override
    public void onBar(StrategyContext ctx) {
        if (!ctx.updated(index)) return;
        History h = sync(ctx);
        if (working >= 0) return;
        int i = series.getEndIndex();
        Position p = record.getCurrentPosition();
        if (p.isNew()) {
            if (strategy.shouldEnter(i, record)) {
                double q = sizing.units(ctx, h);
                if (q > 0) send(ctx, Side.BUY, q, true);
            }
        } else if (p.isOpened() && strategy.shouldExit(i, record)) {
            double q = ctx.position(index);
            if (q > 0) send(ctx, Side.SELL, q, false);
        }
    }

    @Override
    public void onOrder(StrategyContext ctx, Order order) {
        if (order.id() != working || order.isOpen()) return;
        working = -1;
        if (order.filledQuantity() <= 0) return;
        sync(ctx);
        int j = series.getEndIndex();
        NumFactory f = series.numFactory();
        if (workingIsEntry) {
            record.enter(j, f.numOf(order.avgFillPrice()), f.numOf(order.filledQuantity()));
        } else if (ctx.position(index) <= 0) {
            record.exit(j, f.numOf(order.avgFillPrice()), record.getCurrentPosition().getEntry().getAmount());
        }
    }

    /** The ta4j trading record the adapter keeps in step with its fills (for reports and tests). */
    public TradingRecord tradingRecord() {
        return record;
    }

    /** The ta4j series the adapter has filled so far. */
    public BarSeries ta4jSeries() {
        return series;
    }

    private History sync(StrategyContext ctx) {
        History h = ctx.history(index);
        int have = series.getBarCount();
        if (have < h.size()) Ta4jBars.append(series, h, have, h.size());
        return h;
    }

    private void send(StrategyContext ctx, Side side, double quantity, boolean entry) {
        workingIsEntry = entry;
        working = ctx.submit(OrderRequest.market(symbol, side, quantity));
    }
}
