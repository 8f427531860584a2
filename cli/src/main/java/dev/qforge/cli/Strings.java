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
        return distance(x, y) <= 2;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
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
