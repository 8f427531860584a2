package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a source into {@link RawBars} with the loader for its format ({@link DataFormat#AUTO} detects
 * it from the content; gzip is recognised by its magic bytes). The symbol defaults to one derived from
 * the file name ({@link SourceNames}), the instrument to {@link Instrument#guess} of the symbol. No
 * validation happens here; see {@code dev.qforge.data.validate.Validator}.
 */
public final class Loaders {

    private Loaders() {
    }

    public static RawBars read(Path path, LoadOptions options) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(path + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
        }
        return read(SourceText.of(path.toString(), bytes), path.getFileName().toString(), options);
    }

    /** Reads {@code in} (closed afterwards); {@code name} names the source in messages and gives the default symbol. */
    public static RawBars read(String name, InputStream in, LoadOptions options) {
        return read(SourceText.of(name, in), name, options);
    }

    public static RawBars read(String name, byte[] content, LoadOptions options) {
        return read(SourceText.of(name, content), name, options);
    }

    static RawBars read(SourceText src, String fileName, LoadOptions options) {
        LoadOptions o = options == null ? LoadOptions.auto() : options;
        Instrument instrument = o.instrument();
        if (instrument == null) {
            String symbol = o.symbol() != null ? o.symbol() : SourceNames.symbolOf(fileName);
            instrument = Instrument.guess(symbol);
        } else if (o.symbol() != null && !o.symbol().equals(instrument.symbol())) {
            throw new IllegalArgumentException(src.name() + ": symbol " + o.symbol() + " differs from the instrument's " + instrument.symbol());
        }
        DataFormat format = o.format() == null || o.format() == DataFormat.AUTO ? FormatDetector.detect(src) : o.format();
        Timeframe tf = o.timeframe();
        return switch (format) {
            case CSV -> CsvLoader.load(src, instrument, tf);
            case ALPHAVANTAGE -> AlphaVantageLoader.load(src, instrument, tf);
            case BINANCE -> BinanceLoader.load(src, instrument, tf);
            case NINJATRADER -> new NinjaTraderLoader().load(src, instrument, tf);
            case JSON_CANDLES -> JsonCandlesLoader.load(src, instrument, tf);
            case TRADES -> TradesLoader.load(src, instrument, tf);
            case AUTO -> throw new IllegalStateException("unreachable");
        };
    }
}
