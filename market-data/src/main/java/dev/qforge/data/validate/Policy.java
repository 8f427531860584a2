package dev.qforge.data.validate;

/**
 * What to do with problems: {@code REJECT} fails on any error (the default), {@code DROP} removes the
 * offending rows, {@code REPAIR} fixes what can be fixed (see {@link Validator}) and drops the rest.
 */
public enum Policy {
    REJECT, DROP, REPAIR;

    public static Policy parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
