package dev.qforge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code qforge rdloop}: the R&D loop that co-optimises factors and models, after R&D-Agent(Q). */
@Command(name = "rdloop", mixinStandardHelpOptions = true,
        description = "The R&D loop: research (offline MCTS search or a language model) proposes factors and models, development "
                + "checks and repairs them, feedback scores them on the validation period, a bandit picks the next arm.",
        subcommands = {RdloopRunCommand.class, RdloopResumeCommand.class, RdloopReportCommand.class, RdloopListCommand.class, RdloopBenchCommand.class})
final class RdloopCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
