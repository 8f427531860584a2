package dev.qforge.strategies.params;

/**
 * A rule that ties several parameters together, such as {@code fast < slow}. Returns null when the values are
 * acceptable, otherwise the sentence to show the user.
 */
@FunctionalInterface
public interface ParamConstraint {

    String problem(Params params);

    /** {@code lower < upper} for two numeric parameters, with a reason appended to the message. */
    static ParamConstraint lessThan(String lower, String upper, String why) {
        return p -> {
            double a = ((Number) p.get(lower)).doubleValue();
            double b = ((Number) p.get(upper)).doubleValue();
            if (a < b) return null;
            return lower + "=" + ParamSpec.format(p.get(lower)) + " must be less than " + upper + "="
                    + ParamSpec.format(p.get(upper)) + (why.isEmpty() ? "" : " (" + why + ")");
        };
    }

    /** At most one of two parameters may be given explicitly. */
    static ParamConstraint notBoth(String a, String b) {
        return p -> p.isGiven(a) && p.isGiven(b) ? "give " + a + " or " + b + ", not both" : null;
    }
}
