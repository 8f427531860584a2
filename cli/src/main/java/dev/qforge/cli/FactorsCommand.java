package dev.qforge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code qforge factors ...}: Qlib-style factor expressions, Alpha158, evaluation, tear sheets and the portfolio check. */
@Command(name = "factors", mixinStandardHelpOptions = true,
        description = "Factor research: evaluate Qlib expressions, compute Alpha158, tear sheets, TopK-Dropout checks, stored factors.",
        subcommands = {FactorsEvalCommand.class, FactorsAlpha158Command.class, FactorsReportCommand.class, FactorsBacktestCommand.class,
                FactorsListCommand.class, FactorsShowCommand.class})
final class FactorsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
