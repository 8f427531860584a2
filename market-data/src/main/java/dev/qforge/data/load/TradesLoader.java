package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads trade ticks ({@code timestamp,price,amount}, epoch seconds or milliseconds or an ISO time) and
 * aggregates them into bars: open = first trade, high/low = max/min price, close = last trade, volume =
 * sum of amounts. Trades are taken in time order (file order among equal stamps). An intraday bucket is
 * {@code [k * tf, (k+1) * tf)} in epoch time and the bar is stamped at the bucket's end; daily and weekly
 * buckets follow the instrument's calendar date (weeks start on Monday). Buckets without a trade make no
 * bar. The default timeframe is 1 minute. A trade line that does not parse is reported and skipped.
 */
public final class TradesLoader {

    private TradesLoader() {
    }

    static RawBars load(SourceText src, Instrument instrument, Timeframe tf) {
        Timeframe frame = tf == null ? Timeframe.M1 : tf;
        List<String> lines = src.lines();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        String delim = CsvLoader.delimiter(lines.get(first));
        String[] header = CsvLoader.split(lines.get(first), delim);
        int tc = -1, pc = -1, ac = -1;
        for (int i = 0; i < header.length; i++) {
            String h = TimeParsing.unquote(header[i]).toLowerCase(Locale.ROOT);
            if (tc < 0 && (h.equals("timestamp") || h.equals("time") || h.equals("date") || h.equals("datetime"))) tc = i;
            if (pc < 0 && h.equals("price")) pc = i;
            if (ac < 0 && (h.equals("amount") || h.equals("volume") || h.equals("size") || h.equals("qty") || h.equals("quantity"))) ac = i;
        }
        if (tc < 0 || pc < 0 || ac < 0) {
            throw new NotMarketDataException(src.name(), "expected a trades header 'timestamp,price,amount', found '" + lines.get(first).trim() + "'");
        }
        int n = 0;
        long[] t = new long[lines.size()], ln = new long[lines.size()];
        double[] p = new double[lines.size()], a = new double[lines.size()];
        RawBars.Builder b = RawBars.builder(src.name(), instrument);
        int needed = Math.max(tc, Math.max(pc, ac)) + 1;
        for (int i = first + 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) continue;
            String[] f = CsvLoader.split(text, delim);
            long line = i + 1;
            if (f.length < needed) {
                b.unparsable(line, header[Math.min(f.length, header.length - 1)].trim(), "row has " + f.length + " fields, expected " + needed, false).skipLine();
                continue;
            }
            long time;
            try {
                TimeParsing.Stamp s = TimeParsing.parse(f[tc], instrument.exchangeZone());
                time = s.dateOnly() ? BarStamps.ofDate(s.date(), instrument) : s.millis();
            } catch (IllegalArgumentException e) {
                b.unparsable(line, header[tc].trim(), e.getMessage(), false).skipLine();
                continue;
            }
            double price = CsvLoader.num(f, pc), amount = CsvLoader.num(f, ac);
            if (Double.isNaN(price) || Double.isNaN(amount)) {
                int bad = Double.isNaN(price) ? pc : ac;
                b.unparsable(line, header[bad].trim(), "not a number: '" + f[bad].trim() + "'", false).skipLine();
                continue;
            }
            t[n] = time; ln[n] = line; p[n] = price; a[n] = amount;
            n++;
        }
        if (n == 0) throw new NotMarketDataException(src.name(), "a trades header but no trades");
        int[] order = timeOrder(t, n);
        long bucket = Long.MIN_VALUE;
        long line0 = 0;
        double o = 0, h = 0, l = 0, c = 0, v = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            long end = bucketEnd(t[i], frame, instrument);
            if (end != bucket) {
                if (bucket != Long.MIN_VALUE) b.add(line0, bucket, o, h, l, c, v);
                bucket = end;
                line0 = ln[i];
                o = h = l = p[i];
                v = 0;
            }
            h = Math.max(h, p[i]);
            l = Math.min(l, p[i]);
            c = p[i];
            v += a[i];
        }
        b.add(line0, bucket, o, h, l, c, v);
        return b.build(frame);
    }

    /** End (close stamp) of the bucket that holds a trade at {@code t}. */
    static long bucketEnd(long t, Timeframe tf, Instrument instrument) {
        if (tf.isIntraday()) return Math.floorDiv(t, tf.millis()) * tf.millis() + tf.millis();
        LocalDate d = Instant.ofEpochMilli(t).atZone(instrument.session().zone()).toLocalDate();
        if (tf == Timeframe.W1) d = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return BarStamps.fromPeriodStart(d, tf, instrument);
    }

    private static int[] timeOrder(long[] t, int n) {
        int[] idx = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            if (i > 0 && t[i] < t[i - 1]) sorted = false;
        }
        if (sorted) return idx;
        return Arrays.stream(idx).boxed().sorted((x, y) -> Long.compare(t[x], t[y])).mapToInt(Integer::intValue).toArray();
    }
}
