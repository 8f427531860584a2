package dev.qforge.cli;

import dev.qforge.bench.DataBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code qforge bench ...}: side-by-side benchmarks that print a ratio against a peer measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks against a peer measured in the same run (timings are never asserted in tests).",
        subcommands = {DataBench.class, dev.qforge.bench.BacktestBench.class, dev.qforge.bench.FactorsBench.class, dev.qforge.bench.PaperBench.class, BenchQCommand.class, BenchModelsCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
