package dev.qforge.strategies.params;

/**
 * The value types a strategy parameter can have. Parsed values are held as {@link Integer}, {@link Double},
 * {@link Boolean} or {@link String} (for {@code STRING} and {@code ENUM}).
 */
public enum ParamType {
    INT("a whole number"),
    DOUBLE("a number"),
    BOOLEAN("true or false"),
    STRING("a text"),
    ENUM("one of a fixed set of words");

    private final String noun;

    ParamType(String noun) {
        this.noun = noun;
    }

    /** How an error message names a value of this type: "a whole number", "true or false". */
    public String noun() {
        return noun;
    }

    /** The Java type a parsed value of this parameter type has. */
    public Class<?> valueClass() {
        return switch (this) {
            case INT -> Integer.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            case STRING, ENUM -> String.class;
        };
    }
}
