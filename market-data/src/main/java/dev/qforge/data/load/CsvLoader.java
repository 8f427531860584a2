package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads generic OHLCV text tables: comma, semicolon or tab separated, header names matched
 * case-insensitively ({@code date}, {@code time}, {@code datetime}, {@code timestamp}, {@code open},
 * {@code high}, {@code low}, {@code close}, {@code volume}, {@code adj close}/{@code adj_close}/
 * {@code adjusted_close}); a headerless table whose first field is a date is read as
 * time, open, high, low, close[, volume].
 *
 * <p>Stamps: a date-only row is stamped at the instrument's session close of that date; a row with a
 * time of day is taken to be stamped at the bar's <em>close</em> (times without offset are in the
 * instrument's exchange zone). A close-only table gets open = high = low = close; a table without
 * volume gets volume 0 and no volume checks. A value that does not parse becomes NaN and is reported
 * as unparsable with its line and column.
 */
public final class CsvLoader {

    /** What a row's time stands for. */
    enum TimeMeaning { CLOSE, OPEN }

    private static final int T = 0, D = 1, TM = 2, O = 3, H = 4, L = 5, C = 6, V = 7, A = 8;

    private CsvLoader() {
    }

    static RawBars load(SourceText src, Instrument instrument, Timeframe tf) {
        return load(src, instrument, tf, TimeMeaning.CLOSE);
    }

    static RawBars load(SourceText src, Instrument instrument, Timeframe tf, TimeMeaning meaning) {
        List<String> lines = src.lines();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        if (first == lines.size()) throw new NotMarketDataException(src.name(), "the file holds only white space");
        String headerLine = lines.get(first);
        String delim = delimiter(headerLine);
        String[] header = split(headerLine, delim);
        int[] col = roles(header);
        boolean headerless = false;
        if (col[T] < 0 && col[D] < 0) {
            if (looksLikeTime(header[0], instrument) && header.length >= 5) {
                headerless = true;
                col = new int[] {0, -1, -1, 1, 2, 3, 4, header.length > 5 ? 5 : -1, -1};
                header = new String[] {"time", "open", "high", "low", "close", "volume"};
            } else {
                throw new NotMarketDataException(src.name(), "no date/time column in the first line: '" + src.preview() + "'");
            }
        }
        if (col[C] < 0) throw new NotMarketDataException(src.name(), "no close column in the header '" + headerLine.trim() + "'");
        RawBars.Builder b = RawBars.builder(src.name(), instrument);
        if (col[A] >= 0) b.withAdjClose();
        if (col[V] < 0) b.withoutVolume();
        int needed = 0;
        for (int c : col) needed = Math.max(needed, c + 1);
        List<Integer> dateOnlyRows = new ArrayList<>();
        List<java.time.LocalDate> dates = new ArrayList<>();
        for (int i = headerless ? first : first + 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) continue;
            long line = i + 1;
            String[] f = split(text, delim);
            if (f.length < needed) {
                b.add(line, Long.MIN_VALUE, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
                b.unparsable(line, header[Math.min(f.length, header.length - 1)],
                        "row has " + f.length + " fields, the header has " + header.length, true);
                continue;
            }
            long time = Long.MIN_VALUE;
            String timeName = header[col[T] >= 0 ? col[T] : col[D]];
            TimeParsing.Stamp stamp = null;
            try {
                stamp = col[T] >= 0 ? TimeParsing.parse(f[col[T]], instrument.exchangeZone())
                        : col[TM] >= 0 ? TimeParsing.parse(f[col[D]], f[col[TM]], instrument.exchangeZone())
                        : TimeParsing.parse(f[col[D]], instrument.exchangeZone());
                time = stamp.dateOnly() ? BarStamps.ofDate(stamp.date(), instrument) : stamp.millis();
            } catch (IllegalArgumentException e) {
                stamp = null;
            }
            double close = num(f, col[C]);
            double open = col[O] >= 0 ? num(f, col[O]) : close;
            double high = col[H] >= 0 ? num(f, col[H]) : close;
            double low = col[L] >= 0 ? num(f, col[L]) : close;
            double vol = col[V] >= 0 ? num(f, col[V]) : 0;
            double adj = col[A] >= 0 ? num(f, col[A]) : Double.NaN;
            b.add(line, time, open, high, low, close, vol, adj);
            if (stamp == null) {
                b.unparsable(line, timeName, "cannot read a date/time from '" + TimeParsing.unquote(f[col[T] >= 0 ? col[T] : col[D]]) + "'", true);
            } else if (stamp.dateOnly()) {
                dateOnlyRows.add(b.size() - 1);
                dates.add(stamp.date());
            }
            for (int r : new int[] {O, H, L, C, V, A}) {
                if (col[r] >= 0 && Double.isNaN(num(f, col[r])) && !isNanLiteral(f[col[r]])) {
                    b.unparsable(line, header[col[r]], "not a number: '" + TimeParsing.unquote(f[col[r]]) + "'", true);
                }
            }
        }
        if (b.size() == 0) throw new NotMarketDataException(src.name(), "a header but no data rows ('" + headerLine.trim() + "')");
        if (meaning == TimeMeaning.OPEN) toCloseStamps(b, instrument, tf, dateOnlyRows, dates);
        return b.build(meaning == TimeMeaning.OPEN ? inferred(b, tf) : tf);
    }

