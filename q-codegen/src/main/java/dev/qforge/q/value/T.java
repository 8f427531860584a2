package dev.qforge.q.value;

/** q type numbers and their one-letter cast characters. */
public final class T {
    private T() {}
    public static final int LIST = 0, BOOL = 1, GUID = 2, BYTE = 4, SHORT = 5, INT = 6, LONG = 7, REAL = 8,
            FLOAT = 9, CHAR = 10, SYM = 11, TIMESTAMP = 12, MONTH = 13, DATE = 14, DATETIME = 15, TIMESPAN = 16,
            MINUTE = 17, SECOND = 18, TIME = 19, TABLE = 98, DICT = 99, LAMBDA = 100, UNARY = 101,
            BINARY = 102, PROJ = 104, COMP = 105;

    /** Type names as {@code `long$()} displays them, indexed by type. */
    public static final String[] NAMES = {"", "boolean", "guid", "", "byte", "short", "int", "long", "real",
        "float", "char", "symbol", "timestamp", "month", "date", "datetime", "timespan", "minute", "second",
        "time"};
    /** The cast char per type ({@code "J"$}, {@code `j$}). */
    public static final String CHARS = " bg xhijefcspmdznuvt";

    public static boolean isIntegral(int t) {
        t = Math.abs(t);
        return t == BOOL || t == BYTE || t == SHORT || t == INT || t == LONG || t == CHAR || t >= TIMESTAMP && t <= TIME && t != DATETIME;
    }
    public static boolean isFloating(int t) { t = Math.abs(t); return t == REAL || t == FLOAT || t == DATETIME; }
    public static boolean isNumeric(int t) { t = Math.abs(t); return t == BOOL || t == BYTE || t == SHORT || t == INT || t == LONG || t == REAL || t == FLOAT; }
    public static boolean isTemporal(int t) { t = Math.abs(t); return t >= TIMESTAMP && t <= TIME; }

    /** Null value of an integral type, stored in a long. */
    public static long nullOf(int t) {
        return switch (Math.abs(t)) {
            case SHORT -> Short.MIN_VALUE;
            case INT, MONTH, DATE, MINUTE, SECOND, TIME -> Integer.MIN_VALUE;
            case BOOL, BYTE -> 0;
            case CHAR -> ' ';
            default -> Long.MIN_VALUE;
        };
    }
    /** Positive infinity of an integral type. */
    public static long infOf(int t) {
        return switch (Math.abs(t)) {
            case SHORT -> Short.MAX_VALUE;
            case INT, MONTH, DATE, MINUTE, SECOND, TIME -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }
    public static boolean isNullL(int t, long v) {
        int a = Math.abs(t);
        return a != BOOL && a != BYTE && a != CHAR && v == nullOf(a) || a == CHAR && v == ' ';
    }
    /** Wraps a long into the range of the integral type (q arithmetic wraps at the type width). */
    public static long wrap(int t, long v) {
        return switch (Math.abs(t)) {
            case BOOL -> v & 1;
            case BYTE -> v & 0xff;
            case SHORT -> (short) v;
            case INT, MONTH, DATE, MINUTE, SECOND, TIME -> (int) v;
            case CHAR -> v & 0xff;
            default -> v;
        };
    }
}
