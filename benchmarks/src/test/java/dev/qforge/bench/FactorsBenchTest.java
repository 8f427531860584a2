package dev.qforge.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FactorsBenchTest {

    @Test
    void engineAndNaivePeersAgreeOnASmallSyntheticUniverse() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        FactorsBench bench = new FactorsBench().printTo(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code = new CommandLine(bench).execute("--data", "no/such/folder", "--instruments", "12", "--days", "150",
                "--naive-instruments", "4", "-r", "1", "--threads", "2");
        String text = buf.toString(StandardCharsets.UTF_8);
        // exit 0 means every Alpha158 value of the engine matched the per-window loop, and the daily Rank ICs matched
        assertThat(code).as(text).isZero();
        assertThat(text).contains("synthetic universe of 12 instruments x 150 days", "ratio engine/naive", "differing: 0", "values/s");
    }
}
