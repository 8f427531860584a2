package dev.qforge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code qforge agent}: the QTNet reinforcement-learning trader. */
@Command(name = "agent", mixinStandardHelpOptions = true,
        description = "Train, evaluate and compare QTNet, an imitative recurrent deep-RL intraday trader.",
        subcommands = {AgentTrainCommand.class, AgentEvalCommand.class, AgentAblationCommand.class, AgentListCommand.class, AgentBenchCommand.class})
final class AgentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
