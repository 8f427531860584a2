package dev.qforge.backtest.sweep;

import java.math.BigInteger;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A Cartesian grid of strategy parameters parsed from specs such as {@code fast=5..50:5},
 * {@code k=0.5..2.0:0.25}, {@code mode=breakout,reversion} and {@code slow=100} (see {@link GridAxis} for
 * the value types: integer ranges give Integers, decimal ranges give Doubles without floating drift).
 *
 * <p>Points are enumerated in a stable order: the first parameter varies slowest, the last fastest, like
 * nested loops written in spec order. Each point is a {@link LinkedHashMap} in spec order. A grid with no
 * specs has exactly one point, the empty map (a single run with the strategy's defaults). A grid whose
 * product exceeds its limit (default {@value #DEFAULT_LIMIT}) is refused when parsed, before anything
 * is run. Immutable and safe to share between threads.
 */
public final class ParamGrid {

    /** Most points a grid may have unless a limit is given. */
    public static final int DEFAULT_LIMIT = 100_000;

    private final List<GridAxis> axes;
    private final int size;

    private ParamGrid(List<GridAxis> axes, int size) {
        this.axes = List.copyOf(axes);
        this.size = size;
    }

    /** Parses specs with the default limit of {@value #DEFAULT_LIMIT} points. */
    public static ParamGrid parse(String... specs) {
        return parse(List.of(specs), DEFAULT_LIMIT);
    }

    public static ParamGrid parse(List<String> specs) {
        return parse(specs, DEFAULT_LIMIT);
    }

    /**
     * Parses specs into a grid of at most {@code limit} points.
     *
     * @throws IllegalArgumentException naming the spec at fault: no {@code =}, an empty name, a step not
     *         above zero, an end before the start, a bound that is not a number, a parameter given twice,
     *         or a product over the limit
     */
    public static ParamGrid parse(List<String> specs, int limit) {
        if (limit < 1) throw new IllegalArgumentException("grid limit must be at least 1, got " + limit);
        List<GridAxis> axes = new ArrayList<>();
        Map<String, GridAxis> byName = new LinkedHashMap<>();
        for (String spec : specs) {
            GridAxis axis = GridAxis.parse(spec, limit);
            GridAxis before = byName.putIfAbsent(axis.name(), axis);
            if (before != null) {
                throw new IllegalArgumentException("parameter '" + axis.name() + "' is given twice ("
                        + before.spec() + " and " + axis.spec() + ")");
            }
            axes.add(axis);
        }
        BigInteger product = BigInteger.ONE;
        for (GridAxis a : axes) product = product.multiply(BigInteger.valueOf(a.size()));
        if (product.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new IllegalArgumentException("grid " + describe(axes) + " has " + countText(axes, product)
                    + " points, over the limit of " + limit + "; narrow the ranges or raise the limit");
        }
        return new ParamGrid(axes, product.intValueExact());
    }

    /** Parameter names in spec order. */
    public List<String> names() {
        return axes.stream().map(GridAxis::name).toList();
    }

    /** The values one parameter takes, in order. */
    public List<Object> values(String name) {
        for (GridAxis a : axes) if (a.name().equals(name)) return a.values();
        throw new IllegalArgumentException("no parameter '" + name + "' in grid " + this);
    }

    /** Number of points (the product of the parameters' value counts). */
    public int size() {
        return size;
    }

    /** Point {@code index} of the enumeration order, as a new mutable LinkedHashMap in spec order. */
    public Map<String, Object> point(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("point " + index + " of a grid of " + size);
        }
        Object[] values = new Object[axes.size()];
        int rest = index;
        for (int a = axes.size() - 1; a >= 0; a--) {
            GridAxis axis = axes.get(a);
            values[a] = axis.values().get(rest % axis.size());
            rest /= axis.size();
        }
        Map<String, Object> p = new LinkedHashMap<>();
        for (int a = 0; a < values.length; a++) p.put(axes.get(a).name(), values[a]);
        return p;
    }

    /** All points in enumeration order, each computed when read (a big grid costs no memory up front). */
    public List<Map<String, Object>> points() {
        return Collections.unmodifiableList(new AbstractList<>() {
            @Override
            public Map<String, Object> get(int index) {
                return point(index);
            }

            @Override
            public int size() {
                return size;
            }
        });
    }

    @Override
    public String toString() {
        return describe(axes);
    }

    private static String describe(List<GridAxis> axes) {
        StringJoiner j = new StringJoiner(" × ", "[", "]");
        for (GridAxis a : axes) j.add(a.spec());
        return j.toString();
    }

    private static String countText(List<GridAxis> axes, BigInteger total) {
        StringJoiner j = new StringJoiner(" × ");
        for (GridAxis a : axes) j.add(Integer.toString(a.size()));
        return axes.size() == 1 ? total.toString() : j + " = " + total;
    }
}
