package dev.qforge.bench;

import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.data.BarSeries;
import dev.qforge.strategies.StrategyRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the single-instrument engine loop, part 1 of {@code qforge bench backtest}. SMA(10/30) crossover, 10 shares,
 * fills at the signal bar's close, no costs, over {@code bars} one-minute GBM bars on a 2^-16 price grid
 * ({@link BenchData#minuteSeries}): qforge's {@link BacktestEngine} with the built-in {@code sma-cross}, ta4j's
 * {@code BarSeriesManager} ({@link Ta4jSmaCross}; its DoubleNum series built once in the trial setup, its indicators
 * inside each call) and the bare loop {@link SmaCrossLoop}. Time per call; bars/s is {@code bars} divided by it. Run with
 * {@code java -cp <classpath> org.openjdk.jmh.Main BacktestLoopBenchmark} (the classpath of {@code cli/target/lib}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class BacktestLoopBenchmark {

    @Param({"1000000"})
    public int bars;

    private BarSeries series;
    private List<BarSeries> data;
    private double[] close;
    private org.ta4j.core.BarSeries ta4jSeries;
    private BacktestEngine engine;
    private StrategyRegistry registry;
    private List<String> params;

    @Setup(Level.Trial)
    public void generate() {
        series = BenchData.minuteSeries(bars, BenchData.SEED);
        data = List.of(series);
        close = series.closes();
        ta4jSeries = Ta4jSmaCross.series(series);
        engine = new BacktestEngine(SmaCrossComparison.config());
        registry = StrategyRegistry.builtIns();
        params = List.of("fast=" + SmaCrossComparison.FAST, "slow=" + SmaCrossComparison.SLOW, "quantity=" + (int) SmaCrossComparison.SHARES);
    }

    @Benchmark
    public BacktestResult qforgeEngine() {
        return engine.run(data, registry.create("sma-cross", params));
    }

    @Benchmark
    public Ta4jSmaCross.Outcome ta4jBarSeriesManager() {
        return Ta4jSmaCross.run(ta4jSeries, SmaCrossComparison.FAST, SmaCrossComparison.SLOW, SmaCrossComparison.SHARES);
    }

    @Benchmark
    public SmaCrossLoop.Outcome bareLoop() {
        return SmaCrossLoop.run(close, SmaCrossComparison.FAST, SmaCrossComparison.SLOW, SmaCrossComparison.SHARES, SmaCrossComparison.CASH);
    }
}
