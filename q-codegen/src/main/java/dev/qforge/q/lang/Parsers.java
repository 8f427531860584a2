package dev.qforge.q.lang;

import dev.qforge.q.value.QObj;

import java.util.List;

/** Public entry points into literal parsing. */
public final class Parsers {
    private Parsers() {}
    /** Parses one q literal such as {@code 2020.01.01} or {@code 12:00:00.000}. */
    public static QObj literal(String s) { return NumLit.combine(List.of(s)); }
}
