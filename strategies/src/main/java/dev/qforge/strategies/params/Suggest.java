package dev.qforge.strategies.params;

import dev.qforge.data.text.EditDistance;

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
            int d = EditDistance.between(in, k);
            int limit = Math.min(3, Math.max(1, Math.max(in.length(), k.length()) / 3));
            boolean prefix = in.length() >= 3 && (k.startsWith(in) || in.startsWith(k));
            if ((d <= limit || prefix) && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
