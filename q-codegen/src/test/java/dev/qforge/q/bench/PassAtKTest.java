package dev.qforge.q.bench;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PassAtKTest {

    @Test
    void handComputedValues() {
        // n=5, c=2, k=1: 1 - C(3,1)/C(5,1) = 1 - 3/5
        assertThat(PassAtK.estimate(5, 2, 1)).isCloseTo(0.4, within(1e-12));
        // n=5, c=2, k=2: 1 - C(3,2)/C(5,2) = 1 - 3/10
        assertThat(PassAtK.estimate(5, 2, 2)).isCloseTo(0.7, within(1e-12));
        // n=10, c=1, k=5: 1 - C(9,5)/C(10,5) = 1 - 126/252
        assertThat(PassAtK.estimate(10, 1, 5)).isCloseTo(0.5, within(1e-12));
        // n=8, c=3, k=4: 1 - C(5,4)/C(8,4) = 1 - 5/70
        assertThat(PassAtK.estimate(8, 3, 4)).isCloseTo(1 - 5.0 / 70, within(1e-12));
        // k=1 is the plain pass rate c/n
        assertThat(PassAtK.estimate(8, 3, 1)).isCloseTo(3.0 / 8, within(1e-12));
    }

    @Test
    void edgeCases() {
        assertThat(PassAtK.estimate(5, 0, 1)).isEqualTo(0.0);
        assertThat(PassAtK.estimate(5, 0, 5)).isEqualTo(0.0);
        assertThat(PassAtK.estimate(5, 3, 3)).isEqualTo(1.0); // n-c = 2 < k = 3
        assertThat(PassAtK.estimate(5, 5, 1)).isEqualTo(1.0);
        assertThat(PassAtK.estimate(1, 1, 1)).isEqualTo(1.0);
    }

    @Test
    void stableForLargeNAgainstExactBinomials() {
        int n = 200, c = 37, k = 100;
        BigDecimal ratio = new BigDecimal(binomial(n - c, k)).divide(new BigDecimal(binomial(n, k)), MathContext.DECIMAL128);
        double exact = 1 - ratio.doubleValue();
        assertThat(PassAtK.estimate(n, c, k)).isCloseTo(exact, within(1e-12));
    }

    @Test
    void rejectsImpossibleArguments() {
        assertThatThrownBy(() -> PassAtK.estimate(0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassAtK.estimate(5, 6, 1)).hasMessageContaining("c must lie");
        assertThatThrownBy(() -> PassAtK.estimate(5, 2, 6)).hasMessageContaining("k must lie");
        assertThatThrownBy(() -> PassAtK.estimate(5, 2, 0)).hasMessageContaining("k must lie");
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        return r;
    }
}
