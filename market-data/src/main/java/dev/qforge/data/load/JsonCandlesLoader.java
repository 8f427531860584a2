package dev.qforge.data.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Reads JSON candles in two layouts:
 * <ul>
 * <li>Yahoo Finance / Coinbase: {@code {"candles":[{"start":"<epoch seconds>","open":"..",...}]}} (or a
 * bare array of such objects), numbers as strings or numbers; {@code start} is the bar's <em>open</em>,
 * so an intraday bar is stamped at start + timeframe and a daily or weekly bar at the session close of
 * its (last trading) day;</li>
 * <li>ta4j: {@code {"name":..,"ohlc":[{"endTime":ms,"openPrice":..,"highPrice":..,"lowPrice":..,
 * "closePrice":..,"volume":..}]}}: {@code endTime} is the bar's end (an end one millisecond before a
 * whole second, as ta4j writes it, is rounded up); for daily and weekly bars an {@code endTime} at local
 * midnight is Yahoo's period label, the first day of the period, and is stamped like {@code start}.</li>
 * </ul>
 * Either sort order is accepted: rows are sorted by time on load. Line numbers are the line where each
 * candle object starts (all 1 for single-line files); messages also give the candle's index.
 */
public final class JsonCandlesLoader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] YAHOO = {"start", "open", "high", "low", "close", "volume"};
    private static final String[] TA4J = {"endTime", "openPrice", "highPrice", "lowPrice", "closePrice", "volume"};

    private JsonCandlesLoader() {
    }

    static RawBars load(SourceText src, Instrument instrument, Timeframe tf) {
        RawBars.Builder b = RawBars.builder(src.name(), instrument);
        String[] layout = null;
        try (JsonParser p = MAPPER.getFactory().createParser(src.text())) {
            JsonToken tok = p.nextToken();
            if (tok == JsonToken.START_ARRAY) {
                layout = YAHOO;
                readArray(p, b, layout);
            } else if (tok == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (layout == null && value == JsonToken.START_ARRAY && (field.equals("candles") || field.equals("ohlc"))) {
                        layout = field.equals("candles") ? YAHOO : TA4J;
                        readArray(p, b, layout);
                    } else {
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                    ? j.getOriginalMessage() + (j.getLocation() != null ? " at line " + j.getLocation().getLineNr() : "") : e.getMessage();
            throw new NotMarketDataException(src.name(), "invalid JSON (" + why + "); it starts with '" + src.preview() + "'", e);
        }
        if (layout == null) throw new NotMarketDataException(src.name(), "JSON without a \"candles\" or \"ohlc\" array: '" + src.preview() + "'");
        if (b.size() == 0) throw new NotMarketDataException(src.name(), "the \"" + (layout == YAHOO ? "candles" : "ohlc") + "\" array is empty");
        Timeframe frame = tf;
        if (frame == null) {
            long[] t = new long[b.size()];
            for (int i = 0; i < t.length; i++) t[i] = b.time(i);
            frame = TimeframeInference.infer(t);
            if (frame == null) frame = Timeframe.D1;
        }
        for (int i = 0; i < b.size(); i++) {
            long t = b.time(i);
            if (t != Long.MIN_VALUE) b.setTime(i, layout == YAHOO ? BarStamps.fromOpen(t, frame, instrument) : fromEnd(t, frame, instrument));
        }
        b.sortByTime();
        return b.build(frame);
    }

    private static long fromEnd(long end, Timeframe tf, Instrument instrument) {
        ZonedDateTime local = Instant.ofEpochMilli(end).atZone(instrument.session().zone());
        if (!tf.isIntraday() && local.toLocalTime().toSecondOfDay() == 0 && local.getNano() == 0) {
            return BarStamps.fromPeriodStart(local.toLocalDate(), tf, instrument);
        }
        return Math.floorMod(end + 1, 1000L) == 0 ? end + 1 : end;
    }

    private static void readArray(JsonParser p, RawBars.Builder b, String[] names) throws IOException {
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = p.currentTokenLocation().getLineNr();
            JsonNode n = MAPPER.readTree(p);
            String where = "candle #" + index++;
            long time = Long.MIN_VALUE;
            String bad = null;
            JsonNode tn = n.get(names[0]);
            if (tn != null && (tn.isNumber() || tn.isTextual())) {
                try {
                    TimeParsing.Stamp s = TimeParsing.parse(tn.asText(), java.time.ZoneOffset.UTC);
                    time = s.dateOnly() ? s.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli() : s.millis();
                    if (names == TA4J && tn.isNumber()) time = tn.asLong(); // always milliseconds
                } catch (IllegalArgumentException e) {
                    bad = names[0];
                }
            } else {
                bad = names[0];
            }
            double[] v = new double[5];
            for (int k = 0; k < 5; k++) {
                JsonNode f = n.get(names[k + 1]);
                v[k] = f == null ? Double.NaN : f.isNumber() ? f.doubleValue() : f.isTextual() ? parse(f.asText()) : Double.NaN;
                if (Double.isNaN(v[k]) && bad == null && !(f != null && f.asText().equalsIgnoreCase("nan"))) bad = names[k + 1];
            }
            b.add(line, time, v[0], v[1], v[2], v[3], v[4]);
            if (bad != null) {
                JsonNode f = n.get(bad);
                b.unparsable(line, bad, where + ": " + (f == null ? "missing" : "cannot read '" + f.asText() + "'"), true);
            }
        }
    }

    private static double parse(String s) {
        try {
            return s.isBlank() ? Double.NaN : Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
