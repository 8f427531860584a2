package dev.qforge.backtest.metrics;

import dev.qforge.backtest.order.Fill;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Pairs fills into round trips, first in, first out, per symbol.
 *
 * <p>Fills are taken in time order (a stable sort, so fills at the same time keep the list's order). A fill
 * in the direction of the open position (or on a flat book) opens a lot. A fill against it closes the oldest
 * lots first, producing one {@link RoundTrip} per lot matched, so a partial close gives a round trip for the
 * closed part and leaves the rest open. A fill larger than the open position closes all of it and opens the
 * reverse position with the remainder. Each fill's commission is spread over its quantity: the share of a
 * closing fill that closes a lot carries that share of its commission, and a lot carries its entry
 * commission per unit into every round trip it ends up in. Quantities left below a billionth of their
 * fill's size by rounding are treated as zero. What is still open after the last fill is not a round trip;
 * it is reported as {@link OpenLot}s.
 */
public final class RoundTrips {

    private static final double DUST = 1e-9;

    private RoundTrips() {
    }

    /** A lot still open after the last fill, with the part of its entry commission it carries. */
    public record OpenLot(String symbol, int direction, long entryTime, double quantity, double entryPrice,
                          double entryFees) {
    }

    /** Closed round trips in the order they closed, and the lots still open (per symbol, oldest first). */
    public record Result(List<RoundTrip> closed, List<OpenLot> open) {
        public Result {
            closed = List.copyOf(closed);
            open = List.copyOf(open);
        }
    }

    /** Matches fills with a contract multiplier of 1 for every symbol. */
    public static Result fromFills(List<Fill> fills) {
        return fromFills(fills, symbol -> 1.0);
    }

    /**
     * Matches fills FIFO per symbol.
     *
     * @param multiplier contract multiplier per symbol (1 for shares, 50 for an E-mini S&amp;P future)
     * @throws IllegalArgumentException when a fill has a quantity that is not positive and finite, a price or
     *                                  commission that is not finite, or a symbol whose multiplier is not
     *                                  positive and finite
     */
    public static Result fromFills(List<Fill> fills, ToDoubleFunction<String> multiplier) {
        Objects.requireNonNull(fills, "fills");
        Objects.requireNonNull(multiplier, "multiplier");
        List<Fill> ordered = new ArrayList<>(fills);
        ordered.sort(Comparator.comparingLong(Fill::time));
        Map<String, ArrayDeque<Lot>> book = new LinkedHashMap<>();
        Map<String, Double> multipliers = new HashMap<>();
        List<RoundTrip> closed = new ArrayList<>();
        for (Fill fill : ordered) {
            requireValid(fill);
            double m = multipliers.computeIfAbsent(fill.symbol(), s -> multiplierOf(multiplier, s));
            ArrayDeque<Lot> lots = book.computeIfAbsent(fill.symbol(), s -> new ArrayDeque<>());
            int direction = fill.side().sign();
            double feePerUnit = fill.commission() / fill.quantity();
            double remaining = fill.quantity();
            while (remaining > 0 && !lots.isEmpty() && lots.peekFirst().direction != direction) {
                Lot lot = lots.peekFirst();
                double q = Math.min(remaining, lot.quantity);
                closed.add(close(lot, fill, q, feePerUnit, m));
                lot.quantity -= q;
                remaining -= q;
                if (lot.quantity <= DUST * lot.originalQuantity) {
                    lots.removeFirst();
                }
                if (remaining <= DUST * fill.quantity()) {
                    remaining = 0;
                }
            }
            if (remaining > 0) {
                lots.addLast(new Lot(direction, fill.time(), remaining, fill.price(), feePerUnit));
            }
        }
        List<OpenLot> open = new ArrayList<>();
        book.forEach((symbol, lots) -> lots.forEach(lot -> open.add(new OpenLot(symbol, lot.direction,
                lot.time, lot.quantity, lot.price, lot.feePerUnit * lot.quantity))));
        return new Result(closed, open);
    }

    private static RoundTrip close(Lot lot, Fill exit, double q, double exitFeePerUnit, double multiplier) {
        double gross = lot.direction * (exit.price() - lot.price) * q * multiplier;
        double fees = lot.feePerUnit * q + exitFeePerUnit * q;
        double net = gross - fees;
        double notional = Math.abs(lot.price * q * multiplier);
        return new RoundTrip(exit.symbol(), lot.direction, lot.time, exit.time(), q, lot.price, exit.price(),
                gross, fees, net, net / notional);
    }

    static void requireValid(Fill fill) {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(fill.symbol(), "fill symbol");
        Objects.requireNonNull(fill.side(), "fill side");
        if (!Double.isFinite(fill.quantity()) || fill.quantity() <= 0) {
            throw new IllegalArgumentException(describe(fill) + " has quantity " + fill.quantity()
                    + "; fill quantities must be positive and finite");
        }
        if (!Double.isFinite(fill.price())) {
            throw new IllegalArgumentException(describe(fill) + " has price " + fill.price()
                    + "; fill prices must be finite");
        }
        if (!Double.isFinite(fill.commission())) {
            throw new IllegalArgumentException(describe(fill) + " has commission " + fill.commission()
                    + "; commissions must be finite");
        }
    }

    static double multiplierOf(ToDoubleFunction<String> multiplier, String symbol) {
        double m = multiplier.applyAsDouble(symbol);
        if (!Double.isFinite(m) || m <= 0) {
            throw new IllegalArgumentException("multiplier for " + symbol + " must be positive and finite, got " + m);
        }
        return m;
    }

    private static String describe(Fill fill) {
        return String.format("fill of order %d (%s %s at %s)", fill.orderId(), fill.side(), fill.symbol(),
                Instant.ofEpochMilli(fill.time()));
    }

    /** An open lot; its quantity shrinks as later fills close it. */
    private static final class Lot {
        final int direction;
        final long time;
        final double originalQuantity;
        final double price;
        final double feePerUnit;
        double quantity;

        Lot(int direction, long time, double quantity, double price, double feePerUnit) {
            this.direction = direction;
            this.time = time;
            this.originalQuantity = quantity;
            this.quantity = quantity;
            this.price = price;
            this.feePerUnit = feePerUnit;
        }
    }
}
