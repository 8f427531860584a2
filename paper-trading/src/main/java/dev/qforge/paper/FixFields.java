package dev.qforge.paper;

import dev.qforge.backtest.order.OrderStatus;
import dev.qforge.backtest.order.OrderType;
import dev.qforge.backtest.order.Side;
import dev.qforge.backtest.order.TimeInForce;
import quickfix.FieldMap;
import quickfix.FieldNotFound;
import quickfix.UtcTimestampPrecision;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.converter.UtcTimestampConverter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Conversions between the engine's order vocabulary and FIX 4.4 fields. Prices, quantities and commissions
 * go on the wire as the shortest decimal that reads back to the same {@code double} (never in exponent
 * form), so a fill priced by the exchange is bit-for-bit the fill the client books: that is what lets a paper
 * run reproduce a backtest exactly.
 */
public final class FixFields {

    private FixFields() {
    }

    public static String decimal(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("cannot put " + v + " on the wire");
        // fast paths for the common cases (a few per execution report): whole numbers, and Double.toString's
        // shortest form when it has no exponent, which is what BigDecimal.valueOf would print anyway
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = Double.toString(v);
        if (s.indexOf('E') < 0) return s;
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public static void setDecimal(FieldMap m, int tag, double v) {
        m.setString(tag, decimal(v));
    }

    /** The field as a double, NaN when absent; a malformed number names the tag. */
    public static double decimal(FieldMap m, int tag) {
        if (!m.isSetField(tag)) return Double.NaN;
        try {
            return Double.parseDouble(m.getString(tag));
        } catch (FieldNotFound e) {
            return Double.NaN;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tag " + tag + " is not a number: " + e.getMessage());
        }
    }

    public static LocalDateTime utc(long millis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    /** A UTCTimestamp's text with milliseconds, as {@code new TransactTime(utc(millis))} writes it. */
    public static String utcTimestamp(long millis) {
        Stamp s = lastStamp;
        if (s.millis() != millis) {
            // the fills of one bar share its time: format once per distinct time, not once per report
            s = new Stamp(millis, UtcTimestampConverter.convert(utc(millis), UtcTimestampPrecision.MILLIS));
            lastStamp = s;
        }
        return s.text();
    }

    private record Stamp(long millis, String text) {
    }

    // immutable and replaced whole, so threads racing on it at worst format the same time twice
    private static volatile Stamp lastStamp = new Stamp(Long.MIN_VALUE, "");

    public static long millis(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    public static char side(Side s) {
        return s == Side.BUY ? quickfix.field.Side.BUY : quickfix.field.Side.SELL;
    }

    /** The engine's side, or null for the FIX sides it does not model (sell short, cross, ...). */
    public static Side side(char c) {
        return switch (c) {
            case quickfix.field.Side.BUY -> Side.BUY;
            case quickfix.field.Side.SELL -> Side.SELL;
            default -> null;
        };
    }

    public static char ordType(OrderType t) {
        return switch (t) {
            case MARKET -> OrdType.MARKET;
            case LIMIT -> OrdType.LIMIT;
            case STOP -> OrdType.STOP_STOP_LOSS;
            case STOP_LIMIT -> OrdType.STOP_LIMIT;
            case MARKET_ON_CLOSE -> OrdType.MARKET_ON_CLOSE;
        };
    }

    /** The engine's order type, or null for FIX types it does not model. */
    public static OrderType ordType(char c) {
        return switch (c) {
            case OrdType.MARKET -> OrderType.MARKET;
            case OrdType.LIMIT -> OrderType.LIMIT;
            case OrdType.STOP_STOP_LOSS -> OrderType.STOP;
            case OrdType.STOP_LIMIT -> OrderType.STOP_LIMIT;
            case OrdType.MARKET_ON_CLOSE -> OrderType.MARKET_ON_CLOSE;
            default -> null;
        };
    }

    public static char tif(TimeInForce t) {
        return t == TimeInForce.DAY ? quickfix.field.TimeInForce.DAY : quickfix.field.TimeInForce.GOOD_TILL_CANCEL;
    }

    /** DAY, GTC, or null for the others (IOC, FOK, GTD, at the opening ...). */
    public static TimeInForce tif(char c) {
        return switch (c) {
            case quickfix.field.TimeInForce.DAY -> TimeInForce.DAY;
            case quickfix.field.TimeInForce.GOOD_TILL_CANCEL -> TimeInForce.GTC;
            default -> null;
        };
    }

    public static char ordStatus(OrderStatus s) {
        return switch (s) {
            case ACCEPTED -> OrdStatus.NEW;
            case PARTIALLY_FILLED -> OrdStatus.PARTIALLY_FILLED;
            case FILLED -> OrdStatus.FILLED;
            case CANCELLED -> OrdStatus.CANCELED;
            case REJECTED -> OrdStatus.REJECTED;
            case EXPIRED -> OrdStatus.EXPIRED;
        };
    }

    /** The engine's status of a FIX OrdStatus; pending states map to the state the order is still in. */
    public static OrderStatus ordStatus(char c, double cumQty) {
        return switch (c) {
            case OrdStatus.PARTIALLY_FILLED -> OrderStatus.PARTIALLY_FILLED;
            case OrdStatus.FILLED -> OrderStatus.FILLED;
            case OrdStatus.CANCELED -> OrderStatus.CANCELLED;
            case OrdStatus.REJECTED -> OrderStatus.REJECTED;
            case OrdStatus.EXPIRED -> OrderStatus.EXPIRED;
            default -> cumQty > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.ACCEPTED;
        };
    }
}
