package dev.qforge.data;

import dev.qforge.data.load.LoadOptions;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.ValidationResult;
import java.nio.file.Path;
import java.util.List;

/**
 * The front door for reading market data: a file path or a bundled data set name, read by the matching
 * loader and checked by the validator under a policy.
 */
public final class MarketData {

    private MarketData() {
    }

    /** Reads and validates {@code pathOrName}: a file, or a bundled set such as {@code aapl-2013-daily}. */
    public static ValidationResult load(String pathOrName, LoadOptions options, Policy policy) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public static ValidationResult load(Path path, LoadOptions options, Policy policy) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Names of the data sets bundled with qforge. */
    public static List<String> bundledNames() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
