package dev.qforge.cli;

import dev.qforge.data.Timeframe;
import dev.qforge.data.load.DataFormat;
import dev.qforge.data.load.LoadOptions;
import dev.qforge.data.validate.Policy;
import picocli.CommandLine.Option;

/** How files are read: format, symbol, timeframe and the validation policy. */
class LoadOptionsMixin {

    @Option(names = "--format", defaultValue = "auto", paramLabel = "F",
            description = "auto (detect from content), csv, alphavantage, binance, ninjatrader, json, trades. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--symbol", paramLabel = "S", description = "Symbol to store the series under (default: from the file name).")
    String symbol;

    @Option(names = "--timeframe", paramLabel = "T",
            description = "1m, 5m, 15m, 30m, 1h, 4h, 1d or 1w (default: inferred; trades become 1m bars).")
    String timeframe;

    @Option(names = "--policy", defaultValue = "reject", paramLabel = "P",
            description = "reject (fail on any error), drop (drop bad rows) or repair (fix what can be fixed). Default: ${DEFAULT-VALUE}.")
    String policy;

    LoadOptions options() {
        return new LoadOptions(DataFormat.parse(format), symbol, null, timeframe == null ? null : Timeframe.parse(timeframe));
    }

    Policy policy() {
        try {
            return Policy.parse(policy);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown policy '" + policy + "'; expected reject, drop or repair");
        }
    }
}
