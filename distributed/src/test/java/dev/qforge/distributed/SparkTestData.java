package dev.qforge.distributed;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.MarketData;
import dev.qforge.data.Timeframe;
import dev.qforge.data.export.CsvBarWriter;
import dev.qforge.data.synth.GbmGenerator;
import dev.qforge.data.validate.Policy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Daily GBM bar files on disk, the way a user's data reach executors: as paths. */
final class SparkTestData {

    private SparkTestData() {
    }

    /** Writes {@code n} daily series of {@code bars} bars (symbols S0, S1, ...) as CSV files into {@code dir}. */
    static Path writeDaily(Path dir, int n, int bars, long seed) {
        for (int i = 0; i < n; i++) {
            BarSeries s = GbmGenerator.of(0.08, 0.3).generate(Instrument.usEquity("S" + i), Timeframe.D1, LocalDate.of(2015, 1, 2),
                    bars, 50 + 10 * i, seed + i);
            CsvBarWriter.write(s, dir.resolve("S" + i + ".csv"));
        }
        return dir;
    }

    /** The series of a file as the driver loads them. */
    static List<BarSeries> load(List<Path> files) {
        List<BarSeries> out = new ArrayList<>();
        for (Path f : files) out.add(MarketData.load(f, null, Policy.REJECT).series());
        return out;
    }
}