    /** Rows stamped at their open: re-stamp them at open + timeframe (the timeframe inferred from open times when not given). */
    private static void toCloseStamps(RawBars.Builder b, Instrument instrument, Timeframe tf,
                                      List<Integer> dateOnlyRows, List<java.time.LocalDate> dates) {
        Timeframe frame = inferred(b, tf);
        if (frame == null) frame = Timeframe.M1;
        int k = 0;
        for (int i = 0; i < b.size(); i++) {
            long t = b.time(i);
            if (t == Long.MIN_VALUE) continue;
            if (k < dateOnlyRows.size() && dateOnlyRows.get(k) == i) {
                b.setTime(i, BarStamps.fromPeriodStart(dates.get(k++), frame, instrument));
            } else {
                b.setTime(i, BarStamps.fromOpen(t, frame, instrument));
            }
        }
    }

    private static Timeframe inferred(RawBars.Builder b, Timeframe tf) {
        if (tf != null) return tf;
        long[] t = new long[b.size()];
        for (int i = 0; i < t.length; i++) t[i] = b.time(i);
        return TimeframeInference.infer(t);
    }

    private static boolean looksLikeTime(String s, Instrument instrument) {
        try {
            TimeParsing.parse(s, instrument.exchangeZone());
            return !TimeParsing.unquote(s).matches("-?\\d{1,7}(\\.\\d+)?"); // a small number is a price, not a time
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static double num(String[] f, int c) {
        String s = TimeParsing.unquote(f[c]);
        if (s.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean isNanLiteral(String s) {
        return TimeParsing.unquote(s).equalsIgnoreCase("nan");
    }

    static String delimiter(String header) {
        long commas = header.chars().filter(ch -> ch == ',').count();
        long semis = header.chars().filter(ch -> ch == ';').count();
        long tabs = header.chars().filter(ch -> ch == '\t').count();
        if (tabs > commas && tabs > semis) return "\t";
        return semis > commas ? ";" : ",";
    }

    static String[] split(String line, String delim) {
        char d = delim.charAt(0);
        java.util.List<String> out = new java.util.ArrayList<>(8);
        int from = 0;
        for (int i = line.indexOf(d); i >= 0; i = line.indexOf(d, from)) {
            out.add(line.substring(from, i));
            from = i + 1;
        }
        out.add(line.substring(from));
        return out.toArray(new String[0]);
    }

    /** Column index per role (-1 when absent), from header names. */
    static int[] roles(String[] header) {
        int[] col = {-1, -1, -1, -1, -1, -1, -1, -1, -1};
        for (int i = 0; i < header.length; i++) {
            String h = TimeParsing.unquote(header[i]).toLowerCase(Locale.ROOT).replace(' ', '_');
            int role = switch (h) {
                case "datetime", "timestamp", "date_time", "open_time", "start" -> T;
                case "date", "day" -> D;
                case "time" -> TM;
                case "open", "o" -> O;
                case "high", "h" -> H;
                case "low", "l" -> L;
                case "close", "c", "last", "price" -> C;
                case "volume", "vol", "v" -> V;
                case "adj_close", "adjusted_close", "adjclose", "adj._close" -> A;
                default -> -1;
            };
            if (role >= 0 && col[role] < 0) col[role] = i;
        }
        if (col[D] < 0 && col[T] < 0 && col[TM] >= 0) { // a lone "time" column holds the whole stamp
            col[T] = col[TM];
            col[TM] = -1;
        }
        if (col[T] >= 0 && col[TM] >= 0) col[TM] = -1;
        return col;
    }
}
