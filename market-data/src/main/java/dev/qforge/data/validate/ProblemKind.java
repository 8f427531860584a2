package dev.qforge.data.validate;

/** Everything the loaders and the validator can find wrong with market data. */
public enum ProblemKind {
    UNPARSABLE(Severity.ERROR),
    NON_INCREASING_TIME(Severity.ERROR),
    DUPLICATE_TIME(Severity.ERROR),
    NOT_FINITE(Severity.ERROR),
    NON_POSITIVE_PRICE(Severity.ERROR),
    HIGH_BELOW_OPEN_CLOSE(Severity.ERROR),
    LOW_ABOVE_OPEN_CLOSE(Severity.ERROR),
    NEGATIVE_VOLUME(Severity.ERROR),
    GAP(Severity.WARNING),
    ZERO_VOLUME_RUN(Severity.WARNING),
    SPLIT_LIKE_JUMP(Severity.WARNING);

    private final Severity severity;

    ProblemKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
