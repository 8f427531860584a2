package dev.qforge.cli;

import dev.qforge.data.BarSeries;
import dev.qforge.data.export.CsvBarWriter;
import dev.qforge.data.store.SeriesInfo;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qforge data export SYMBOL --to FILE.csv}: writes a stored series as generic CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a stored series to a CSV file (time = bar close, ISO-8601 UTC; .gz compresses).")
final class DataExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYMBOL")
    String symbol;

    @Option(names = "--to", required = true, paramLabel = "FILE.csv")
    Path file;

    @Option(names = "--timeframe", paramLabel = "T")
    String timeframe;

    @Option(names = "--from", paramLabel = "D")
    String from;

    @Option(names = "--until", paramLabel = "D", description = "Last date (inclusive) to export.")
    String until;

    @Override
    public Integer call() {
        try (StoreAccess access = StoreAccess.open()) {
            SeriesInfo info = access.find(symbol, timeframe);
            ZoneId zone = access.store().instrument(info.symbol()).exchangeZone();
            BarSeries s = access.load(info, Times.parseStart(from, zone), Times.parseEnd(until, zone));
            CsvBarWriter.write(s, file);
            spec.commandLine().getOut().printf("wrote %d %s %s bars to %s%n", s.size(), s.symbol(), s.timeframe(), file.toAbsolutePath());
            return 0;
        }
    }
}
