package dev.qforge.factors.expr;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operators of the expression language, named as in Qlib's {@code qlib/data/ops.py}. Each has a
 * shape: how many series arguments it takes and which constant parameters (window, quantile) follow.
 * Infix operators ({@code + - * / > ...}) are the same operators as their Qlib names ({@code Add, Gt, ...}).
 */
public enum Operator {
    // element-wise
    ABS("Abs", Shape.UNARY, "x"), SIGN("Sign", Shape.UNARY, "x"), LOG("Log", Shape.UNARY, "x"),
    NOT("Not", Shape.UNARY, "x"), NEG("Neg", Shape.UNARY, "x"),
    POWER("Power", Shape.BINARY, "x, exponent"), GREATER("Greater", Shape.BINARY, "x, y"), LESS("Less", Shape.BINARY, "x, y"),
    ADD("Add", Shape.BINARY, "x, y"), SUB("Sub", Shape.BINARY, "x, y"), MUL("Mul", Shape.BINARY, "x, y"), DIV("Div", Shape.BINARY, "x, y"),
    GT("Gt", Shape.BINARY, "x, y"), GE("Ge", Shape.BINARY, "x, y"), LT("Lt", Shape.BINARY, "x, y"), LE("Le", Shape.BINARY, "x, y"),
    EQ("Eq", Shape.BINARY, "x, y"), NE("Ne", Shape.BINARY, "x, y"), AND("And", Shape.BINARY, "x, y"), OR("Or", Shape.BINARY, "x, y"),
    IF("If", Shape.IF, "condition, x, y"),
    // time series, per instrument
    REF("Ref", Shape.REF, "x, N"),
    MEAN("Mean", Shape.ROLLING, "x, N"), SUM("Sum", Shape.ROLLING, "x, N"), STD("Std", Shape.ROLLING, "x, N"),
    VAR("Var", Shape.ROLLING, "x, N"), SKEW("Skew", Shape.ROLLING, "x, N"), KURT("Kurt", Shape.ROLLING, "x, N"),
    MAX("Max", Shape.ROLLING, "x, N"), MIN("Min", Shape.ROLLING, "x, N"), IDXMAX("IdxMax", Shape.ROLLING, "x, N"),
    IDXMIN("IdxMin", Shape.ROLLING, "x, N"), MED("Med", Shape.ROLLING, "x, N"), MAD("Mad", Shape.ROLLING, "x, N"),
    RANK("Rank", Shape.ROLLING, "x, N"), COUNT("Count", Shape.ROLLING, "x, N"), DELTA("Delta", Shape.ROLLING, "x, N"),
    SLOPE("Slope", Shape.ROLLING, "x, N"), RSQUARE("Rsquare", Shape.ROLLING, "x, N"), RESI("Resi", Shape.ROLLING, "x, N"),
    WMA("WMA", Shape.ROLLING, "x, N"), EMA("EMA", Shape.EMA, "x, N"),
    QUANTILE("Quantile", Shape.QUANTILE, "x, N, q"),
    CORR("Corr", Shape.PAIR, "x, y, N"), COV("Cov", Shape.PAIR, "x, y, N"),
    // cross-sectional, per time
    CSRANK("CSRank", Shape.UNARY, "x"), CSZSCORE("CSZScore", Shape.UNARY, "x");

    /** Argument layouts: series arguments first, then constant parameters. */
    public enum Shape {
        UNARY(1, 0), BINARY(2, 0), IF(3, 0), REF(1, 1), ROLLING(1, 1), EMA(1, 1), QUANTILE(1, 2), PAIR(2, 1);

        final int series;
        final int params;

        Shape(int series, int params) {
            this.series = series;
            this.params = params;
        }
    }

    private static final Map<String, Operator> BY_NAME = Arrays.stream(values())
            .filter(o -> o != NEG).collect(Collectors.toMap(o -> o.qlibName, Function.identity()));

    private final String qlibName;
    private final Shape shape;
    private final String signature;

    Operator(String qlibName, Shape shape, String signature) {
        this.qlibName = qlibName;
        this.shape = shape;
        this.signature = signature;
    }

    public String qlibName() {
        return qlibName;
    }

    public Shape shape() {
        return shape;
    }

    /** {@code Mean(x, N)}: how the operator is called. */
    public String signature() {
        return qlibName + "(" + signature + ")";
    }

    public int arity() {
        return shape.series + shape.params;
    }

    /** Whether values at one time depend on other instruments at that time. */
    public boolean crossSectional() {
        return this == CSRANK || this == CSZSCORE;
    }

    /** Smallest window the operator accepts (Qlib raises for Skew below 3 and Kurt below 4). */
    public int minWindow() {
        return switch (this) {
            case SKEW -> 3;
            case KURT -> 4;
            default -> 1;
        };
    }

    /** The operator called {@code name} (case-sensitive, as in Qlib), or null. */
    public static Operator byName(String name) {
        return BY_NAME.get(name);
    }

    /** Names callable as functions, for messages. */
    public static java.util.List<String> names() {
        return BY_NAME.keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    @Override
    public String toString() {
        return qlibName.toLowerCase(Locale.ROOT);
    }
}
