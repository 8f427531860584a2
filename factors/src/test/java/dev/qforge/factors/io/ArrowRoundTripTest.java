package dev.qforge.factors.io;

import dev.qforge.data.Panel;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArrowRoundTripTest {

    static final double N = Double.NaN;
    // B lists one row late: its first row is not part of its history and is not written
    static final Panel PANEL = Panel.ofMatrices(new long[]{86_400_000L, 2 * 86_400_000L, 3 * 86_400_000L}, List.of("A", "B"),
            Map.of("close", new double[]{10, N, 11, 20, 12.5, 0}));

    @Test
    void factorsSurviveAWriteAndReadWithNullsForMissingValues(@TempDir Path dir) {
        FactorEngine engine = new FactorEngine(new FactorData(PANEL), 1, 1);
        List<Expression> exprs = List.of(Expression.parse("$close"), Expression.parse("1/$close"));
        Path f = dir.resolve("x.arrow");
        FactorData data = engine.data();
        try (ArrowFactorWriter w = new ArrowFactorWriter(f, PANEL.times(), PANEL.symbols(), List.of("c", "inv"), false, Map.of("k", "v"))) {
            engine.run(exprs, (c0, n, v) -> {
                int[] first = new int[n], last = new int[n];
                for (int c = 0; c < n; c++) {
                    first[c] = data.first(c0 + c);
                    last[c] = data.last(c0 + c);
                }
                w.add(c0, n, v, first, last);
            }, null);
            assertThat(w.rowsWritten()).isEqualTo(5);
        }
        assertThat(ArrowFactorReader.metadata(f)).containsEntry("k", "v");
        Map<String, FactorMatrix> back = ArrowFactorReader.read(f);
        assertThat(back.keySet()).containsExactly("c", "inv");
        FactorMatrix c = back.get("c"), inv = back.get("inv");
        assertThat(c.symbols()).containsExactly("A", "B");
        assertThat(c.times()).containsExactly(PANEL.times());
        assertThat(c.values()).containsExactly(10, N, 11, 20, 12.5, 0);
        assertThat(inv.get(2, 1)).isNaN(); // 1/0 = inf is written as null
        assertThat(inv.get(0, 0)).isEqualTo(0.1);
    }

    @Test
    void cacheComputesOnceAndRecomputesWhenTheFileDoesNotMatch(@TempDir Path dir) throws Exception {
        FactorEngine engine = new FactorEngine(new FactorData(PANEL), 1, 1);
        FactorCache cache = new FactorCache(dir);
        Expression e = Expression.parse("Mean($close, 2)");
        FactorMatrix first = cache.get(e, "fp1", engine);
        Path file = cache.file(e, "fp1");
        assertThat(file).exists();
        assertThat(ArrowFactorReader.metadata(file)).containsEntry("canonical", "Mean($close,2)").containsEntry("fingerprint", "fp1");
        long stamp = Files.getLastModifiedTime(file).toMillis();
        FactorMatrix again = cache.get(Expression.parse("Mean( $close ,2 )"), "fp1", engine); // same canonical form
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(stamp);
        assertThat(again.values()).containsExactly(first.values());
        assertThat(cache.file(e, "fp2")).isNotEqualTo(file); // other data, other entry
        // a file whose metadata belong to another expression is not trusted
        Files.copy(cache.file(e, "fp1"), cache.file(Expression.parse("$close"), "fp1"));
        FactorMatrix close = cache.get(Expression.parse("$close"), "fp1", engine);
        assertThat(close.values()).containsExactly(10, N, 11, 20, 12.5, 0);
    }
}
