package dev.qforge.agents.qtnet;

import java.util.Locale;

/**
 * How a training update computes its gradients: {@link #NATIVE} with the hand-written forward and backward passes
 * of {@link dev.qforge.agents.qtnet.grad} (the default: checked against SameDiff and finite differences in the
 * tests, and several times faster), or {@link #SAMEDIFF} with automatic differentiation of {@link QtNetGraph}.
 * It is an execution choice like the thread count, not part of a model's identity: both paths compute the same
 * update up to floating-point rounding, so a run is bit-reproducible for a fixed seed only on the same path.
 */
public enum GradientPath {
    NATIVE, SAMEDIFF;

    /** System property read by {@link #configured()}: {@code native} or {@code samediff}. */
    public static final String PROPERTY = "qforge.qtnet.grad";

    /** Parses {@code native} or {@code samediff} (any case). */
    public static GradientPath parse(String s) {
        return switch (s == null ? "" : s.trim().toLowerCase(Locale.ROOT)) {
            case "native" -> NATIVE;
            case "samediff" -> SAMEDIFF;
            default -> throw new IllegalArgumentException("unknown gradient path '" + s + "': use native or samediff");
        };
    }

    /** The path new agents use: the {@value #PROPERTY} system property, {@link #NATIVE} when unset. */
    public static GradientPath configured() {
        String v = System.getProperty(PROPERTY);
        return v == null || v.isBlank() ? NATIVE : parse(v);
    }
}
