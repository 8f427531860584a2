package dev.qforge.factors.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sector labels from a {@code constituents.csv} ({@code Symbol,Name,Sector}, as in the S&P 500 data set;
 * quoted names with commas are allowed). {@link #columns} maps panel columns to sector indices (-1 when
 * a symbol has no label).
 */
public record Sectors(Map<String, String> bySymbol) {

    public static final String FILE = "constituents.csv";

    /** The labels in {@code folder/constituents.csv}, or null when there is no such file. */
    public static Sectors find(Path folder) {
        Path f = folder.resolve(FILE);
        return Files.isRegularFile(f) ? read(f) : null;
    }

    public static Sectors read(Path file) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) throw new IllegalArgumentException(file + " is empty; expected a header Symbol,Name,Sector");
        List<String> header = split(lines.get(0));
        int sym = indexOf(header, "symbol"), sec = indexOf(header, "sector");
        if (sym < 0 || sec < 0) throw new IllegalArgumentException(file + ":1: expected columns Symbol and Sector, found " + header);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            List<String> f = split(lines.get(i));
            if (f.size() <= Math.max(sym, sec)) throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + header.size() + " fields, found " + f.size());
            m.put(f.get(sym).trim(), f.get(sec).trim());
        }
        return new Sectors(Map.copyOf(m));
    }

    /** Sector index per symbol (indices in order of first appearance), -1 when unlabelled. */
    public int[] columns(List<String> symbols) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[symbols.size()];
        for (int c = 0; c < out.length; c++) {
            String s = bySymbol.get(symbols.get(c));
            out[c] = s == null ? -1 : ids.computeIfAbsent(s, k -> ids.size());
        }
        return out;
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) if (header.get(i).trim().equalsIgnoreCase(name)) return i;
        return -1;
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) {
                out.add(b.toString());
                b.setLength(0);
            } else b.append(c);
        }
        out.add(b.toString());
        return out;
    }
}
