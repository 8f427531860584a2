package dev.qforge.cli;

import java.util.Locale;

/** Small text helpers for messages. */
final class Strings {

    private Strings() {
    }

    /** True when {@code a} looks like a misspelling of {@code b}: same prefix, or edit distance at most 2. */
    static boolean near(String a, String b) {
        String x = a.toUpperCase(Locale.ROOT), y = b.toUpperCase(Locale.ROOT);
        if (x.startsWith(y) || y.startsWith(x)) return true;
        return dev.qforge.data.text.EditDistance.between(x, y) <= 2;
    }

    /** {@code s} cut to {@code max} characters, ending in "..." when cut. */
    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, Math.max(0, max - 3)) + "...";
    }

    /** The first {@code max} names joined with ", ", then "and N more". */
    static String names(java.util.Collection<String> names, int max) {
        if (names.size() <= max) return String.join(", ", names);
        return String.join(", ", names.stream().limit(max).toList()) + " and " + (names.size() - max) + " more";
    }
}
