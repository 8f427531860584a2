package dev.qforge.data.validate;

/**
 * One problem found in a source, located by file, 1-based line and column name (column may be null
 * when the problem concerns a whole row, line 0 when it concerns the whole file).
 */
public record Problem(ProblemKind kind, String source, long line, String column, String message) {

    @Override
    public String toString() {
        return source + ":" + line + (column == null ? "" : ": column '" + column + "'") + ": "
                + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + message;
    }
}
