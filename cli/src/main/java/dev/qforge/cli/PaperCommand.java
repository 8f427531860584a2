package dev.qforge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code qforge paper}: the FIX paper exchange, the trading client, a one-process demo, and the client's records. */
@Command(name = "paper", mixinStandardHelpOptions = true,
        description = "Paper trading over FIX 4.4 (QuickFIX/J): a simulated exchange and a client running the backtester's strategies.",
        subcommands = {PaperExchangeCommand.class, PaperTradeCommand.class, PaperDemoCommand.class, PaperRecordsCommand.Orders.class,
                PaperRecordsCommand.Fills.class, PaperRecordsCommand.Status.class})
final class PaperCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
