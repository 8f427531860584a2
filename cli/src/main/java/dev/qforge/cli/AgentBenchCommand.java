package dev.qforge.cli;

import dev.qforge.agents.qtnet.GradientPath;
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
        description = "Print the ND4J backend, environment steps/s (vs a bare array loop), policy steps/s (plain Java vs SameDiff) and training updates/s of the paper and a small network with hand-written vs SameDiff gradients, and where an update's time goes.")
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
        QtNetBench.Result r = QtNetBench.run(sessions, updates);
        Map<String, Double> m = r.rates();
        TextTable t = new TextTable("measure", "per second");
        m.forEach((k, v) -> t.row(k, String.format(Locale.ROOT, v < 10 ? "%,.3f" : "%,.1f", v)));
        t.print(out);
        double env = m.get("env steps/s"), bare = m.get("bare return loop steps/s");
        out.printf(Locale.ROOT, "env / bare loop: %.3f; plain-Java policy / SameDiff: %.1fx%n", env / bare,
                m.get("policy steps/s (plain Java, paper size)") / m.get("policy steps/s (SameDiff, paper size)"));
        for (String size : new String[]{"paper", "small"}) {
            out.printf(Locale.ROOT, "%s updates, native / SameDiff gradients: %.1fx%n", size,
                    m.get(QtNetBench.updatesKey(size, GradientPath.NATIVE)) / m.get(QtNetBench.updatesKey(size, GradientPath.SAMEDIFF)));
        }
        out.println("where an update's time goes (ms per update):");
        var phases = new java.util.LinkedHashSet<String>();
        r.profiles().values().forEach(p -> phases.addAll(p.keySet()));
        java.util.List<String> header = new java.util.ArrayList<>(java.util.List.of("network / gradients"));
        header.addAll(phases);
        header.add("total");
        TextTable p = new TextTable(header.toArray(String[]::new));
        r.profiles().forEach((k, v) -> {
            java.util.List<String> row = new java.util.ArrayList<>(java.util.List.of(k));
            for (String ph : phases) row.add(String.format(Locale.ROOT, "%.1f", 1e3 * v.getOrDefault(ph, 0.0)));
            row.add(String.format(Locale.ROOT, "%.1f", 1e3 * v.values().stream().mapToDouble(Double::doubleValue).sum()));
            p.row(row.toArray(String[]::new));
        });
        p.print(out);
        return 0;
    }
}
