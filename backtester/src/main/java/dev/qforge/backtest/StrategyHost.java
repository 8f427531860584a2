package dev.qforge.backtest;

import dev.qforge.backtest.model.Lots;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderEvent;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.Side;
import dev.qforge.backtest.portfolio.Portfolio;
import dev.qforge.backtest.portfolio.Position;
import dev.qforge.backtest.venue.Venue;
import dev.qforge.backtest.venue.VenueListener;
import dev.qforge.data.Bar;
import dev.qforge.data.Instrument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one strategy against one venue: the strategy's {@link StrategyContext}, the venue's listener, the
 * portfolio's bookkeeper and the order and fill log. Drivers (the backtest engine, the paper trader)
 * make bars visible and call {@link #step()} once per time step; this class is all they share, so a
 * strategy cannot tell a backtest from paper trading.
 */
public final class StrategyHost implements StrategyContext, VenueListener {

    private static final int MAX_CALLBACK_ROUNDS = 100_000;

    private final List<Instrument> instruments;
    private final Map<String, Integer> index = new HashMap<>();
    private final History[] history;
    private final long[] updatedAt;
    private final Portfolio portfolio;
    private final SimulatedClock clock;
    private final Strategy strategy;
    private Venue venue;
    private final Map<Long, Order> orders = new LinkedHashMap<>();
    private final Map<Long, Order> openOrders = new LinkedHashMap<>();
    private final List<Fill> fills = new ArrayList<>();
    private final List<OrderEvent> events = new ArrayList<>();
    private final ArrayDeque<Object> pending = new ArrayDeque<>();

    StrategyHost(History[] history, Portfolio portfolio, SimulatedClock clock, Strategy strategy) {
        this.history = history;
        List<Instrument> list = new ArrayList<>();
        for (int i = 0; i < history.length; i++) {
            Instrument ins = history[i].instrument();
            if (index.putIfAbsent(ins.symbol(), i) != null) {
                throw new IllegalArgumentException("symbol " + ins.symbol() + " appears twice in the data");
            }
            list.add(ins);
        }
        this.instruments = List.copyOf(list);
        this.updatedAt = new long[history.length];
        java.util.Arrays.fill(updatedAt, Long.MIN_VALUE);
        this.portfolio = portfolio;
        this.clock = clock;
        this.strategy = strategy;
    }

    /** Growable histories for drivers that receive bars one by one (paper trading). */
    public static StrategyHost live(List<Instrument> instruments, dev.qforge.data.Timeframe timeframe, Portfolio portfolio,
                                    SimulatedClock clock, Strategy strategy) {
        History[] h = new History[instruments.size()];
        for (int i = 0; i < h.length; i++) h[i] = new History(instruments.get(i), timeframe);
        return new StrategyHost(h, portfolio, clock, strategy);
    }

    public void attach(Venue v) {
        this.venue = v;
        v.setListener(this);
    }

    /** The latest closed bar of an instrument, or null before its first. */
    public Bar currentBar(int i) {
        History h = history[i];
        return h.size() == 0 ? null : h.bar(h.size() - 1);
    }

    void barVisible(int i) {
        history[i].advance();
        updatedAt[i] = clock.millis();
    }

    /** Appends a bar that has just closed (paper trading) and marks the position at its close. */
    public void barArrived(int i, Bar bar) {
        history[i].append(bar.time(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        updatedAt[i] = clock.millis();
        portfolio.mark(i, bar.close());
    }

    void mark(int i) {
        portfolio.mark(i, history[i].lastClose());
    }

    public void start() {
        call("onStart", () -> strategy.onStart(this));
    }

    /** Delivers fills and order changes since the last step, then calls the strategy's {@code onBar}. */
    public void step() {
        if (!pending.isEmpty()) deliver();
        try { // no lambda here: this runs once per bar
            strategy.onBar(this);
        } catch (StrategyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StrategyException("strategy " + name() + " failed in onBar at " + time() + ": " + e.getMessage(), e);
        }
        if (!pending.isEmpty()) deliver();
    }

    public void end() {
        deliver();
        call("onEnd", () -> strategy.onEnd(this));
        deliver();
    }

    private void deliver() {
        int rounds = 0;
        while (!pending.isEmpty()) {
            if (++rounds > MAX_CALLBACK_ROUNDS) {
                throw new StrategyException(name() + " keeps sending orders from its callbacks at " + time(), null);
            }
            Object e = pending.poll();
            if (e instanceof Fill f) call("onFill", () -> strategy.onFill(this, f));
            else if (e instanceof Order o) call("onOrder", () -> strategy.onOrder(this, o));
        }
    }

    private void call(String what, Runnable r) {
        try {
            r.run();
        } catch (StrategyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StrategyException("strategy " + name() + " failed in " + what + " at " + time() + ": " + e.getMessage(), e);
        }
    }

    private String name() {
        return strategy.getClass().getSimpleName();
    }

    // ---- VenueListener

    @Override
    public void onFill(Fill fill) {
        int i = index.get(fill.symbol());
        portfolio.apply(i, fill.signedQuantity(), fill.price(), fill.commission());
        fills.add(fill);
        pending.add(fill);
    }

    @Override
    public void onOrder(Order order) {
        orders.put(order.id(), order);
        if (order.isOpen()) openOrders.put(order.id(), order); else openOrders.remove(order.id());
        events.add(OrderEvent.of(order));
        pending.add(order);
    }

    @Override
    public void onRequestRejected(long orderId, String reason) {
        Order o = orders.get(orderId);
        events.add(new OrderEvent(clock.millis(), orderId, o == null ? "" : o.symbol(),
                o == null ? dev.qforge.backtest.order.OrderStatus.REJECTED : o.status(),
                o == null ? 0 : o.filledQuantity(), reason));
    }

    // ---- StrategyContext

    @Override
    public long now() {
        return clock.millis();
    }

    @Override
    public List<Instrument> instruments() {
        return instruments;
    }

    @Override
    public int indexOf(String symbol) {
        Integer i = index.get(symbol);
        if (i == null) throw new IllegalArgumentException("unknown symbol " + symbol + "; this run trades " + index.keySet());
        return i;
    }

    @Override
    public History history(int instrument) {
        return history[instrument];
    }

    @Override
    public boolean updated(int instrument) {
        return updatedAt[instrument] == clock.millis();
    }

    @Override
    public double cash() {
        return portfolio.cash();
    }

    @Override
    public double equity() {
        return portfolio.equity();
    }

    @Override
    public double position(int instrument) {
        return portfolio.quantity(instrument);
    }

    @Override
    public Position positionDetail(int instrument) {
        return portfolio.position(instrument);
    }

    @Override
    public long submit(OrderRequest request) {
        return venue.submit(request);
    }

    @Override
    public boolean cancel(long orderId) {
        return venue.cancel(orderId);
    }

    @Override
    public boolean replace(long orderId, OrderRequest amended) {
        return venue.replace(orderId, amended);
    }

    @Override
    public Order order(long orderId) {
        return orders.get(orderId);
    }

    @Override
    public List<Order> openOrders() {
        return List.copyOf(openOrders.values());
    }

    @Override
    public double openQuantity(int instrument) {
        String symbol = instruments.get(instrument).symbol();
        double pending = 0;
        for (Order o : openOrders.values()) {
            if (o.symbol().equals(symbol)) pending += o.side().sign() * o.remainingQuantity();
        }
        return pending;
    }

    @Override
    public long targetQuantity(String symbol, double target) {
        int i = indexOf(symbol);
        double pending = openQuantity(i);
        double delta = Lots.roundTowardZero(target - portfolio.quantity(i) - pending, instruments.get(i).lotSize());
        if (delta == 0) return -1;
        return submit(OrderRequest.market(symbol, delta > 0 ? Side.BUY : Side.SELL, Math.abs(delta)));
    }

    @Override
    public long targetPercent(String symbol, double fraction) {
        return targetQuantity(symbol, targetFor(indexOf(symbol), fraction));
    }

    @Override
    public void targetWeights(Map<String, Double> weights) {
        double[] target = new double[instruments.size()];
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            int i = indexOf(e.getKey());
            double w = e.getValue();
            if (!Double.isFinite(w)) throw new IllegalArgumentException("weight of " + e.getKey() + " is " + w);
            target[i] = w == 0 ? 0 : targetFor(i, w); // flat needs no price
        }
        // sells (and covers of shorts being reduced) first, then buys
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < target.length; i++) {
                double delta = target[i] - portfolio.quantity(i);
                if ((pass == 0) == (delta < 0)) targetQuantity(instruments.get(i).symbol(), target[i]);
            }
        }
    }

    private double targetFor(int i, double fraction) {
        double price = history[i].lastClose();
        if (!(price > 0)) {
            throw new IllegalStateException("no price for " + instruments.get(i).symbol() + " at " + time() + " to size a target");
        }
        double value = fraction * portfolio.equity();
        return Lots.roundTowardZero(value / (price * instruments.get(i).multiplier()), instruments.get(i).lotSize());
    }

    // ---- results

    public Portfolio portfolio() {
        return portfolio;
    }

    public List<Fill> fills() {
        return fills;
    }

    public List<OrderEvent> events() {
        return events;
    }

    public List<Order> allOrders() {
        return List.copyOf(orders.values());
    }
}
