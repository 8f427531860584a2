package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads NinjaTrader text exports: {@code yyyyMMdd HHmmss;open;high;low;close;volume} (minute bars) or
 * {@code yyyyMMdd;open;high;low;close;volume} (daily bars), no header.
 *
 * <p>Assumptions, checked against the SPY files of PyAlgoTrade: NinjaTrader stamps a bar at its
 * <em>end</em>, so {@code 143100} is the minute 14:30-14:31 and is taken as the close stamp as it is;
 * and the export is in <b>UTC</b> (PyAlgoTrade's reader says "the exported data will be in the UTC time
 * zone"; in those files the opening-auction volume falls in the 14:31 bar in January and in the 13:31
 * bar after the US switch to daylight time, i.e. 09:31 New York both times). A different zone can be
 * given to {@link #NinjaTraderLoader(ZoneId)}. Daily rows are stamped at the session close of the date.
 */
public final class NinjaTraderLoader {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuuMMdd HHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String[] COLUMNS = {"time", "open", "high", "low", "close", "volume"};
    private final ZoneId zone;

    public NinjaTraderLoader() {
        this(ZoneOffset.UTC);
    }

    public NinjaTraderLoader(ZoneId zone) {
        this.zone = zone;
    }

    /** Reads {@code path} (gzip allowed) with this loader's zone; {@code tf} may be null. */
    public RawBars read(java.nio.file.Path path, Instrument instrument, Timeframe tf) {
        try {
            return load(SourceText.of(path.toString(), java.nio.file.Files.readAllBytes(path)), instrument, tf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    RawBars load(SourceText src, Instrument instrument, Timeframe tf) {
        RawBars.Builder b = RawBars.builder(src.name(), instrument);
        List<String> lines = src.lines();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).trim();
            if (text.isEmpty()) continue;
            long line = i + 1;
            String[] f = text.split(";", -1);
            if (i == 0 && !f[0].matches("\\d{8}( \\d{6})?")) {
                throw new NotMarketDataException(src.name(), "expected NinjaTrader rows 'yyyyMMdd HHmmss;open;high;low;close;volume', found '"
                        + src.preview() + "'");
            }
            if (f.length < COLUMNS.length) {
                b.add(line, Long.MIN_VALUE, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
                b.unparsable(line, COLUMNS[f.length], "row has " + f.length + " fields, expected 6", true);
                continue;
            }
            long time = Long.MIN_VALUE;
            try {
                time = f[0].length() == 8 ? BarStamps.ofDate(LocalDate.parse(f[0], DAY), instrument)
                        : LocalDateTime.parse(f[0], MINUTE).atZone(zone).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                // reported below
            }
            double[] v = new double[5];
            for (int k = 0; k < 5; k++) v[k] = CsvLoader.num(f, k + 1);
            b.add(line, time, v[0], v[1], v[2], v[3], v[4]);
            if (time == Long.MIN_VALUE) b.unparsable(line, "time", "cannot read 'yyyyMMdd HHmmss' from '" + f[0] + "'", true);
            for (int k = 0; k < 5; k++) {
                if (Double.isNaN(v[k]) && !f[k + 1].trim().equalsIgnoreCase("nan")) {
                    b.unparsable(line, COLUMNS[k + 1], "not a number: '" + f[k + 1].trim() + "'", true);
                }
            }
        }
        if (b.size() == 0) throw new NotMarketDataException(src.name(), "no data rows");
        return b.build(tf);
    }
}
