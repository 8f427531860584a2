package dev.qforge.data;

import java.time.Duration;
import java.util.Locale;

/** Bar length. Intraday timeframes are fixed durations; {@code 1d} and {@code 1w} follow the session calendar. */
public enum Timeframe {
    M1("1m", Duration.ofMinutes(1)),
    M5("5m", Duration.ofMinutes(5)),
    M15("15m", Duration.ofMinutes(15)),
    M30("30m", Duration.ofMinutes(30)),
    H1("1h", Duration.ofHours(1)),
    H4("4h", Duration.ofHours(4)),
    D1("1d", Duration.ofDays(1)),
    W1("1w", Duration.ofDays(7));

    private final String label;
    private final Duration duration;

    Timeframe(String label, Duration duration) {
        this.label = label;
        this.duration = duration;
    }

    public String label() {
        return label;
    }

    /** Nominal length; for daily and weekly bars the calendar length, not the trading hours. */
    public Duration duration() {
        return duration;
    }

    public long millis() {
        return duration.toMillis();
    }

    public boolean isIntraday() {
        return this.compareTo(D1) < 0;
    }

    /** Parses "1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w" (also "D1", "daily", "minute"). */
    public static Timeframe parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Timeframe tf : values()) {
            if (tf.label.equals(t) || tf.name().toLowerCase(Locale.ROOT).equals(t)) return tf;
        }
        switch (t) {
            case "minute", "1min": return M1;
            case "hour", "60m": return H1;
            case "day", "daily", "d": return D1;
            case "week", "weekly", "w": return W1;
            default: throw new IllegalArgumentException("unknown timeframe '" + text + "'; expected one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w");
        }
    }

    /** The timeframe whose nominal length equals {@code millis}, or null. */
    public static Timeframe ofMillis(long millis) {
        for (Timeframe tf : values()) {
            if (tf.millis() == millis) return tf;
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
