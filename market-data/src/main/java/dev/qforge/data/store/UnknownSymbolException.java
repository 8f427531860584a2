package dev.qforge.data.store;

import java.util.List;

/** A symbol the store does not hold; the message names it and lists the closest stored symbols. */
public final class UnknownSymbolException extends IllegalArgumentException {

    private final String symbol;
    private final List<String> nearMatches;

    public UnknownSymbolException(String symbol, List<String> nearMatches) {
        super("unknown symbol '" + symbol + "' in the store"
                + (nearMatches.isEmpty() ? " (no similar symbols stored; import it first)" : "; did you mean " + String.join(", ", nearMatches) + "?"));
        this.symbol = symbol;
        this.nearMatches = List.copyOf(nearMatches);
    }

    public String symbol() {
        return symbol;
    }

    public List<String> nearMatches() {
        return nearMatches;
    }

    /** Up to {@code limit} of {@code known} closest to {@code symbol} (case-insensitive edit distance at most 2, or containment). */
    static List<String> nearest(String symbol, Iterable<String> known, int limit) {
        String s = symbol.toUpperCase(java.util.Locale.ROOT);
        record Scored(String name, int score) {}
        java.util.ArrayList<Scored> hits = new java.util.ArrayList<>();
        for (String k : known) {
            String u = k.toUpperCase(java.util.Locale.ROOT);
            int d = dev.qforge.data.text.EditDistance.between(s, u);
            if (d <= 2 || (s.length() >= 2 && (u.contains(s) || s.contains(u)))) hits.add(new Scored(k, d));
        }
        hits.sort(java.util.Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        return hits.stream().limit(limit).map(Scored::name).toList();
    }
}
