package dev.qforge.factors.analysis;

import dev.qforge.data.TestFiles;
import dev.qforge.data.validate.Policy;
import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.io.UniverseLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Factors over the real S&P 500 set in ../shared/data (skipped when it is absent). */
class Sp500FactorsTest {

    static UniverseLoader.Universe universe;

    @BeforeAll
    static void load() {
        Path shared = TestFiles.sharedData();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("sp500-daily")), "../shared/data/sp500-daily is absent: skipping");
        universe = UniverseLoader.load(shared.resolve("sp500-daily"), Policy.DROP, null);
    }

    @Test
    void alpha158OverTheWholeSetCompletes() {
        var panel = universe.panel();
        assertThat(panel.instrumentCount()).isGreaterThan(500);
        List<Expression> exprs = new ArrayList<>();
        for (Alpha158.Feature f : Alpha158.features()) exprs.add(f.expression());
        exprs.add(Alpha158.label());
        int rows = panel.timeCount(), cols = panel.instrumentCount();
        AtomicLongArray finite = new AtomicLongArray(exprs.size());
        int aapl = panel.columnOf("AAPL");
        double[] close = panel.matrix("close");
        double[][] roc5 = new double[1][];
        new FactorEngine(panel).run(exprs, (c0, n, values) -> {
            for (int k = 0; k < values.length; k++) {
                long f = 0;
                for (double v : values[k]) if (Double.isFinite(v)) f++;
                finite.addAndGet(k, f);
            }
            if (aapl >= c0 && aapl < c0 + n) roc5[0] = java.util.Arrays.copyOfRange(values[12 + 1], (aapl - c0) * rows, (aapl - c0 + 1) * rows);
        }, null);
        long listed = panel.count("close");
        for (int k = 0; k < exprs.size(); k++) {
            String name = k < 158 ? Alpha158.features().get(k).name() : "LABEL0";
            // every feature is defined on nearly all listed days (the first rows of each history and flat windows aside)
            assertThat((double) finite.get(k) / listed).as(name).isGreaterThan(0.9);
        }
        // ROC5 = Ref($close,5)/$close, checked by hand on AAPL's last rows
        assertThat(Alpha158.features().get(13).name()).isEqualTo("ROC5");
        for (int r = rows - 30; r < rows; r++) {
            double want = close[(r - 5) * cols + aapl] / close[r * cols + aapl];
            assertThat(roc5[0][r]).isCloseTo(want, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void reversalRankIcEqualsANaiveComputation() {
        var panel = universe.panel();
        int rows = panel.timeCount(), cols = panel.instrumentCount();
        long[] t = panel.times();
        int from = 0, to = rows;
        long a = LocalDate.of(2005, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long b = LocalDate.of(2021, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        while (from < rows && t[from] < a) from++;
        while (to > 0 && t[to - 1] >= b) to--;
        FactorMatrix f = new FactorEngine(panel).evaluate(Expression.parse("Ref($close,20)/$close-1"));
        double[] close = panel.matrix("close");
        FactorEvaluation.Result r = FactorEvaluation.evaluate(f, close, from, to, null,
                new FactorEvaluation.Options(new int[]{1}, 5, 10));

        // naive: per day, the factor and next-day return straight from the closes, ranks by counting
        double sum = 0;
        int days = 0;
        for (int d = from; d < to; d++) {
            List<double[]> pairs = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                if (d < 20 || d + 1 >= rows) continue;
                double p = close[d * cols + c], past = close[(d - 20) * cols + c], next = close[(d + 1) * cols + c];
                double fac = past / p - 1, ret = next / p - 1;
                if (Double.isFinite(fac) && Double.isFinite(ret)) pairs.add(new double[]{fac, ret});
            }
            if (pairs.size() < 10) continue;
            double[] rx = naiveRanks(pairs, 0), ry = naiveRanks(pairs, 1);
            sum += naivePearson(rx, ry);
            days++;
        }
        assertThat(r.horizons()[0].rankIc().days()).isEqualTo(days);
        assertThat(r.horizons()[0].rankIc().mean()).isCloseTo(sum / days, org.assertj.core.data.Offset.offset(1e-12));
    }

    static double[] naiveRanks(List<double[]> pairs, int k) {
        double[] out = new double[pairs.size()];
        for (int i = 0; i < out.length; i++) {
            int less = 0, eq = 0;
            for (double[] p : pairs) {
                if (p[k] < pairs.get(i)[k]) less++;
                else if (p[k] == pairs.get(i)[k]) eq++;
            }
            out[i] = less + (eq + 1) / 2.0;
        }
        return out;
    }

    static double naivePearson(double[] x, double[] y) {
        double mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
