package dev.qforge.bench;

import dev.qforge.backtest.run.RunSpec;
import dev.qforge.backtest.sweep.MetricObjective;
import dev.qforge.backtest.sweep.SweepPoint;
import dev.qforge.backtest.sweep.SweepResult;
import dev.qforge.backtest.sweep.SweepRunner;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.MarketData;
import dev.qforge.data.Timeframe;
import dev.qforge.data.export.CsvBarWriter;
import dev.qforge.data.synth.GbmGenerator;
import dev.qforge.data.validate.Policy;
import dev.qforge.distributed.BuiltInStrategySource;
import dev.qforge.distributed.DataRef;
import dev.qforge.distributed.SparkEngine;
import dev.qforge.distributed.SparkOverhead;
import dev.qforge.distributed.SparkSweepRunner;
import dev.qforge.distributed.StrategySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code qforge bench spark}: one sma-cross grid (valid pairs of {@code fast=5..50:1 x slow=20..300:5}, 2,510 points by
 * default) over one daily series in a file, swept by the in-process {@link SweepRunner} on {@code --threads} threads and
 * by Spark on {@code --master} in the same JVM, interleaved, medians of {@code -r} runs after a warm-up of both on the first
 * 200 points.
 * Prints points/s of each side, their ratio, Spark's overhead per task (an empty job of the same shape, and the
 * difference of the two wall times), checks that every point agrees, and models the wall time on N executors.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Sweep one grid in-process and on Spark (same data, same JVM): points/s, ratio, overhead per task, scaling model.")
public final class SparkBench implements Callable<Integer> {

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--threads", defaultValue = "2", description = "in-process sweep threads (default ${DEFAULT-VALUE}, the task slots of local[2]).")
    int threads;

    @Option(names = "--bars", defaultValue = "1260", description = "daily bars of the series (default ${DEFAULT-VALUE}, five years).")
    int bars;

    @Option(names = "--fast", defaultValue = "5..50", description = "fast SMA lengths FROM..TO, step 1 (default ${DEFAULT-VALUE}).")
    String fast;

    @Option(names = "--slow", defaultValue = "20..300", description = "slow SMA lengths FROM..TO, step 5 (default ${DEFAULT-VALUE}).")
    String slow;

    @Option(names = {"-r", "--repetitions"}, defaultValue = "3", description = "measured runs per side, median shown (default ${DEFAULT-VALUE}).")
    int repetitions;

