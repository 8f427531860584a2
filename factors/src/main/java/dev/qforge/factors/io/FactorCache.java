package dev.qforge.factors.io;

import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A folder of computed factors as Arrow files, keyed by the expression's canonical form and the data's
 * fingerprint: the same expression on the same bars is computed once. Each file records its expression and
 * fingerprint in the schema metadata, and a file whose metadata do not match (a hash collision, a
 * hand-edited file, or a file written under other operator rules, {@link FactorEngine#RULES_VERSION}) is
 * recomputed. Values are stored as float64, so a cached factor equals a fresh one (except ±inf, which Arrow
 * files hold as null and read back as NaN; the evaluation skips both alike).
 */
public final class FactorCache {

    private final Path dir;

    public FactorCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path file(Expression e, String fingerprint) {
        return dir.resolve(key(e, fingerprint) + ".arrow");
    }

    /** The cached values, or computes, stores and returns them. */
    public FactorMatrix get(Expression e, String fingerprint, FactorEngine engine) {
        Path f = file(e, fingerprint);
        if (Files.isRegularFile(f)) {
            Map<String, String> meta = ArrowFactorReader.metadata(f);
            if (e.canonical().equals(meta.get("canonical")) && fingerprint.equals(meta.get("fingerprint"))
                    && FactorEngine.RULES_VERSION.equals(meta.get("rules"))) {
                FactorMatrix m = ArrowFactorReader.read(f).get("value");
                if (m != null && m.symbols().equals(engine.data().panel().symbols()) && m.rows() == engine.data().rows()) {
                    return new FactorMatrix(e.text(), m.times(), m.symbols(), m.values());
                }
            }
        }
        FactorMatrix m = engine.evaluate(e);
        write(f, e, fingerprint, engine, m);
        return m;
    }

    private static void write(Path f, Expression e, String fingerprint, FactorEngine engine, FactorMatrix m) {
        var data = engine.data();
        int rows = m.rows(), cols = m.cols();
        double[] im = new double[rows * cols];
        int[] first = new int[cols], last = new int[cols];
        for (int c = 0; c < cols; c++) {
            first[c] = data.first(c);
            last[c] = data.last(c);
            for (int r = 0; r < rows; r++) im[c * rows + r] = m.values()[r * cols + c];
        }
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        try (ArrowFactorWriter w = new ArrowFactorWriter(tmp, m.times(), m.symbols(), List.of("value"), false,
                Map.of("expression", e.text(), "canonical", e.canonical(), "fingerprint", fingerprint,
                        "rules", FactorEngine.RULES_VERSION))) {
            w.add(0, cols, new double[][]{im}, first, last);
        }
        try {
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException("cannot store " + f + ": " + ex.getMessage(), ex);
        }
    }

    static String key(Expression e, String fingerprint) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(e.canonical().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 40);
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
