package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.TradingSession;
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
        return load(src, instrument, tf, meaning, true);
    }

    /** {@code fastRows} false reads every row with the general parsers only (tests compare both). */
    static RawBars load(SourceText src, Instrument instrument, Timeframe tf, TimeMeaning meaning, boolean fastRows) {
        String all = src.text();
        Lines lines = new Lines(all);
        while (lines.next() && lines.blank()) {
            // leading blank lines
        }
        if (lines.start < 0) throw new NotMarketDataException(src.name(), "the file holds only white space");
        String headerLine = lines.string();
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
        boolean opens = meaning == TimeMeaning.OPEN;
        List<Integer> dateOnlyRows = new ArrayList<>();
        List<java.time.LocalDate> dates = new ArrayList<>();
        FastRow fast = new FastRow(col, needed, delim.charAt(0), instrument.session());
        for (boolean more = headerless || lines.next(); more; more = lines.next()) {
            if (lines.blank()) continue;
            long line = lines.number;
            if (fastRows && fast.add(b, all, lines.start, lines.end, line)) {
                if (opens && fast.dateOnly) {
                    dateOnlyRows.add(b.size() - 1);
                    dates.add(java.time.LocalDate.ofEpochDay(fast.epochDay));
                }
                continue;
            }
            String text = lines.string();
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
            } else if (stamp.dateOnly() && opens) {
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

    /**
     * The lines of a text as {@link String#lines()} cuts them (terminators {@code \n}, {@code \r}, {@code \r\n}; no
     * empty line after a final terminator), as positions instead of strings.
     */
    static final class Lines {
        private final String text;
        private int pos;
        /** The current line: {@code text[start, end)}, its 1-based number; start is -1 before the first and after the last. */
        int start = -1, end;
        long number;

        Lines(String text) {
            this.text = text;
        }

        boolean next() {
            int n = text.length();
            if (pos >= n) {
                start = -1;
                return false;
            }
            int i = pos;
            while (i < n) {
                char ch = text.charAt(i);
                if (ch == '\n' || ch == '\r') break;
                i++;
            }
            start = pos;
            end = i;
            number++;
            if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
            pos = i + 1;
            return true;
        }

        /** {@link String#isBlank()} of the current line. */
        boolean blank() {
            for (int i = start; i < end; i++) {
                char ch = text.charAt(i);
                if (ch != ' ' && ch != '\t' && !Character.isWhitespace(ch)) return false;
            }
            return true;
        }

        String string() {
            return text.substring(start, end);
        }
    }

    /**
     * The row parser for the common case, without strings: a {@code yyyy-MM-dd} date column (stamped at the memoised
     * session close) and plain decimals ({@link FastParse#decimal}). It adds a row only when every field it reads takes
     * its fast path, so that the row is exactly what the general code makes of it; otherwise it adds nothing and the
     * general code reads the row (and reports what is wrong with it).
     */
    private static final class FastRow {
        private final int[] col;
        private final int needed;
        private final char delim;
        private final TradingSession session;
        private final int[] from, to;
        /** Whether the last row added was date-only (always, when added) and its epoch day. */
        boolean dateOnly;
        long epochDay;

        FastRow(int[] col, int needed, char delim, TradingSession session) {
            this.col = col;
            this.needed = needed;
            this.delim = delim;
            this.session = session;
            this.from = new int[needed];
            this.to = new int[needed];
        }

        boolean add(RawBars.Builder b, String s, int start, int end, long line) {
            if (col[TM] >= 0) return false;
            int k = 0, f = start;
            for (int i = start; i < end && k < needed; i++) {
                if (s.charAt(i) == delim) {
                    from[k] = f;
                    to[k++] = i;
                    f = i + 1;
                }
            }
            if (k < needed) {
                if (k != needed - 1) return false; // too few fields
                from[k] = f;
                to[k] = end;
            }
            int tc = col[T] >= 0 ? col[T] : col[D];
            if (!unquote(s, tc)) return false;
            long day = FastParse.isoEpochDay(s, from[tc], to[tc]);
            if (day == -1) return false;
            double close = num(s, col[C]);
            if (Double.isNaN(close)) return false;
            double open = close, high = close, low = close, vol = 0, adj = Double.NaN;
            if (col[O] >= 0 && Double.isNaN(open = num(s, col[O]))) return false;
            if (col[H] >= 0 && Double.isNaN(high = num(s, col[H]))) return false;
            if (col[L] >= 0 && Double.isNaN(low = num(s, col[L]))) return false;
            if (col[V] >= 0 && Double.isNaN(vol = num(s, col[V]))) return false;
            if (col[A] >= 0 && Double.isNaN(adj = num(s, col[A]))) return false;
            b.add(line, BarStamps.closeOfDay(session, day), open, high, low, close, vol, adj);
            dateOnly = true;
            epochDay = day;
            return true;
        }

        private double num(String s, int c) {
            return unquote(s, c) ? FastParse.decimal(s, from[c], to[c]) : Double.NaN;
        }

        /** Narrows field {@code c} as {@link TimeParsing#unquote} does: trim, strip one pair of matching quotes, trim. */
        private boolean unquote(String s, int c) {
            int a = from[c], z = to[c];
            while (a < z && s.charAt(a) <= ' ') a++;
            while (z > a && s.charAt(z - 1) <= ' ') z--;
            if (z - a >= 2) {
                char q = s.charAt(a);
                if ((q == '"' || q == '\'') && s.charAt(z - 1) == q) {
                    a++;
                    z--;
                    while (a < z && s.charAt(a) <= ' ') a++;
                    while (z > a && s.charAt(z - 1) <= ' ') z--;
                }
            }
            from[c] = a;
            to[c] = z;
            return true;
        }
    }
}
