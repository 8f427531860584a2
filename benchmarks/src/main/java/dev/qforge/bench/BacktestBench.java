package dev.qforge.bench;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Side-by-side backtest benchmark ({@code qforge bench backtest}), in one run and one JVM, on synthetic data generated
 * outside every timing:
 * <ol>
 *   <li>single instrument ({@link SmaCrossComparison}): SMA(10/30) crossover, 10 shares, fills at the signal bar's close,
 *       no costs, on {@code --bars} one-minute GBM bars with prices on a 2^-16 grid: qforge's engine with the built-in
 *       {@code sma-cross} against ta4j's {@code BarSeriesManager} (DoubleNum, {@code TradeOnCurrentCloseModel}, its
 *       series built once outside the timing) and a bare array loop; bars/s and the ratios qforge/ta4j and
 *       qforge/bare-loop, and a check that all three book the same trades (and qforge the loop's realized PnL);</li>
 *   <li>cross-section ({@link TopkComparison}): TopK-Dropout (topk 50, nDrop 5, daily rebalancing) on
 *       {@code --instruments} x {@code --days} daily bars scored by the universe's planted factor: wall time, steps and
 *       fills, against a bare loop doing the same selection and equal-weight bookkeeping;</li>
 *   <li>sweep ({@link SweepComparison}): {@code --sweep-points} points of sma-cross over {@code --sweep-bars} bars with
 *       {@code SweepRunner} on {@code --threads} threads and on one: bar-evaluations/s (points x bars / seconds) and
 *       the parallel speed-up, against the bare loop over the same points, one after the other.</li>
 * </ol>
 * Each side first makes {@code --warmup-runs} warm-up runs, and more until they add up to {@code --warmup} seconds
 * (the first, cold run is reported apart, the others are discarded) and then {@code -r} measured runs, the sides interleaved; medians of the measured
 * runs are printed. A {@code System.gc()} precedes each measured run, outside the timing (see {@link Runs}). Timings are
 * wall-clock and never asserted in tests; the agreement between the sides is behaviour and is checked: the command
 * prints {@code !!! DISAGREEMENT !!!} and exits with 1 when any side books different trades.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Backtest engine throughput against ta4j and bare-loop peers: single-instrument SMA crossover, "
                + "a daily TopK-Dropout universe, and a parameter sweep.")
public final class BacktestBench implements Callable<Integer> {

    /** The parts of the benchmark, for {@code --only}. */
    public enum Part { SMA, TOPK, SWEEP }

    @Option(names = {"-r", "--repetitions"}, description = "measured repetitions after one warm-up run; medians are reported (default: ${DEFAULT-VALUE})")
    int repetitions = 5;

    @Option(names = "--warmup", description = "seconds of warm-up runs per side before measuring, past --warmup-runs; at most "
            + Runs.MAX_WARMUP_RUNS + " runs; the first, cold run is reported apart (default: ${DEFAULT-VALUE})")
    double warmup = 3;

    @Option(names = "--warmup-runs", description = "fewest warm-up runs per side, at least 1 (default: ${DEFAULT-VALUE})")
    int warmupRuns = 2;

    @Option(names = "--bars", description = "bars of the single-instrument series (default: ${DEFAULT-VALUE})")
    int bars = 1_000_000;

    @Option(names = "--instruments", description = "instruments of the TopK-Dropout universe (default: ${DEFAULT-VALUE})")
    int instruments = 500;

    @Option(names = "--days", description = "trading days of the TopK-Dropout universe (default: ${DEFAULT-VALUE})")
    int days = 2520;

    @Option(names = "--sweep-bars", description = "bars of the series each sweep point runs over (default: ${DEFAULT-VALUE})")
    int sweepBars = 100_000;

    @Option(names = "--sweep-points", description = "grid points of the sweep (default: ${DEFAULT-VALUE})")
    int sweepPoints = 100;

    @Option(names = "--threads", description = "sweep threads (default: the available cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--only", split = ",", description = "run only these parts: ${COMPLETION-CANDIDATES} (default: all)")
    Set<Part> only;

    private PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(commandLine(new BacktestBench()).execute(args));
    }

    public static CommandLine commandLine(BacktestBench bench) {
        return new CommandLine(bench).setCaseInsensitiveEnumValuesAllowed(true);
    }

    BacktestBench printTo(PrintStream stream) {
        this.out = stream;
        return this;
    }

    @Override
    public Integer call() {
        if (repetitions < 1 || !(warmup >= 0) || warmupRuns < 1 || bars < 31 || instruments < 3 || days < 2 || sweepBars < 1 || sweepPoints < 1 || threads < 1) {
            out.println("need -r >= 1, --warmup >= 0, --warmup-runs >= 1, --bars >= 31, --instruments >= 3, --days >= 2, --sweep-bars >= 1, --sweep-points >= 1, --threads >= 1");
            return 2;
        }
        Set<Part> parts = only == null || only.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(only);
        out.printf(Locale.ROOT, "qforge backtest benchmark: parts %s; per side: at least %d warm-up runs, more up to %.1f s (at most %d; "
                + "the first, cold run is shown apart), then %d measured runs, median shown; sides interleaved; System.gc() before "
                + "each measured run%n", parts, warmupRuns, warmup, Math.max(warmupRuns, Runs.MAX_WARMUP_RUNS), repetitions);
        out.println(Runs.machine());
        boolean agree = true;
        if (parts.contains(Part.SMA)) {
            SmaCrossComparison.Result r = SmaCrossComparison.run(bars, repetitions, warmupRuns, warmup);
            SmaCrossComparison.print(r, out);
            agree &= r.agrees();
        }
        if (parts.contains(Part.TOPK)) {
            TopkComparison.Result r = TopkComparison.run(instruments, days, repetitions, warmupRuns, warmup);
            TopkComparison.print(r, out);
            agree &= r.agrees();
        }
        if (parts.contains(Part.SWEEP)) {
            SweepComparison.Result r = SweepComparison.run(sweepBars, sweepPoints, threads, repetitions, warmupRuns, warmup);
            SweepComparison.print(r, out);
            agree &= r.agrees();
        }
        out.printf(Locale.ROOT, "%nload average at the end: %s; %s%n", Runs.load(),
                agree ? "every side agreed with its peers" : "!!! DISAGREEMENT !!! some side did not agree with its peers (see above)");
        out.flush();
        return agree ? 0 : 1;
    }
}
