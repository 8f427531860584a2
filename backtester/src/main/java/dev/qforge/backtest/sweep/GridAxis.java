package dev.qforge.backtest.sweep;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One parameter of a grid: its name, the values it takes in order, and the spec it was parsed from.
 *
 * <p>Spec forms: {@code name=start..end:step} (inclusive range; {@code :step} may be left out for a step
 * of 1), {@code name=a,b,c} (list) and {@code name=value} (single). A range whose start, end and step are
 * all written as integers gives {@link Integer} values ({@link Long} when a bound does not fit an int);
 * otherwise it gives {@link Double}s computed in exact decimal arithmetic, value {@code i} being
 * {@code start + i*step} converted to the nearest double once, so {@code 0.1..0.3:0.1} is exactly
 * {@code [0.1, 0.2, 0.3]} and the end is included whenever it lies on the step. List and single values
 * are typed the same way item by item: integer, decimal number, {@code true}/{@code false}, else string.
 */
record GridAxis(String name, List<Object> values, String spec) {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    GridAxis {
        values = List.copyOf(values);
    }

    int size() {
        return values.size();
    }

    /** Parses one spec; a range with more than {@code limit} values is refused before it is built. */
    static GridAxis parse(String spec, int limit) {
        if (spec == null) throw new IllegalArgumentException("grid spec is null");
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("grid spec '" + spec + "' has no '=': expected name=start..end:step, "
                    + "name=a,b,c or name=value");
        }
        String name = spec.substring(0, eq).trim();
        String value = spec.substring(eq + 1).trim();
        if (name.isEmpty()) throw new IllegalArgumentException("grid spec '" + spec + "' has an empty parameter name");
        if (value.isEmpty()) throw new IllegalArgumentException("grid spec '" + spec + "' gives no value for " + name);
        List<Object> values;
        if (value.contains("..")) values = range(spec, value, limit);
        else if (value.contains(",")) values = list(spec, value);
        else values = List.of(scalar(value));
        return new GridAxis(name, values, spec.trim());
    }

    private static List<Object> range(String spec, String value, int limit) {
        int dots = value.indexOf("..");
        String startText = value.substring(0, dots).trim();
        String rest = value.substring(dots + 2);
        int colon = rest.indexOf(':');
        String endText = (colon < 0 ? rest : rest.substring(0, colon)).trim();
        String stepText = colon < 0 ? "1" : rest.substring(colon + 1).trim();
        BigDecimal start = number(spec, "start", startText);
        BigDecimal end = number(spec, "end", endText);
        BigDecimal step = number(spec, "step", stepText);
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("grid spec '" + spec + "': step must be positive, got " + stepText);
        }
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException("grid spec '" + spec + "': end " + endText + " is before start " + startText);
        }
        BigInteger count = end.subtract(start).divideToIntegralValue(step).toBigInteger().add(BigInteger.ONE);
        if (count.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new IllegalArgumentException("grid spec '" + spec + "' has " + count + " values, over the limit of "
                    + limit + " points");
        }
        boolean integral = INTEGER.matcher(startText).matches() && INTEGER.matcher(endText).matches()
                && INTEGER.matcher(stepText).matches();
        boolean fitsInt = integral && fitsInt(start) && fitsInt(end);
        int n = count.intValueExact();
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal v = start.add(step.multiply(BigDecimal.valueOf(i)));
            if (fitsInt) out.add(v.intValueExact());
            else if (integral) out.add(v.longValueExact());
            else out.add(v.doubleValue());
        }
        return out;
    }

    private static List<Object> list(String spec, String value) {
        List<Object> out = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (String item : value.split(",", -1)) {
            String t = item.trim();
            if (t.isEmpty()) throw new IllegalArgumentException("grid spec '" + spec + "' has an empty list item");
            Object v = scalar(t);
            if (!seen.add(v)) throw new IllegalArgumentException("grid spec '" + spec + "' lists " + t + " twice");
            out.add(v);
        }
        return out;
    }

    /** An integer (Integer, or Long when it does not fit), a decimal number (Double), a boolean or a string. */
    static Object scalar(String t) {
        if (INTEGER.matcher(t).matches()) {
            BigDecimal d = new BigDecimal(t);
            if (fitsInt(d)) return d.intValueExact();
            try {
                return d.longValueExact();
            } catch (ArithmeticException tooBig) {
                return d.doubleValue();
            }
        }
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) return Boolean.parseBoolean(t);
        BigDecimal d = decimal(t);
        return d == null ? t : d.doubleValue();
    }

    private static BigDecimal number(String spec, String what, String text) {
        BigDecimal d = decimal(text);
        if (d == null) {
            throw new IllegalArgumentException("grid spec '" + spec + "': " + what + " '" + text + "' is not a number");
        }
        return d;
    }

    private static BigDecimal decimal(String text) {
        if (text.isEmpty()) return null;
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean fitsInt(BigDecimal d) {
        return d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0 && d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }
}
