package dev.qforge.distributed;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.export.CsvBarWriter;
import dev.qforge.data.synth.GbmGenerator;
import dev.qforge.data.validate.Policy;
import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.io.ArrowFactorWriter;
import dev.qforge.factors.io.UniverseLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Alpha158 on Spark local[2] against the in-process factor engine over the same folder of files. */
class SparkFactorEngineTest {

    @TempDir
    static Path dir;

    static SparkEngine spark;
    static UniverseLoader.Universe universe;
    static UniverseRef ref;

    @BeforeAll
    static void start() {
        Path data = dir.resolve("universe");
        // 11 instruments with different first and last days, so that histories start and end inside the panel
        for (int i = 0; i < 11; i++) {
            BarSeries s = GbmGenerator.of(0.05, 0.25 + 0.02 * i).generate(Instrument.usEquity("U" + (char) ('A' + i)), Timeframe.D1,
                    LocalDate.of(2018, 1, 2).plusDays(9L * i), 260 - 7 * (i % 3), 30 + 5 * i, 100 + i);
            CsvBarWriter.write(s, data.resolve("U" + (char) ('A' + i) + ".csv"));
        }
        universe = UniverseLoader.load(data, Policy.DROP, null);
        ref = UniverseRef.of(List.of(data.toString()), "drop", universe);
        spark = SparkEngine.start("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    static List<Expression> alpha158() {
        List<Expression> out = new ArrayList<>();
        for (Alpha158.Feature f : Alpha158.features()) out.add(f.expression());
        out.add(Alpha158.label());
        return out;
    }

    /** Each expression's values in instrument-major order over the whole universe, from a block sink. */
    static long[][] collect(int k, int rows, int cols, java.util.function.Consumer<FactorEngine.BlockSink> run) {
        long[][] bits = new long[k][rows * cols];
        List<Integer> starts = new ArrayList<>();
        run.accept((c0, n, values) -> {
            starts.add(c0);
            for (int e = 0; e < k; e++) for (int i = 0; i < n * rows; i++) bits[e][c0 * rows + i] = Double.doubleToRawLongBits(values[e][i]);
        });
        assertThat(starts).doesNotHaveDuplicates();
        return bits;
    }

    @Test
    void alpha158ValuesEqualTheLocalEngineToTheLastBit() {
        List<Expression> exprs = alpha158();
        FactorData fd = new FactorData(universe.panel());
        int rows = fd.rows(), cols = fd.cols();
        long[][] local = collect(exprs.size(), rows, cols, sink -> new FactorEngine(fd, 2, 4).run(exprs, sink, null));
        long[][] remote = collect(exprs.size(), rows, cols, sink -> new SparkFactorEngine(spark, ref, fd, 3, 4).run(exprs, sink));
        for (int e = 0; e < exprs.size(); e++) {
            assertThat(remote[e]).as(exprs.get(e).text()).isEqualTo(local[e]);
        }
        // the comparison is not vacuous: most values are numbers, and the label is NaN where the future is unknown
        long finite = java.util.Arrays.stream(local[0]).filter(b -> Double.isFinite(Double.longBitsToDouble(b))).count();
        assertThat(finite).isGreaterThan((long) rows * cols / 2);
    }

    @Test
    void theArrowFileIsTheSameFileByteForByte() throws IOException {
        List<Expression> exprs = alpha158().subList(0, 20);
        List<String> names = exprs.stream().map(Expression::text).toList();
        FactorData fd = new FactorData(universe.panel());
        var p = universe.panel();
        Path a = dir.resolve("local.arrow"), b = dir.resolve("spark.arrow");
        try (ArrowFactorWriter w = new ArrowFactorWriter(a, p.times(), p.symbols(), names, true, Map.of("source", "test"))) {
            new FactorEngine(fd, 2, 4).run(exprs, (c0, n, v) -> w.add(c0, n, v, spans(fd, c0, n)[0], spans(fd, c0, n)[1]), null);
        }
        try (ArrowFactorWriter w = new ArrowFactorWriter(b, p.times(), p.symbols(), names, true, Map.of("source", "test"))) {
            new SparkFactorEngine(spark, ref, fd, 3, 4).run(exprs, (c0, n, v) -> w.add(c0, n, v, spans(fd, c0, n)[0], spans(fd, c0, n)[1]));
        }
        assertThat(Files.size(a)).isGreaterThan(10_000);
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    static int[][] spans(FactorData fd, int c0, int n) {
        int[] first = new int[n], last = new int[n];
        for (int c = 0; c < n; c++) {
            first[c] = fd.first(c0 + c);
            last[c] = fd.last(c0 + c);
        }
        return new int[][]{first, last};
    }

    @Test
    void crossSectionalFactorsRegroupedByDateEqualTheLocalEngineToTheLastBit() {
        List<Expression> exprs = List.of(Expression.parse("CSRank(Mean($close, 5) / $close)"), Expression.parse("$close / Ref($close, 1) - 1"),
                Expression.parse("CSZScore(Std($close, 10))"), Expression.parse("CSRank(Ref($close, 3))"));
        FactorData fd = new FactorData(universe.panel());
        int rows = fd.rows(), cols = fd.cols();
        List<int[]> localBlocks = new ArrayList<>(), remoteBlocks = new ArrayList<>();
        long[][] local = collect(exprs.size(), rows, cols, sink -> new FactorEngine(fd, 2, 4).run(exprs, (c0, n, v) -> {
            localBlocks.add(new int[]{c0, n});
            sink.accept(c0, n, v);
        }, null));
        long[][] remote = collect(exprs.size(), rows, cols, sink -> new SparkFactorEngine(spark, ref, fd, 3, 4).run(exprs, (c0, n, v) -> {
            remoteBlocks.add(new int[]{c0, n});
            sink.accept(c0, n, v);
        }));
        for (int e = 0; e < exprs.size(); e++) assertThat(remote[e]).as(exprs.get(e).text()).isEqualTo(local[e]);
        assertThat(remoteBlocks).containsExactlyElementsOf(localBlocks); // one block of every instrument, as locally
        // a rank is in (0, 1] on every date where an instrument has a value: checked here without either engine
        double[] close = universe.panel().matrix("close");
        for (int r = 10; r < rows; r += 37) {
            for (int c = 0; c < cols; c++) {
                double v = Double.longBitsToDouble(remote[3][c * rows + r]);
                boolean has = r >= 3 && !Double.isNaN(close[(r - 3) * cols + c]);
                if (has) assertThat(v).isGreaterThan(0).isLessThanOrEqualTo(1);
                else assertThat(v).isNaN();
            }
        }
    }

    @Test
    void otherCrossSectionalShapesAndOtherBarsAreRefusedWithReasons() {
        FactorData fd = new FactorData(universe.panel());
        assertThatThrownBy(() -> new SparkFactorEngine(spark, ref, fd, 3, 4).run(List.of(Expression.parse("Mean(CSRank($close), 5)")), (c0, n, v) -> { }))
                .hasMessageContaining("Mean(CSRank($close), 5)").hasMessageContaining("--engine local");
        UniverseRef other = new UniverseRef(ref.paths(), "drop", "0123");
        assertThatThrownBy(other::load).hasMessageContaining("other bars than the driver");
        assertThatThrownBy(() -> other.seed(universe)).hasMessageContaining("not the referenced one");
    }

    @Test
    void aUniverseGivenAsSeveralFoldersIsReadByExecutorsAsTheDriverReadIt() throws IOException {
        // the CLI's --data a,b with folders: the driver reads every bar file of each folder, in name order
        Path a = dir.resolve("two/a"), b = dir.resolve("two/b");
        Files.createDirectories(a);
        Files.createDirectories(b);
        List<BarSeries> series = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            BarSeries s = GbmGenerator.of(0.05, 0.3).generate(Instrument.usEquity("F" + i), Timeframe.D1, LocalDate.of(2019, 1, 2).plusDays(3L * i),
                    120, 40 + i, 500 + i);
            CsvBarWriter.write(s, (i < 3 ? a : b).resolve("F" + i + ".csv"));
            series.add(dev.qforge.data.MarketData.load((i < 3 ? a : b).resolve("F" + i + ".csv"), null, Policy.DROP).series());
        }
        Files.writeString(a.resolve("README.md"), "not market data");
        UniverseLoader.Universe u = UniverseLoader.of(series);
        UniverseRef two = UniverseRef.of(List.of(a.toString(), b.toString()), "drop", u);
        List<Expression> exprs = List.of(Expression.parse("Mean($close, 5) / $close"), Expression.parse("CSRank(Std($close, 10))"));
        FactorData fd = new FactorData(u.panel());
        long[][] local = collect(exprs.size(), fd.rows(), fd.cols(), sink -> new FactorEngine(fd, 2, 4).run(exprs, sink, null));
        long[][] remote = collect(exprs.size(), fd.rows(), fd.cols(), sink -> new SparkFactorEngine(spark, two, fd, 2, 4).run(exprs, sink));
        for (int e = 0; e < exprs.size(); e++) assertThat(remote[e]).as(exprs.get(e).text()).isEqualTo(local[e]);
    }
}
