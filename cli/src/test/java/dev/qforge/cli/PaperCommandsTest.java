package dev.qforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.data.MarketData;
import dev.qforge.data.validate.Policy;
import dev.qforge.strategies.StrategyRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code qforge paper demo|fills|orders|status} end to end, on a database and folders of the test's own. */
class PaperCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir.resolve("db/qforge"), args);
    }

    @Test
    void demoTradesOverFixAndRecordsTheBacktestsFills() throws Exception {
        Path csv = dir.resolve("wave.csv");
        List<String> lines = new ArrayList<>(List.of("date,open,high,low,close,volume"));
        java.time.LocalDate d = java.time.LocalDate.of(2021, 1, 4);
        java.util.Random rnd = new java.util.Random(5);
        for (int i = 0; i < 120; i++) {
            while (!dev.qforge.data.NyseHolidays.isTradingDay(d)) d = d.plusDays(1);
            double c = Math.round((50 + 5 * Math.sin(i / 6.0) + rnd.nextGaussian()) * 4) / 4.0;
            lines.add(d + "," + (c + 0.25) + "," + (c + 0.75) + "," + (c - 0.75) + "," + c + ",5000");
            d = d.plusDays(1);
        }
        Files.write(csv, lines);

        CliRun demo = run("paper", "demo", "--data", csv.toString(), "--strategy", "sma-cross", "-p", "fast=3", "-p", "slow=8",
                "--commission", "bps:5", "--quiet", "--work", dir.resolve("paper").toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("paper fills identical");

        // the backtester on the same file, independently of the command
        BacktestConfig cfg = BacktestConfig.defaults().withExecution(BacktestConfig.defaults().execution()
                .withCommission(dev.qforge.backtest.run.ModelSpecs.commission("bps:5")));
        BacktestResult bt = new BacktestEngine(cfg).run(List.of(MarketData.load(csv.toString(), null, Policy.REJECT).series()),
                StrategyRegistry.builtIns().create("sma-cross", List.of("fast=3", "slow=8")));
        assertThat(bt.fills()).hasSizeGreaterThan(3);

        CliRun fills = run("paper", "fills", "--json");
        assertThat(fills.code()).as(fills.err()).isZero();
        JsonNode rows = JSON.readTree(fills.out()).get("rows");
        assertThat(rows).hasSize(bt.fills().size());
        for (int k = 0; k < rows.size(); k++) {
            assertThat(rows.get(k).get("price").asDouble()).isEqualTo(bt.fills().get(k).price());
            assertThat(rows.get(k).get("quantity").asDouble()).isEqualTo(bt.fills().get(k).quantity());
            assertThat(rows.get(k).get("side").asText()).isEqualTo(bt.fills().get(k).side().name());
        }
        JsonNode status = JSON.readTree(run("paper", "status", "--json").out()).get("rows").get(0);
        assertThat(status.get("state").asText()).isEqualTo("finished");
        assertThat(status.get("bars").asInt()).isEqualTo(120);
        assertThat(status.get("cash").asDouble()).isEqualTo(bt.cash()[bt.cash().length - 1]);
        assertThat(run("paper", "orders").out()).contains("FILLED");
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        CliRun r = run("paper", "exchange", "--data", "no-such-file.csv", "--speed", "2", "--lockstep");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--speed or --lockstep");
        CliRun s = run("paper", "trade", "--strategy", "sma-cross", "--store", "floppy");
        assertThat(s.code()).isNotZero();
        assertThat(s.err()).contains("floppy").contains("memory, file or jdbc");
    }

    @Test
    void anUnknownRunIsNamedNotShownEmpty() {
        CliRun r = run("paper", "orders", "--run", "no-such-run");
        assertThat(r.code()).as(r.out()).isNotZero();
        assertThat(r.err()).contains("no paper run 'no-such-run'");
    }
}
