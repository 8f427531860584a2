package dev.qforge.q.bench;

import java.util.Locale;

/** A problem's difficulty label; {@link #UNKNOWN} for folders in the paper's format that carry no meta.json. */
public enum Difficulty {
    EASY, MEDIUM, HARD, UNKNOWN;

    /** Parses {@code easy}, {@code medium}, {@code hard} (any case); null or blank gives {@link #UNKNOWN}. */
    public static Difficulty parse(String s) {
        if (s == null || s.isBlank()) return UNKNOWN;
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown difficulty '" + s + "' (expected easy, medium or hard)");
        }
    }

    /** The lower-case label used in files and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
