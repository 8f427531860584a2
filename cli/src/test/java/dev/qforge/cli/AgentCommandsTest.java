package dev.qforge.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** qforge agent train / list / eval and a trained model as --strategy agent:ID, end to end on generated bars. */
class AgentCommandsTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir.resolve("db/qforge"), args);
    }

    @Test
    void trainListEvalAndBacktestAModel() {
        CliRun gen = run("data", "generate", "gbm", "--symbol", "GEN", "--timeframe", "15m", "--bars", "260", "--seed", "3");
        assertThat(gen.code()).as(gen.err()).isZero();
        String[] train = {"agent", "train", "qtnet", "--data", "GEN", "--train-until", "2020-01-13", "--preset", "small",
                "--epochs", "1", "--updates-per-step", "0.01", "--seed", "7", "--models", dir.resolve("models").toString(), "--json"};
        CliRun t = run(train);
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out().strip()).startsWith("{").endsWith("}"); // nothing but the JSON on stdout
        Matcher m = Pattern.compile("\"model\" : \"([a-z0-9-]+)\"").matcher(t.out());
        assertThat(m.find()).as(t.out()).isTrue();
        String id = m.group(1);
        assertThat(t.out()).contains("\"status\" : \"complete\"", "\"seed\" : 7");
        // the same command again finds the complete model instead of training anew
        CliRun again = run(train);
        assertThat(again.out()).contains(id);

        assertThat(run("agent", "list").out()).contains(id, "GEN", "complete");

        CliRun eval = run("agent", "eval", id, "--json");
        assertThat(eval.code()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("buy-and-hold", "dual-thrust", id, "\"testFrom\" : \"2020-01-13");

        CliRun bt = run("backtest", "--strategy", "agent:" + id, "--data", "GEN", "--fill", "close", "--no-report", "--json");
        assertThat(bt.code()).as(bt.err()).isZero();
        assertThat(bt.out()).contains("agent:" + id);

        CliRun missing = run("agent", "eval", "nope");
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("no QTNet model 'nope'");
    }

    @Test
    void anUnknownGradientPathIsRefusedByName() {
        assertThat(run("data", "generate", "gbm", "--symbol", "GEN", "--timeframe", "15m", "--bars", "260", "--seed", "3").code()).isZero();
        CliRun t = run("agent", "train", "qtnet", "--data", "GEN", "--train-until", "2020-01-13", "--preset", "small",
                "--grad", "cuda", "--models", dir.resolve("models").toString());
        assertThat(t.code()).isNotZero();
        assertThat(t.err()).contains("unknown gradient path 'cuda'", "native or samediff");
    }

    @Test
    void ablationPrintsTheSixRowsAndWritesItsFiles() throws Exception {
        assertThat(run("data", "generate", "gbm", "--symbol", "GEN", "--timeframe", "15m", "--bars", "260", "--seed", "3").code()).isZero();
        CliRun a = run("agent", "ablation", "--data", "GEN", "--train-until", "2020-01-13", "--preset", "small", "--epochs", "1",
                "--updates-per-step", "0.01", "--seeds", "1", "--models", dir.resolve("models").toString(),
                "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(a.code()).as(a.err()).isZero();
        for (String row : new String[] {"buy-and-hold", "dual-thrust", "rdpg ", "rdpg+demo ", "rdpg+demo+bc", "qtnet"}) {
            assertThat(a.out()).contains(row);
        }
        assertThat(a.out()).contains("wall time", "seeds [1]");
        Path json = dir.resolve("out/agent-ablation/GEN-2020-01-13/ablation.json");
        assertThat(java.nio.file.Files.readString(json)).contains("\"rows\"", "\"qtnet\"");
        assertThat(dir.resolve("out/agent-ablation/GEN-2020-01-13/report.html")).exists();
        assertThat(run("agent", "ablation", "--data", "GEN", "--train-until", "2020-01-13", "--seeds", "0").err()).contains("--seeds must be >= 1");
    }
}
