package dev.qforge.paper;

import dev.qforge.data.Bar;
import quickfix.FieldMap;
import quickfix.field.MDEntryDate;
import quickfix.field.MDEntryPx;
import quickfix.field.MDEntrySize;
import quickfix.field.MDEntryTime;
import quickfix.field.MDEntryType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A bar as FIX market data entries: Opening Price (4), Trading Session High (7) and Low (8), Closing Price (5)
 * and Trade Volume (B, in MDEntrySize, left out when the bar has no volume), each stamped with the bar's
 * close time in MDEntryDate/MDEntryTime (UTC, milliseconds).
 */
public final class BarEntries {

    public static final char[] TYPES = {MDEntryType.OPENING_PRICE, MDEntryType.TRADING_SESSION_HIGH_PRICE,
            MDEntryType.TRADING_SESSION_LOW_PRICE, MDEntryType.CLOSING_PRICE, MDEntryType.TRADE_VOLUME};

    private BarEntries() {
    }

    /** Fills {@code entry} (a fresh NoMDEntries group) for entry type {@code k} of TYPES; false when there is nothing to send. */
    public static boolean fill(FieldMap entry, Bar bar, int k) {
        double v = switch (k) {
            case 0 -> bar.open();
            case 1 -> bar.high();
            case 2 -> bar.low();
            case 3 -> bar.close();
            default -> bar.volume();
        };
        if (!Double.isFinite(v)) return false;
        entry.setChar(MDEntryType.FIELD, TYPES[k]);
        if (k == 4) FixFields.setDecimal(entry, MDEntrySize.FIELD, v); else FixFields.setDecimal(entry, MDEntryPx.FIELD, v);
        LocalDateTime t = FixFields.utc(bar.time());
        entry.setField(new MDEntryDate(t.toLocalDate()));
        entry.setField(new MDEntryTime(t.toLocalTime()));
        return true;
    }

    /** Collects entries of one bar; call {@link #add} per entry and {@link #bar} when all are in. */
    public static final class Builder {
        private long time = Long.MIN_VALUE;
        private double open = Double.NaN, high = Double.NaN, low = Double.NaN, close = Double.NaN, volume = Double.NaN;

        public void add(FieldMap entry) throws quickfix.FieldNotFound {
            char type = entry.getChar(MDEntryType.FIELD);
            LocalDate d = entry.getUtcDateOnly(MDEntryDate.FIELD);
            LocalTime t = entry.getUtcTimeOnly(MDEntryTime.FIELD);
            time = FixFields.millis(LocalDateTime.of(d, t));
            switch (type) {
                case MDEntryType.OPENING_PRICE -> open = FixFields.decimal(entry, MDEntryPx.FIELD);
                case MDEntryType.TRADING_SESSION_HIGH_PRICE -> high = FixFields.decimal(entry, MDEntryPx.FIELD);
                case MDEntryType.TRADING_SESSION_LOW_PRICE -> low = FixFields.decimal(entry, MDEntryPx.FIELD);
                case MDEntryType.CLOSING_PRICE -> close = FixFields.decimal(entry, MDEntryPx.FIELD);
                case MDEntryType.TRADE_VOLUME -> volume = FixFields.decimal(entry, MDEntrySize.FIELD);
                default -> { } // other entry types are not part of a bar
            }
        }

        public Bar bar(String symbol) {
            if (time == Long.MIN_VALUE || Double.isNaN(open) || Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close)) {
                throw new IllegalArgumentException("market data for " + symbol + " is not a complete bar (open, high, low, close and time)");
            }
            return new Bar(time, open, high, low, close, volume);
        }
    }
}
