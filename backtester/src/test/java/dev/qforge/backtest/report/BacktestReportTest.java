package dev.qforge.backtest.report;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.metrics.Benchmark;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BacktestReportTest {

    /** Flips between long and flat every 3 bars (on 900 bars: 300 orders, 600 events). */
    private static BacktestResult busyRun(BarSeries s) {
        Strategy flipper = ctx -> {
            int n = ctx.history(0).size();
            if (n % 3 == 0) ctx.targetQuantity("S", (n / 3) % 2 == 1 ? 10 : 0);
        };
        return new BacktestEngine(BacktestConfig.defaults()).run(List.of(s), flipper);
    }

    private static BarSeries sine(int n) {
        Instrument ins = Instrument.usEquity("S");
        var session = ins.session();
        long[] t = new long[n];
        double[] c = new double[n], v = new double[n];
        java.time.LocalDate d = java.time.LocalDate.of(2020, 1, 2);
        for (int i = 0; i < n; i++) {
            while (!session.isTradingDay(d)) d = d.plusDays(1);
            t[i] = session.closeMillis(d);
            c[i] = Math.round((100 + 10 * Math.sin(i / 20.0)) * 100) / 100.0;
            v[i] = 1000;
            d = d.plusDays(1);
        }
        return BarSeries.of(ins, Timeframe.D1, t, c, c, c, c, v);
    }

    @Test
    void writesEveryChartTheTablesAndTheCompleteLogsAsCsv(@TempDir Path dir) throws Exception {
        BarSeries s = sine(900);
        BacktestResult r = busyRun(s);
        assertThat(r.events().size()).isGreaterThan(BacktestReport.LOG_ROWS);
        ReportInput in = new ReportInput("test report", BacktestReport.details("strategy", "flipper", "skipped", null),
                r.metrics(null, r.defaultMetricsConfig()).toMap(), r.time(), r.equity(),
                new Benchmark("S", s.times(), s.closes()), List.of(s), r.fills(), r.events(), r.defaultMetricsConfig(), true);
        Path page = BacktestReport.write(in, dir);
        String html = Files.readString(page);
        for (String png : List.of("equity.png", "drawdown.png", "monthly.png", "rolling-sharpe.png", "price-S.png", "trade-returns.png")) {
            assertThat(html).contains(png);
            assertThat(dir.resolve(png)).isRegularFile();
        }
        assertThat(html).contains("flipper").doesNotContain("skipped").contains("(log scale)")
                .contains("First 500 events shown; all are in orders.csv.");
        // the CSV logs hold every row: a header plus one line per fill and per order event
        assertThat(Files.readAllLines(dir.resolve("fills.csv"))).hasSize(r.fills().size() + 1);
        assertThat(Files.readAllLines(dir.resolve("orders.csv"))).hasSize(r.events().size() + 1);
    }

    @Test
    void aRunOfOnePointSaysWhyItHasNoCharts(@TempDir Path dir) throws Exception {
        BarSeries one = sine(1);
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults()).run(List.of(one), ctx -> { });
        ReportInput in = new ReportInput("one bar", Map.of(), Map.of("trades", 0), r.time(), r.equity(), null, List.of(one),
                r.fills(), r.events(), r.defaultMetricsConfig(), false);
        String html = Files.readString(BacktestReport.write(in, dir));
        assertThat(html).contains("fewer than two equity points: no charts");
        assertThat(dir.resolve("equity.png")).doesNotExist();
    }

    @Test
    void thinningKeepsTheFirstTheLastAndEveryKth() {
        assertThat(Thinning.step(4000, 4000)).isEqualTo(1);
        assertThat(Thinning.step(4001, 4000)).isEqualTo(2);
        assertThat(Thinning.thin(new long[] {0, 1, 2, 3, 4, 5, 6}, 3)).containsExactly(0, 3, 6);
        assertThat(Thinning.thin(new double[] {0, 1, 2, 3, 4, 5, 6, 7}, 3)).containsExactly(0, 3, 6, 7);
    }
}
