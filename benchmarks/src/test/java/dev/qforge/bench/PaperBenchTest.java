package dev.qforge.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the FIX load test at a small size over real loopback sockets. Timings are not checked; that every order of
 * every phase comes back filled (the bench fails when a fill is missing) and that each store is reported is.
 */
class PaperBenchTest {

    @Test
    void everyOrderIsFilledWithEachStoreAndTheStoresAreComparedToMemory() {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = new CommandLine(new PaperBench()).execute("--orders", "3000", "--window", "50", "--pings", "300", "--warmup", "300",
                    "--stores", "memory,file");
        } finally {
            System.setOut(saved);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        assertThat(out).contains("memory store: 3000 orders in", "file store: 3000 orders in", "(3900 orders in all)",
                "us of CPU per order", "file store vs memory: throughput x", "CPU per order x");
    }
}
