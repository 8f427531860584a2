package dev.qforge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole backtest bench at a small size. Timings are not checked; that every side books the same trades as its
 * peers is behaviour, and is.
 */
class BacktestBenchTest {

    private static String run(int expectedCode, String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        BacktestBench bench = new BacktestBench().printTo(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code = BacktestBench.commandLine(bench).execute(args);
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isEqualTo(expectedCode);
        return out;
    }

    @Test
    void smallRunPrintsEveryComparisonAndTheSidesAgree() {
        String out = run(0, "--bars", "20000", "--instruments", "20", "--days", "300", "--sweep-bars", "5000", "--sweep-points", "4",
                "-r", "1", "--warmup", "0", "--warmup-runs", "1", "--threads", "2");
        assertThat(out).contains("machine: ", " cores, Java ", "max heap", "load average")
                .contains("1. single instrument", "20,000 one-minute GBM bars", "built once outside the timing",
                        "qforge engine + sma-cross", "ta4j BarSeriesManager (DoubleNum)", "bare array loop",
                        "qforge/ta4j", "qforge/bare-loop", "agreement: all three book", "aims (2-core machine)")
                .contains("2. cross-section", "20 instruments x 300 trading days", "qforge engine + topk-dropout",
                        "bare loop (selection + bookkeeping)", "agreement: same steps (300)", "aim: qforge under 2 s")
                .contains("3. sweep", "over 4 points", "qforge SweepRunner, 2 threads", "qforge SweepRunner, 1 thread",
                        "bare loop, sequential", "parallel speed-up", "agreement: every point's fills and PnL equal the loop's (4 of 4)")
                .contains("every side agreed with its peers")
                .doesNotContain("DISAGREEMENT");
    }

    @Test
    void theThreeSingleInstrumentSidesBookTheSameTrades() {
        SmaCrossComparison.Result r = SmaCrossComparison.run(20_000, 1, 1, 0);
        assertThat(r.qforgeTrades()).as("trades something").isGreaterThan(100);
        assertThat(r.ta4jTrades()).isEqualTo(r.qforgeTrades());
        assertThat(r.loopTrades()).isEqualTo(r.qforgeTrades());
        assertThat(r.qforgeRealized()).isEqualTo(r.loopRealized());
        assertThat(r.ta4jRealized()).isEqualTo(r.loopRealized()); // exact on a 2^-16 grid
        assertThat(r.agrees()).isTrue();
    }

    @Test
    void topkLoopBooksTheEnginesFillsAndEquity() {
        TopkComparison.Result r = TopkComparison.run(30, 120, 1, 1, 0);
        assertThat(r.qforgeSteps()).isEqualTo(120).isEqualTo(r.loopSteps());
        assertThat(r.qforgeFills()).isGreaterThan(120).isEqualTo(r.loopFills());
        assertThat(r.notFilled()).isZero();
        assertThat(r.qforgeEquity()).isEqualTo(r.loopEquity());
    }

    @Test
    void sweepPointsEqualTheLoopsAndOnlyLimitsTheParts() {
        String out = run(0, "--only", "sweep", "--sweep-bars", "3000", "--sweep-points", "12", "-r", "1", "--warmup", "0", "--warmup-runs", "1");
        assertThat(out).contains("3. sweep", "first 12 of [fast=5..50:5 × slow=60..240:20]", "(12 of 12)")
                .doesNotContain("1. single instrument", "2. cross-section");
        assertThat(SweepComparison.grid(150).size()).isEqualTo(150);
        assertThat(SweepComparison.grid(100).toString()).isEqualTo("[fast=5..50:5 × slow=60..240:20]");
    }

    @Test
    void runsWarmUpThenMeasureAndInterleaveTheSides() {
        Runs a = new Runs(3, 2, 0), b = new Runs(1, 1, 0);
        StringBuilder order = new StringBuilder();
        Runs.interleave(new Runs[] {a, b}, () -> a.time(() -> order.append('a')), () -> b.time(() -> order.append('b')));
        assertThat(order).hasToString("ababaaa");
        assertThat(a.warmupRuns()).isEqualTo(2);
        assertThat(a.measured()).isEqualTo(3);
        assertThat(b.warmupRuns()).isEqualTo(1);
        assertThat(b.measured()).isEqualTo(1);
        assertThat(a.first()).isNotNaN();
        assertThat(a.median()).isNotNaN();
    }

    @Test
    void aDisagreementIsPrintedLoudly() {
        Runs runs = new Runs(1, 1, 0);
        while (!runs.done()) runs.time(() -> 1);
        var r = new SmaCrossComparison.Result(1000, 0, 0, runs, runs, runs, 10, 5.0, 10, 5.0, 9, 4.0);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SmaCrossComparison.print(r, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(r.agrees()).isFalse();
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("!!! DISAGREEMENT !!!", "trades: qforge 10, ta4j 10, bare loop 9 (DIFFERENT)",
                "realized PnL: qforge 5.000000, bare loop 4.000000 (DIFFERENT)");
    }

    @Test
    void badSizesAreAClearMessage() {
        assertThat(run(2, "--bars", "10")).contains("--bars >= 31");
    }
}
