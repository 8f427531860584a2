package dev.qforge.factors.io;

import dev.qforge.data.Panel;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The factor cache persists across qforge versions (qforge-out/factor-cache by default). A file left by a build
 * whose operator rules differ carries the same expression and data fingerprint, so those alone must not make it
 * a hit: after an upgrade that corrects an operator the user would silently keep getting the old values.
 */
class FactorCacheVersionTest {

    @Test
    void aCacheFileWithoutTheCurrentEngineRulesIsRecomputed(@TempDir Path dir) {
        long[] times = {86_400_000L, 2 * 86_400_000L, 3 * 86_400_000L};
        Panel panel = Panel.ofMatrices(times, List.of("A"), Map.of("close", new double[]{10, 11, 12}));
        FactorEngine engine = new FactorEngine(new FactorData(panel), 1, 8);
        Expression e = Expression.parse("Mean($close,2)");
        FactorCache cache = new FactorCache(dir);
        String fingerprint = "same-bars";
        // as an older build would have left it: same expression and data, values from other rules
        try (ArrowFactorWriter w = new ArrowFactorWriter(cache.file(e, fingerprint), times, List.of("A"), List.of("value"), false,
                Map.of("expression", e.text(), "canonical", e.canonical(), "fingerprint", fingerprint))) {
            w.add(0, 1, new double[][]{{-1, -1, -1}}, new int[]{0}, new int[]{2});
        }
        // by hand: means of {10}, {10, 11}, {11, 12}
        assertThat(cache.get(e, fingerprint, engine).values()).containsExactly(10, 10.5, 11.5);
        // the stale file was replaced: a second read is a hit with the current values
        assertThat(cache.get(e, fingerprint, engine).values()).containsExactly(10, 10.5, 11.5);
    }
}
