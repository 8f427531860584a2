package dev.qforge.strategies.params;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One parameter of a strategy: its name, type, default, inclusive bounds (numbers only), the words an
 * {@link ParamType#ENUM} accepts, and a one-line description for help texts.
 *
 * <p>Parsing is strict so that a typo never silently becomes another value: an INT takes an optional sign and
 * digits only ({@code 10.0} is refused), a DOUBLE takes anything {@link Double#parseDouble} does except NaN and
 * the infinities, a BOOLEAN takes {@code true} or {@code false} (any case), an ENUM takes one of its words (any
 * case; the canonical spelling is kept). Bounds are inclusive; a null bound means unbounded on that side.
 */
public record ParamSpec(String name, ParamType type, Object defaultValue, Double min, Double max, List<String> choices,
                        String description) {

    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        choices = choices == null ? List.of() : List.copyOf(choices);
        description = description == null ? "" : description;
        if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) throw new IllegalArgumentException("bad parameter name '" + name + "'");
        if (!type.valueClass().isInstance(defaultValue)) {
            throw new IllegalArgumentException("default of " + name + " must be " + type.valueClass().getSimpleName());
        }
        if (type == ParamType.ENUM && (choices.isEmpty() || !choices.contains(defaultValue))) {
            throw new IllegalArgumentException("enum parameter " + name + " needs choices that include its default");
        }
        String problem = rangeProblem(name, defaultValue, min, max);
        if (problem != null) throw new IllegalArgumentException("default " + problem);
    }

    public static ParamSpec ofInt(String name, int defaultValue, int min, int max, String description) {
        return new ParamSpec(name, ParamType.INT, defaultValue, (double) min, (double) max, null, description);
    }

    public static ParamSpec ofDouble(String name, double defaultValue, double min, double max, String description) {
        return new ParamSpec(name, ParamType.DOUBLE, defaultValue, min, max, null, description);
    }

    public static ParamSpec ofBoolean(String name, boolean defaultValue, String description) {
        return new ParamSpec(name, ParamType.BOOLEAN, defaultValue, null, null, null, description);
    }

    public static ParamSpec ofString(String name, String defaultValue, String description) {
        return new ParamSpec(name, ParamType.STRING, defaultValue, null, null, null, description);
    }

    public static ParamSpec ofEnum(String name, String defaultValue, List<String> choices, String description) {
        return new ParamSpec(name, ParamType.ENUM, defaultValue, null, null, choices, description);
    }

    /**
     * Parses the text of a {@code name=value} pair into this parameter's value type and checks its range.
     *
     * @throws ParamException saying what was wrong and what is accepted
     */
    public Object parse(String raw) {
        String text = raw.trim();
        Object value = switch (type) {
            case INT -> parseInt(text);
            case DOUBLE -> parseDouble(text);
            case BOOLEAN -> parseBoolean(text);
            case STRING -> text;
            case ENUM -> parseEnum(text);
        };
        check(value, raw);
        return value;
    }

    /** Checks an already typed value (for example one read back from a recorded run): type and range. */
    public Object check(Object value, Object shown) {
        Object v = value;
        if (type == ParamType.DOUBLE && value instanceof Number n) v = n.doubleValue();
        if (type == ParamType.INT && (value instanceof Long || value instanceof Short || value instanceof Byte)) {
            long l = ((Number) value).longValue();
            if (l != (int) l) throw new ParamException(name + "=" + shown + " is not " + type.noun() + ": " + expectation());
            v = (int) l;
        }
        if (type == ParamType.ENUM && value instanceof String s) v = parseEnum(s);
        if (!type.valueClass().isInstance(v)) {
            throw new ParamException(name + "=" + shown + " is not " + type.noun() + ": " + expectation());
        }
        String problem = rangeProblem(name, v, min, max);
        if (problem != null) throw new ParamException(name + "=" + shown + " is out of range: " + problem);
        return v;
    }

    /** What this parameter accepts, in words: "fast takes a whole number between 1 and 1000". */
    public String expectation() {
        String what = switch (type) {
            case ENUM -> "one of " + String.join(", ", choices);
            case BOOLEAN -> "true or false";
            default -> type.noun();
        };
        String range = bounds(min, max);
        return name + " takes " + what + (range.isEmpty() ? "" : " " + range);
    }

    /** Formats a value the way {@link Params} writes it: integers and whole doubles without noise. */
    public static String format(Object value) {
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.format(Locale.ROOT, "%.1f", d);
            return Double.toString(d);
        }
        return String.valueOf(value);
    }

    private Integer parseInt(String text) {
        if (!text.matches("[+-]?\\d+")) {
            throw new ParamException(name + "=" + text + " is not " + type.noun() + ": " + expectation());
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ParamException(name + "=" + text + " is out of range: " + rangeText());
        }
    }

    private Double parseDouble(String text) {
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ParamException(name + "=" + text + " is not " + type.noun() + ": " + expectation());
        }
        if (!Double.isFinite(d) || text.matches("(?i).*[a-z&&[^e]].*")) {
            throw new ParamException(name + "=" + text + " is not a finite number: " + expectation());
        }
        return d;
    }

    private Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) return true;
        if (text.equalsIgnoreCase("false")) return false;
        throw new ParamException(name + "=" + text + " is not true or false: " + expectation());
    }

    private String parseEnum(String text) {
        for (String c : choices) if (c.equalsIgnoreCase(text)) return c;
        String hint = Suggest.nearest(text, choices).map(s -> " (did you mean " + s + "?)").orElse("");
        throw new ParamException(name + "=" + text + " is not allowed" + hint + ": " + expectation());
    }

    private String rangeText() {
        String b = bounds(min, max);
        return name + " must be " + (b.isEmpty() ? type.noun() : b);
    }

    private static String rangeProblem(String name, Object value, Double min, Double max) {
        if (!(value instanceof Number n)) return null;
        double v = n.doubleValue();
        if ((min != null && v < min) || (max != null && v > max)) return name + " must be " + bounds(min, max);
        return null;
    }

    private static String bounds(Double min, Double max) {
        if (min != null && max != null) return "between " + plain(min) + " and " + plain(max);
        if (min != null) return "at least " + plain(min);
        if (max != null) return "at most " + plain(max);
        return "";
    }

    private static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
