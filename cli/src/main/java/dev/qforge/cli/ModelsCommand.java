package dev.qforge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code qforge models ...}: cross-sectional return forecasters (ridge, XGBoost, MLP, LSTM, GRU) on factor features. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Forecasting models: fit ridge, XGBoost, MLP, LSTM or GRU on Alpha158 or your expressions, "
                + "with IC/ICIR/Rank IC on valid and test and a TopK-Dropout backtest on test.",
        subcommands = {ModelsFitCommand.class, ModelsListCommand.class})
final class ModelsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Where fitted forecasters are kept unless --models says otherwise (apart from the QTNet agents in ~/.qforge/models). */
    static Path defaultStore() {
        return Path.of(System.getProperty("user.home"), ".qforge", "forecasters");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
