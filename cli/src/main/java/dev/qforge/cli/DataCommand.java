package dev.qforge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code qforge data ...}: import, inspect, validate, generate and export market data. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Import, inspect, validate, generate and export market data.",
        subcommands = {DataImportCommand.class, DataGenerateCommand.class, DataListCommand.class, DataShowCommand.class, DataValidateCommand.class, DataExportCommand.class})
final class DataCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
