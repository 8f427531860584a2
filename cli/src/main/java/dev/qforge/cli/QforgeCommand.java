package dev.qforge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root {@code qforge} command; it only dispatches to subcommands. */
@Command(name = "qforge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Quantitative research and trading workbench.",
        subcommands = {DemoCommand.class, DataCommand.class, BacktestCommand.class, SweepCommand.class, WalkForwardCommand.class, RunsCommand.class, StrategiesCommand.class, FactorsCommand.class, ModelsCommand.class, AgentCommand.class, RdloopCommand.class, PaperCommand.class, QCommand.class, QbenchCommand.class, BenchCommand.class, picocli.CommandLine.HelpCommand.class})
final class QforgeCommand implements Runnable {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
