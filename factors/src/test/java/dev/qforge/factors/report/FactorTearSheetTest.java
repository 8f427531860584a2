package dev.qforge.factors.report;

import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import dev.qforge.factors.analysis.FactorEvaluation;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FactorTearSheetTest {

    @Test
    void writesThePageAndEveryChart(@TempDir Path dir) throws Exception {
        SyntheticUniverse u = UniverseGenerator.generate(UniverseSpec.of(50, 400, 0.05).withSectors(5), 11);
        FactorMatrix f = new FactorEngine(u.panel()).evaluate(Expression.parse("$factor"));
        FactorEvaluation.Result r = FactorEvaluation.evaluate(f, u.panel().matrix("close"), 30, 380, u.sectors(), FactorEvaluation.Options.defaults());
        Path page = FactorTearSheet.write(dir, r, Map.of("data", "synthetic"));
        String html = Files.readString(page);
        assertThat(html).contains("Information coefficients", "Sector-neutral", "Quantiles", "synthetic");
        for (String png : new String[]{"ic.png", "ic-histogram.png", "ic-monthly.png", "ic-decay.png", "quantile-returns.png",
                "quantile-cumulative.png", "turnover.png"}) {
            assertThat(html).contains("src=\"" + png + "\"");
            byte[] b = Files.readAllBytes(dir.resolve(png));
            assertThat(b.length).as(png).isGreaterThan(2000);
            assertThat(b[1]).isEqualTo((byte) 'P'); // PNG signature \x89PNG
        }
    }

    @Test
    void movingMeanSkipsMissingDays() {
        double[] m = TearSheetCharts.movingMean(new double[]{1, Double.NaN, 3, 5}, 2);
        assertThat(m[0]).isNaN();
        assertThat(m[1]).isNaN();
        assertThat(m[2]).isEqualTo(2.0);
        assertThat(m[3]).isEqualTo(4.0);
    }
}
