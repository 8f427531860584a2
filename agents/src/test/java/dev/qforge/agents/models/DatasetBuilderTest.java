package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class DatasetBuilderTest {

    @Test
    void csRankNormAveragesTiesAndKeepsNaN() {
        double nan = Double.NaN;
        // day 0: values 5, 1, 3, 3, NaN -> ranks among 4 finite: 1 -> 1, 3,3 -> 2.5 each, 5 -> 4
        // day 1: 2, 2, 2, 2, 2 -> all rank 3 of 5
        FactorMatrix m = Grids.matrix("ret", 2, 5, new double[]{5, 1, 3, 3, nan, 2, 2, 2, 2, 2});
        FactorMatrix n = DatasetBuilder.csRankNorm(m);
        double[] v = n.values();
        assertThat(v[0]).isCloseTo((4.0 / 4 - 0.5) * 3.46, offset(1e-12)); // 1.73
        assertThat(v[1]).isCloseTo((1.0 / 4 - 0.5) * 3.46, offset(1e-12)); // -0.865
        assertThat(v[2]).isCloseTo((2.5 / 4 - 0.5) * 3.46, offset(1e-12)); // 0.4325
        assertThat(v[3]).isCloseTo(0.4325, offset(1e-12));
        assertThat(v[4]).isNaN();
        for (int c = 5; c < 10; c++) assertThat(v[c]).isCloseTo((3.0 / 5 - 0.5) * 3.46, offset(1e-12));
    }

    @Test
    void csRankNormOfAnAllMissingDayStaysMissing() {
        double nan = Double.NaN;
        FactorMatrix n = DatasetBuilder.csRankNorm(Grids.matrix("ret", 1, 3, new double[]{nan, nan, nan}));
        assertThat(n.values()).containsOnly(nan);
    }
}
