package dev.qforge.distributed;

import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.run.RunSpec;
import dev.qforge.backtest.sweep.MetricObjective;
import dev.qforge.backtest.sweep.ParamGrid;
import dev.qforge.backtest.sweep.SweepPoint;
import dev.qforge.backtest.sweep.SweepResult;
import dev.qforge.backtest.sweep.SweepRunner;
import dev.qforge.backtest.sweep.WalkForward;
import dev.qforge.backtest.sweep.WalkForwardResult;
import dev.qforge.data.BarSeries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sweeps on Spark local[2] against the in-process runner on the same grid and the same files. */
class SparkSweepRunnerTest {

    @TempDir
    static Path dir;

    static SparkEngine spark;
    static List<BarSeries> data;
    static DataRef ref;

    @BeforeAll
    static void start() {
        SparkTestData.writeDaily(dir, 2, 600, 42);
        List<Path> files = List.of(dir.resolve("S0.csv"), dir.resolve("S1.csv"));
        data = SparkTestData.load(files);
        ref = DataRef.of(files.stream().map(Path::toString).toList(), "reject", data);
        // local[2,2]: two task slots, and a failed task is tried twice (local mode otherwise tries once)
        spark = SparkEngine.start("local[2,2]");
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    private static final RunSpec SPEC = RunSpec.of("sma-cross", Map.of(), List.of());
    private static final MetricObjective SHARPE = new MetricObjective("sharpe", 0);

    private static SweepResult local(ParamGrid g, Function<Map<String, Object>, Strategy> factory) {
        return new SweepRunner(SPEC.toConfig()).withThreads(2).run(data, g, factory, SHARPE);
    }

    /** Every field but the wall time, so that two sweeps can be compared point by point. */
    private static List<Object> fields(SweepPoint p) {
        return List.of(p.index(), p.params(), p.status(), Double.doubleToRawLongBits(p.score()), Double.doubleToRawLongBits(p.finalEquity()),
                Double.doubleToRawLongBits(p.pnl()), p.fills(), String.valueOf(p.error()));
    }

    @Test
    void smaCrossGridEqualsTheLocalSweepPointByPointAndInRankOrder() {
        ParamGrid g = ParamGrid.parse("fast=2..30:4", "slow=5..50:5");
        StrategySource source = BuiltInStrategySource.builtIn("sma-cross", Map.of());
        List<int[]> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        SweepResult remote = new SparkSweepRunner(spark, SPEC).withPointsPerTask(7)
                .withProgress((done, total) -> steps.add(new int[]{done, total})).run(ref, g, source, SHARPE);
        SweepResult local = local(g, source.factory());
        // progress: one call per point, done rising 1..n, whichever order the tasks finished in
        assertThat(steps).hasSize(g.size());
        for (int i = 0; i < steps.size(); i++) assertThat(steps.get(i)).containsExactly(i + 1, g.size());

        assertThat(remote.size()).isEqualTo(g.size());
        assertThat(remote.inGridOrder().stream().map(SparkSweepRunnerTest::fields).toList())
                .isEqualTo(local.inGridOrder().stream().map(SparkSweepRunnerTest::fields).toList());
        assertThat(remote.ranked().stream().map(SweepPoint::index).toList()).isEqualTo(local.ranked().stream().map(SweepPoint::index).toList());
        // fast >= slow makes no sma-cross: counted here from the grid itself, each reported invalid with the reason
        long invalid = g.points().stream().filter(p -> (Integer) p.get("fast") >= (Integer) p.get("slow")).count();
        assertThat(invalid).isPositive();
        assertThat(remote.count(SweepPoint.Status.INVALID)).isEqualTo(invalid);
        assertThat(remote.errors()).allSatisfy(p -> assertThat(p.error()).contains("must be less than slow"));
        assertThat(remote.count(SweepPoint.Status.OK)).isEqualTo(g.size() - invalid);
        assertThat(remote.inGridOrder()).filteredOn(SweepPoint::ok).anySatisfy(p -> assertThat(p.fills()).isPositive());
    }

    @Test
    void walkForwardWithTrainSweepsOnSparkEqualsTheLocalWalkForward() {
        ParamGrid g = ParamGrid.parse("fast=3..15:4", "slow=10..40:10");
        StrategySource source = BuiltInStrategySource.builtIn("sma-cross", Map.of());
        SweepRunner runner = new SweepRunner(SPEC.toConfig()).withThreads(2);
        WalkForward wf = new WalkForward(runner, 200, 100).withPartialLast(true);
        WalkForwardResult local = wf.run(data, g, source.factory(), SHARPE);
        WalkForwardResult remote = wf.withWindowSweeper(new SparkWalkForward(new SparkSweepRunner(spark, SPEC), ref, source, SHARPE))
                .run(data, g, source.factory(), SHARPE);

        assertThat(local.windows()).hasSize(4); // 600 bars: tests at 200, 300, 400, 500
        assertThat(remote.windows()).isEqualTo(local.windows());
        assertThat(remote.time()).isEqualTo(local.time());
        assertThat(remote.equity()).isEqualTo(local.equity());
        assertThat(remote.windows().stream().map(w -> w.params()).distinct().count()).isGreaterThan(1);
    }

    @Test
    void aPointWhoseRunFailsIsReportedAndTheRestOfTheGridCompletes() {
        ParamGrid g = ParamGrid.parse("fast=2..10:2", "slow=20");
        StrategySource failsAtSix = new FailingAt(6);
        SweepResult remote = new SparkSweepRunner(spark, SPEC).withPointsPerTask(2).run(ref, g, failsAtSix, SHARPE);
        SweepResult local = local(g, failsAtSix.factory());

        assertThat(remote.inGridOrder().stream().map(SparkSweepRunnerTest::fields).toList())
                .isEqualTo(local.inGridOrder().stream().map(SparkSweepRunnerTest::fields).toList());
        assertThat(remote.errors()).singleElement().satisfies(p -> {
            assertThat(p.params()).containsEntry("fast", 6);
            assertThat(p.status()).isEqualTo(SweepPoint.Status.FAILED);
            assertThat(p.error()).contains("bad bar at fast=6");
        });
        assertThat(remote.count(SweepPoint.Status.OK)).isEqualTo(4);
    }

    @Test
    void aTaskThatFailsOnceIsRetriedBySparkAndTheSweepEqualsTheLocalOne() {
        ParamGrid g = ParamGrid.parse("fast=2..10:2", "slow=15..25:5");
        Path marker = dir.resolve("failed-once");
        SweepResult remote = new SparkSweepRunner(spark, SPEC).withPointsPerTask(3)
                .run(ref, g, new FailsOnce(marker.toString()), SHARPE);
        assertThat(marker).exists(); // the first attempt did fail
        SweepResult local = local(g, BuiltInStrategySource.builtIn("sma-cross", Map.of()).factory());
        assertThat(remote.inGridOrder().stream().map(SparkSweepRunnerTest::fields).toList())
                .isEqualTo(local.inGridOrder().stream().map(SparkSweepRunnerTest::fields).toList());
    }

    @Test
    void aTaskThatAlwaysFailsFailsTheSweepWithItsCauseAfterTheRetries() {
        ParamGrid g = ParamGrid.parse("fast=2..4:2", "slow=20");
        assertThatThrownBy(() -> new SparkSweepRunner(spark, SPEC).run(ref, g, new FailsOnce(null), SHARPE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Spark sweep failed")
                .hasMessageContaining("executor lost its disk");
    }

    @Test
    void executorsRefuseDataThatDifferFromTheDriversWithTheSymbol() {
        DataRef wrong = new DataRef(ref.refs(), "reject", ref.symbols(), ref.firstTimes(), ref.lastTimes(),
                List.of(ref.fingerprints().get(0), "not-the-same"));
        assertThatThrownBy(() -> DataRefLoader.read(wrong)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("S1").hasMessageContaining("other bars than the driver");
        assertThat(DataRefLoader.read(ref)).containsExactlyElementsOf(data);
        // the driver may hand its own series to executors in its JVM, but only the referenced ones
        assertThatThrownBy(() -> DataRefLoader.seed(ref, List.of(data.get(1), data.get(0)))).hasMessageContaining("not the referenced ones");
    }

    @Test
    void aFolderReferenceReadsTheFolderAsTheDriverDidWindowedToTheDriversBars() throws IOException {
        Path folder = dir.resolve("folder");
        SparkTestData.writeDaily(folder, 3, 300, 7);
        Files.writeString(folder.resolve("README.md"), "# not data\n");
        Files.writeString(folder.resolve("constituents.csv"), "Symbol,Name,Sector\nS0,Zero,Tech\n");
        // the driver used S2 and S0, cut to bars 20..249: the executor must hand back exactly those
        List<BarSeries> all = SparkTestData.load(List.of(folder.resolve("S2.csv"), folder.resolve("S0.csv")));
        List<BarSeries> used = all.stream().map(x -> x.slice(20, 250)).toList();
        DataRef folderRef = DataRef.of(List.of(folder.toString()), "reject", used);
        List<BarSeries> read = DataRefLoader.read(folderRef);
        assertThat(read).extracting(BarSeries::symbol).containsExactly("S2", "S0");
        assertThat(read).extracting(BarSeries::size).containsExactly(230, 230);
        assertThat(read.get(0).firstTime()).isEqualTo(all.get(0).time(20));
        assertThat(read).containsExactlyElementsOf(used);
    }

    @Test
    void badReferencesAndOptionsFailOnTheDriverNamingThem() {
        assertThatThrownBy(() -> DataRef.of(List.of("AAPL"), "reject", data)).hasMessageContaining("'AAPL'").hasMessageContaining("export");
        assertThatThrownBy(() -> BuiltInStrategySource.builtIn("no-such-strategy", Map.of())).hasMessageContaining("no-such-strategy");
        assertThatThrownBy(() -> SparkEngine.checkMaster("localhost:7077")).hasMessageContaining("'localhost:7077'")
                .hasMessageContaining("spark://HOST:PORT");
        SparkEngine.checkMaster("local[2,3]");
        SparkEngine.checkMaster("spark://host:7077");
        // a quoted --master " local[2]" passes the check, so the session must get the trimmed URL (Spark cannot parse the other)
        assertThat(SparkEngine.conf(" local[2] ").get("spark.master")).isEqualTo("local[2]");
    }

    /** sma-cross, except that a run with {@code fast == bad} throws from onBar (a strategy bug for that point). */
    record FailingAt(int bad) implements StrategySource {
        @Override
        public Function<Map<String, Object>, Strategy> factory() {
            Function<Map<String, Object>, Strategy> sma = BuiltInStrategySource.builtIn("sma-cross", Map.of()).factory();
            return p -> {
                Strategy s = sma.apply(p);
                if (!p.get("fast").toString().equals(Integer.toString(bad))) return s;
                return ctx -> {
                    throw new IllegalStateException("bad bar at fast=" + bad);
                };
            };
        }

        @Override
        public String label() {
            return "failing sma-cross";
        }
    }

    /**
     * sma-cross, but the first task to start fails as an executor would (not a point's fault): it creates the
     * marker file and throws. A null marker fails every attempt.
     */
    record FailsOnce(String marker) implements StrategySource {
        @Override
        public Function<Map<String, Object>, Strategy> factory() {
            if (marker == null) throw new UncheckedIOException(new IOException("executor lost its disk"));
            try {
                Files.createFile(Path.of(marker));
                throw new UncheckedIOException(new IOException("executor lost its disk (once)"));
            } catch (FileAlreadyExistsException e) {
                return BuiltInStrategySource.builtIn("sma-cross", Map.of()).factory();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String label() {
            return "sma-cross failing once";
        }
    }

    /**
     * The spark-submit main records its sweep in the run database as {@code qforge sweep} does: one run of kind
     * sweep whose points, in grid order, carry the in-process sweep's scores; and it writes the same points as CSV.
     */
    @Test
    void sparkSubmitMainRecordsTheSweepInTheRunDatabase() throws IOException {
        ParamGrid g = ParamGrid.parse("fast=2..10:4", "slow=5..20:5");
        Path db = dir.resolve("submit-db");
        Path csv = dir.resolve("points.csv");
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        SparkSubmitMain.run(new String[]{"sweep", "--strategy", "sma-cross", "--data", dir.resolve("S0.csv") + "," + dir.resolve("S1.csv"),
                "--grid", "fast=2..10:4", "--grid", "slow=5..20:5", "--db", db.toString(), "--out", csv.toString()},
                new java.io.PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
        SweepResult local = local(g, BuiltInStrategySource.builtIn("sma-cross", Map.of()).factory());
        try (dev.qforge.data.store.Database d = dev.qforge.data.store.Database.open(db.toString())) {
            dev.qforge.backtest.run.RunStore store = new dev.qforge.backtest.run.RunStore(d);
            List<dev.qforge.backtest.run.RunRecord> runs = store.list(10);
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).kind()).isEqualTo("sweep");
            assertThat(text.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("sweep run " + runs.get(0).id() + ":");
            List<dev.qforge.backtest.run.RunPoint> points = store.points(runs.get(0).id());
            assertThat(points).hasSize(g.size());
            assertThat(points).anyMatch(pt -> Double.isFinite(pt.score())).anyMatch(pt -> pt.error() != null); // scored and invalid points
            List<SweepPoint> expected = local.inGridOrder();
            for (int i = 0; i < g.size(); i++) {
                assertThat(points.get(i).params()).isEqualTo(expected.get(i).params());
                assertThat(Double.valueOf(points.get(i).score())).isEqualTo(Double.valueOf(expected.get(i).score())); // NaN for invalid points
            }
        }
        assertThat(Files.readAllLines(csv)).hasSize(g.size() + 1);
    }
}
