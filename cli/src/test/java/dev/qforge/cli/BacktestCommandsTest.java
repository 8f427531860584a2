package dev.qforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qforge.data.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnCurrentCloseModel;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The backtest, sweep, walk-forward and runs commands, end to end on a database and output folder of the test's own. */
class BacktestCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir.resolve("db/qforge"), args);
    }

    private Path out() {
        return dir.resolve("out");
    }

    @Test
    void jsonMetricsOfAnSmaCrossOnACsvMatchTa4jTrades() throws Exception {
        // a noisy sine wave whose SMA(10/30) crosses many times; prices on a quarter grid keep sums exact
        Path csv = dir.resolve("prices.csv");
        List<String> lines = new ArrayList<>(List.of("date,open,high,low,close,volume"));
        java.time.LocalDate d = java.time.LocalDate.of(2020, 1, 2);
        double[] closes = new double[400];
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < closes.length; i++) {
            while (!dev.qforge.data.NyseHolidays.isTradingDay(d)) d = d.plusDays(1);
            double c = Math.round((100 + 10 * Math.sin(i / 9.0) + rnd.nextGaussian()) * 4) / 4.0;
            closes[i] = c;
            lines.add(d + "," + c + "," + (c + 0.5) + "," + (c - 0.5) + "," + c + ",1000");
            d = d.plusDays(1);
        }
        Files.write(csv, lines);
        CliRun r = run("backtest", "--strategy", "sma-cross", "--data", csv.toString(), "--fill", "close", "--quantity", "10",
                "--cash", "1000000", "--commission-bps", "0", "--json", "--out", out().toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode m = JSON.readTree(r.out());
        for (String key : List.of("trades", "finalEquity", "pnl", "totalReturn", "cagr", "sharpe", "maxDrawdown", "fees")) {
            assertThat(m.has(key)).as(key).isTrue();
        }
        // the same trades through ta4j: closed positions' profit plus the open one marked at the last close
        BarSeries ta = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build();
        Instant t0 = Instant.parse("2020-01-02T21:00:00Z");
        for (int i = 0; i < closes.length; i++) {
            ta.barBuilder().timePeriod(Duration.ofDays(1)).endTime(t0.plus(Duration.ofDays(i))).openPrice(closes[i])
                    .highPrice(closes[i] + 0.5).lowPrice(closes[i] - 0.5).closePrice(closes[i]).volume(1000).add();
        }
        ClosePriceIndicator close = new ClosePriceIndicator(ta);
        var fast = new SMAIndicator(close, 10);
        var slow = new SMAIndicator(close, 30);
        var strategy = new BaseStrategy(new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow), 30);
        TradingRecord rec = new BarSeriesManager(ta, new ZeroCostModel(), new ZeroCostModel(), new TradeOnCurrentCloseModel())
                .run(strategy, org.ta4j.core.Trade.TradeType.BUY, ta.numFactory().numOf(10));
        double pnl = 0;
        for (Position p : rec.getPositions()) pnl += p.getProfit().doubleValue();
        if (rec.getCurrentPosition().isOpened()) {
            pnl += (closes[closes.length - 1] - rec.getCurrentPosition().getEntry().getPricePerAsset().doubleValue()) * 10;
        }
        assertThat(rec.getPositionCount()).isGreaterThan(3);
        assertThat(m.get("trades").asInt()).isEqualTo(rec.getPositionCount());
        assertThat(m.get("pnl").asDouble()).isCloseTo(pnl, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(m.get("fees").asDouble()).isZero();
    }

    @Test
    void runsAreListedShownComparedReportedAndReplayIdentically() throws Exception {
        CliRun a = run("backtest", "--strategy", "sma-cross", "--param", "fast=10", "--param", "slow=30", "--data", "aapl-2013-daily",
                "--out", out().toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("run 1: sma-cross(fast=10,slow=30) on AAPL").contains("Sharpe").contains("report: ");
        Path report = Path.of(a.out().substring(a.out().indexOf("report: ") + 8).trim());
        assertThat(report).exists();
        assertThat(Files.readString(report)).contains("equity.png").contains("drawdown.png").contains("monthly.png")
                .contains("price-AAPL.png").contains("Order log");
        assertThat(report.resolveSibling("equity.png")).exists();
        CliRun b = run("backtest", "--strategy", "buy-and-hold", "--data", "aapl-2013-daily", "--commission", "qlib", "--no-report",
                "--qlib-metrics");
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).contains("Qlib risk analysis (daily excess returns, x 238)");

        CliRun list = run("runs", "list");
        assertThat(list.out()).contains("sma-cross(fast=10,slow=30)").contains("buy-and-hold");
        CliRun show = run("runs", "show", "1");
        assertThat(show.out()).contains("result digest").contains("max drawdown");
        CliRun compare = run("runs", "compare", "1", "2");
        assertThat(compare.out()).contains("run 1").contains("run 2").contains("total return");
        CliRun rep = run("runs", "report", "2", "--out", out().toString());
        assertThat(rep.code()).as(rep.err()).isZero();
        CliRun replay = run("runs", "replay", "1");
        assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("replays run 1: identical");
        CliRun missing = run("runs", "show", "99");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no run 99");
    }

    @Test
    void sweepRanksTheGridAndItsBestPointMatchesASingleBacktest() throws Exception {
        CliRun s = run("sweep", "--strategy", "sma-cross", "--grid", "fast=5..15:5", "--grid", "slow=20..40:10",
                "--data", "aapl-2013-daily", "--rank-by", "total-return", "--json", "--out", out().toString());
        assertThat(s.code()).as(s.err()).isZero();
        JsonNode m = JSON.readTree(s.out());
        JsonNode points = m.get("points");
        assertThat(points).hasSize(9);
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).get("totalReturn").asDouble()).isLessThanOrEqualTo(points.get(i - 1).get("totalReturn").asDouble());
        }
        JsonNode best = points.get(0);
        CliRun single = run("backtest", "--strategy", "sma-cross", "--param", "fast=" + best.get("params").get("fast").asInt(),
                "--param", "slow=" + best.get("params").get("slow").asInt(), "--data", "aapl-2013-daily", "--json", "--no-report");
        assertThat(JSON.readTree(single.out()).get("totalReturn").asDouble()).isEqualTo(best.get("totalReturn").asDouble());
        assertThat(Path.of(m.get("report").asText()).resolveSibling("heatmap.png")).exists();
        assertThat(run("runs", "list").out()).contains("sweep");
    }

    @Test
    void walkForwardChoosesOnTrainAndTradesTheTestWindows() throws Exception {
        CliRun w = run("walkforward", "--strategy", "rsi-reversion", "--train", "100", "--test", "50", "--grid", "period=7..14:7",
                "--optimize", "sharpe", "--data", "aapl-2013-daily", "--json", "--out", out().toString());
        assertThat(w.code()).as(w.err()).isZero();
        JsonNode m = JSON.readTree(w.out());
        // 252 bars: test windows start at 100, 150 and 200; the last 2 bars are left out
        assertThat(m.get("windows")).hasSize(3);
        assertThat(m.get("outOfSample").has("totalReturn")).isTrue();
        CliRun text = run("walkforward", "--strategy", "rsi-reversion", "--train", "100", "--test", "50", "--grid", "period=7..14:7",
                "--data", "aapl-2013-daily", "--no-report");
        assertThat(text.out()).contains("3 windows").contains("2 trailing bars not traded");
    }

    @Test
    void badInputGetsOneClearMessage() throws Exception {
        CliRun unknown = run("backtest", "--strategy", "smacross", "--data", "aapl-2013-daily");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown strategy 'smacross'").contains("sma-cross");
        CliRun param = run("backtest", "--strategy", "sma-cross", "--param", "fsat=3", "--data", "aapl-2013-daily");
        assertThat(param.err()).contains("unknown parameter 'fsat'").contains("did you mean 'fast'");
        CliRun range = run("backtest", "--strategy", "sma-cross", "--param", "fast=0", "--data", "aapl-2013-daily");
        assertThat(range.err()).contains("fast=0 is out of range");
        CliRun order = run("backtest", "--strategy", "sma-cross", "--param", "fast=30", "--param", "slow=10", "--data", "aapl-2013-daily");
        assertThat(order.err()).contains("must be less than slow");
        CliRun noData = run("backtest", "--strategy", "sma-cross", "--data", "NOSUCH");
        assertThat(noData.code()).isEqualTo(1);
        assertThat(noData.err()).contains("no file, bundled data set or stored symbol named 'NOSUCH'");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "date,open,high,low,close,volume\n");
        assertThat(run("backtest", "--strategy", "sma-cross", "--data", empty.toString()).err()).containsIgnoringCase("empty.csv");
        Path unsorted = dir.resolve("unsorted.csv");
        Files.writeString(unsorted, "date,open,high,low,close,volume\n2020-01-03,1,1,1,1,1\n2020-01-02,1,1,1,1,1\n2020-01-06,1,1,1,1,1\n");
        CliRun u = run("backtest", "--strategy", "sma-cross", "--data", unsorted.toString());
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.err()).contains("unsorted.csv:3");
        Path gap = dir.resolve("gap.csv");
        List<String> rows = new ArrayList<>(List.of("date,open,high,low,close,volume"));
        // thirty trading days of January and February 2020 with the week of 2020-01-13 missing
        for (java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 2); day.isBefore(java.time.LocalDate.of(2020, 2, 20)); day = day.plusDays(1)) {
            boolean holeWeek = !day.isBefore(java.time.LocalDate.of(2020, 1, 13)) && day.isBefore(java.time.LocalDate.of(2020, 1, 18));
            if (dev.qforge.data.NyseHolidays.isTradingDay(day) && !holeWeek) rows.add(day + ",1,1,1,1,1");
        }
        Files.write(gap, rows);
        CliRun g = run("backtest", "--strategy", "buy-and-hold", "--data", gap.toString(), "--no-report");
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(g.err()).contains("warning: GAP").contains("1 gap in trading hours").contains("5 missing 1d bars (2020-01-13 .. 2020-01-17)");
        CliRun window = run("backtest", "--strategy", "buy-and-hold", "--data", "aapl-2013-daily", "--from", "2015-01-01");
        assertThat(window.err()).contains("has no bars between 2015-01-01 and the end");
        CliRun model = run("backtest", "--strategy", "buy-and-hold", "--data", "aapl-2013-daily", "--slippage", "bp:3");
        assertThat(model.err()).contains("unknown slippage model 'bp:3'");
    }

    @Test
    void dualThrustTradesBinanceMinuteBarsAndIsFlatAtEachSessionClose() throws Exception {
        Path shared = TestFiles.sharedData();
        Path file = shared == null ? null : shared.resolve("crypto-1m/BTCUSDT_1m_20230301_20230321.csv.gz");
        assumeTrue(file != null && Files.exists(file), "shared/data/crypto-1m is not here");
        CliRun r = run("backtest", "--strategy", "dual-thrust", "--data", file.toString(), "--json", "--out", out().toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode m = JSON.readTree(r.out());
        assertThat(m.get("trades").asInt()).isPositive();
        // flat at every UTC midnight: every fill on a day's last minute closes what the day opened
        Path fills = Path.of(m.get("report").asText()).resolveSibling("fills.csv");
        java.util.Map<String, Double> net = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(fills).subList(1, Files.readAllLines(fills).size())) {
            String[] f = line.split(",");
            String day = Instant.parse(f[0]).minusMillis(1).toString().substring(0, 10);
            net.merge(day, (f[3].equals("BUY") ? 1 : -1) * Double.parseDouble(f[4]), Double::sum);
        }
        assertThat(net.values()).allSatisfy(q -> assertThat(q).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-9)));
    }
}
