package dev.qforge.strategies.params;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for mistyped names: the known name at the smallest edit distance (Levenshtein with
 * adjacent transpositions, case-insensitive), if it is close enough to be a plausible typo: at most a third
 * of the longer name's length, and never more than 3 edits. A known name that starts with, or is started by,
 * the input also counts (e.g. {@code quant} for {@code quantity}).
 */
public final class Suggest {

    private Suggest() {
    }

    public static Optional<String> nearest(String input, Collection<String> known) {
        String in = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            String k = name.toLowerCase(Locale.ROOT);
            int d = distance(in, k);
            int limit = Math.min(3, Math.max(1, Math.max(in.length(), k.length()) / 3));
            boolean prefix = in.length() >= 3 && (k.startsWith(in) || in.startsWith(k));
            if ((d <= limit || prefix) && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps each cost 1. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