    /** Tasks of the empty job that measures the cost of one task against the cost of one job. */
    static final int PROBE_TASKS = 64;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        List<Map<String, Object>> points = grid(fast, 1, slow, 5);
        if (points.size() < 200 || bars < 400 || threads < 1 || repetitions < 1) {
            out.println("need a grid of at least 200 valid points, --bars >= 400, --threads >= 1 and -r >= 1; got " + points.size() + " points");
            return 2;
        }
        Path dir = Files.createTempDirectory("qforge-spark-bench");
        Path file = dir.resolve("BENCH.csv");
        BarSeries s = GbmGenerator.of(0.06, 0.25).generate(Instrument.usEquity("BENCH"), Timeframe.D1, LocalDate.of(2015, 1, 2), bars, 100, 7);
        CsvBarWriter.write(s, file);
        try {
            return run(file, points);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private int run(Path file, List<Map<String, Object>> points) {
        List<BarSeries> data = List.of(MarketData.load(file, null, Policy.REJECT).series());
        DataRef ref = DataRef.of(List.of(file.toString()), "reject", data);
        RunSpec spec = RunSpec.of("sma-cross", Map.of(), List.of(file.toString()));
        MetricObjective objective = new MetricObjective("sharpe", 0);
        StrategySource source = BuiltInStrategySource.builtIn("sma-cross", Map.of());
        SweepRunner local = new SweepRunner(spec.toConfig()).withThreads(threads);
        out.printf(Locale.ROOT, "qforge spark benchmark: sma-cross over %,d valid points (fast=%s:1 x slow=%s:5, fast < slow), %,d daily bars, "
                + "in-process on %d threads vs Spark %s%n", points.size(), fast, slow, bars, threads, master);
        out.println(Runs.machine());
        try (SparkEngine spark = SparkEngine.start(master)) {
            SparkSweepRunner remote = new SparkSweepRunner(spark, spec);
            List<Map<String, Object>> warm = points.subList(0, 200);
            local.run(data, warm, source.factory(), objective);
            remote.run(ref, warm, source, objective);
            SparkOverhead.emptyJobSeconds(spark, 200, remote.tasks(200), 2);

            double[] localT = new double[repetitions], sparkT = new double[repetitions];
            double[] oneTask = new double[repetitions], manyTasks = new double[repetitions];
            SweepResult a = null, b = null;
            int tasks = remote.tasks(points.size());
            for (int r = 0; r < repetitions; r++) { // sides interleaved, so that load from elsewhere hits both alike
                long t0 = System.nanoTime();
                a = local.run(data, points, source.factory(), objective);
                localT[r] = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                b = remote.run(ref, points, source, objective);
                sparkT[r] = (System.nanoTime() - t0) / 1e9;
                oneTask[r] = SparkOverhead.emptyJobSeconds(spark, points.size(), 1, 2);
                manyTasks[r] = SparkOverhead.emptyJobSeconds(spark, points.size(), PROBE_TASKS, 2);
            }
            double localS = median(localT), sparkS = median(sparkT), fixed = median(oneTask), probe = median(manyTasks);
            int slots = spark.parallelism();
            double work = b.inGridOrder().stream().mapToLong(p -> p.elapsed().toNanos()).sum() / 1e9; // executor time in backtests
            int agree = 0;
            for (int i = 0; i < points.size(); i++) agree += same(a.inGridOrder().get(i), b.inGridOrder().get(i)) ? 1 : 0;

            out.printf(Locale.ROOT, "%-34s %10.2f s %12.0f points/s%n", "in-process (" + threads + " threads)", localS, points.size() / localS);
            out.printf(Locale.ROOT, "%-34s %10.2f s %12.0f points/s%n", "Spark " + spark.master() + " (" + slots + " slots, " + tasks + " tasks)",
                    sparkS, points.size() / sparkS);
            out.printf(Locale.ROOT, "ratio Spark / in-process: %.2f (points/s)%n", localS / sparkS);
            // a task's cost: the empty job's wall grows by o / slots for each task added
            double perTaskEmpty = Math.max(0, (probe - fixed) * slots / (PROBE_TASKS - 1));
            double perTaskDiff = (sparkS - localS) * slots / tasks;
            out.printf(Locale.ROOT, "Spark overhead: an empty job over the same %,d point rows costs %.3f s as 1 task and %.3f s as %d tasks: "
                    + "%.2f ms per task; the sweep's (Spark wall - in-process wall) x slots / tasks gives %.2f ms per task%n",
                    points.size(), fixed, probe, PROBE_TASKS, perTaskEmpty * 1e3, perTaskDiff * 1e3);
            out.printf(Locale.ROOT, "work: %.2f s of backtests summed over points (%.3f ms per point)%n", work, work * 1e3 / points.size());
            out.println("model T(N) = S + (W + k*o) / N with S = " + fmt(fixed) + " s, W = " + fmt(work) + " s, k = tasks, o = " + fmt(perTaskEmpty)
                    + " s (k = 4N tasks, as the runner chooses):");
            for (int n : new int[]{1, 2, 4, 8, 16, 32, 64, 128}) {
                double t = fixed + (work + 4.0 * n * perTaskEmpty) / n;
                out.printf(Locale.ROOT, "  N=%-4d T=%8.2f s  %10.0f points/s  speed-up vs N=1 %.1fx%n", n, t, points.size() / t,
                        (fixed + (work + 4.0 * perTaskEmpty)) / t);
            }
            out.printf(Locale.ROOT, "%d of %d points agree (status, score, equity, pnl, fills)%s%n", agree, points.size(),
                    agree == points.size() ? "" : "  !!! DISAGREEMENT !!!");
            out.printf(Locale.ROOT, "load average at the end: %s%n", Runs.load());
            return agree == points.size() ? 0 : 1;
        }
    }

    static double median(double[] v) {
        double[] c = v.clone();
        java.util.Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    static boolean same(SweepPoint x, SweepPoint y) {
        return x.index() == y.index() && x.status() == y.status() && Double.compare(x.score(), y.score()) == 0
                && Double.compare(x.finalEquity(), y.finalEquity()) == 0 && Double.compare(x.pnl(), y.pnl()) == 0 && x.fills() == y.fills();
    }

    /** Points {fast, slow} with fast < slow, fast varying slowest. */
    static List<Map<String, Object>> grid(String fast, int fastStep, String slow, int slowStep) {
        int[] f = range(fast, "--fast"), s = range(slow, "--slow");
        List<Map<String, Object>> out = new ArrayList<>();
        for (int a = f[0]; a <= f[1]; a += fastStep) {
            for (int b = s[0]; b <= s[1]; b += slowStep) {
                if (a >= b) continue;
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("fast", a);
                p.put("slow", b);
                out.add(p);
            }
        }
        return out;
    }

    private static int[] range(String text, String option) {
        String[] p = text.split("\\.\\.");
        try {
            if (p.length == 2) return new int[]{Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim())};
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException(option + " '" + text + "': expected FROM..TO, e.g. 5..50");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
