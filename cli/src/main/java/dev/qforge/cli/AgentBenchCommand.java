package dev.qforge.cli;

import dev.qforge.agents.qtnet.QtNetBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code qforge agent bench}: the ND4J backend and QTNet's throughput, each part next to a peer. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print the ND4J backend, environment steps/s (vs a bare array loop), policy steps/s (plain Java vs SameDiff) and training updates/s (paper vs small network).")
final class AgentBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sessions", defaultValue = "10", description = "Synthetic one-minute sessions for the environment (default ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--updates", defaultValue = "10", description = "Timed training updates per network (default ${DEFAULT-VALUE}).")
    int updates;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("ND4J backend: " + QtNetBench.backend());
        out.flush();
        Map<String, Double> m = QtNetBench.run(sessions, updates);
        TextTable t = new TextTable("measure", "per second");
        m.forEach((k, v) -> t.row(k, String.format(Locale.ROOT, v < 10 ? "%,.3f" : "%,.1f", v)));
        t.print(out);
        double env = m.get("env steps/s"), bare = m.get("bare return loop steps/s");
        out.printf(Locale.ROOT, "env / bare loop: %.3f; plain-Java policy / SameDiff: %.1fx; small / paper updates: %.1fx%n", env / bare,
                m.get("policy steps/s (plain Java, paper size)") / m.get("policy steps/s (SameDiff, paper size)"),
                m.get("updates/s (small: GRU 1x32, 32 x 8)") / m.get("updates/s (paper: GRU 2x128, 100 x 16)"));
        return 0;
    }
}
