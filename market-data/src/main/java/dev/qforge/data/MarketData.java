package dev.qforge.data;

import dev.qforge.data.load.BundledData;
import dev.qforge.data.load.LoadOptions;
import dev.qforge.data.load.Loaders;
import dev.qforge.data.load.RawBars;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.ValidationResult;
import dev.qforge.data.validate.Validator;
import java.nio.file.Path;
import java.util.List;

/**
 * The front door for reading market data: a file path or a bundled data set name, read by the matching
 * loader ({@link Loaders}, format detected from the content unless given) and checked by the
 * {@link Validator} under a policy. Bars come out stamped at their close; see the loaders for how each
 * source's time convention is converted. A null {@code options} means {@link LoadOptions#auto()}, a null
 * policy {@link Policy#REJECT}.
 *
 * @throws dev.qforge.data.load.NotMarketDataException when the source is not market data at all
 * @throws dev.qforge.data.validate.DataValidationException under REJECT when errors are found
 */
public final class MarketData {

    private MarketData() {
    }

    /**
     * Reads and validates {@code pathOrName}: a file, or a bundled set such as {@code aapl-2013-daily} (an existing
     * file of the same name wins).
     */
    public static ValidationResult load(String pathOrName, LoadOptions options, Policy policy) {
        if (BundledData.contains(pathOrName) && !java.nio.file.Files.exists(Path.of(pathOrName))) {
            return Validator.validate(BundledData.read(pathOrName, options), policy);
        }
        return load(Path.of(pathOrName), options, policy);
    }

    public static ValidationResult load(Path path, LoadOptions options, Policy policy) {
        RawBars raw = Loaders.read(path, options);
        return Validator.validate(raw, policy);
    }

    /** Names of the data sets bundled with qforge. */
    public static List<String> bundledNames() {
        return BundledData.names();
    }
}
