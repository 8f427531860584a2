package dev.qforge.agents.env;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DifferentialSharpeTest {

    @Test
    void matchesHandComputedValues() {
        // eta 0.1, A0 = B0 = 0, returns 0.01, 0.02, -0.01:
        // step 1: variance 0 -> D = 0; A = 0.001, B = 1e-5
        // step 2: dA = 0.019, dB = 3.9e-4, var = 9e-6: D = (1e-5*0.019 - 0.5*0.001*3.9e-4) / (9e-6)^1.5 = -5e-9 / 2.7e-8
        // step 3: A = 0.0029, B = 4.9e-5, dA = -0.0129, dB = 5.1e-5, var = 4.059e-5:
        //         D = (4.9e-5*-0.0129 - 0.5*0.0029*5.1e-5) / (4.059e-5)^1.5 = -7.0605e-7 / 2.58605e-7
        DifferentialSharpe d = new DifferentialSharpe(0.1, 100);
        assertThat(d.update(0.01)).isZero();
        assertThat(d.update(0.02)).isCloseTo(-5e-9 / 2.7e-8, within(1e-9));
        assertThat(d.update(-0.01)).isCloseTo(-7.0605e-7 / Math.pow(4.059e-5, 1.5), within(1e-6));
        assertThat(d.firstMoment()).isCloseTo(0.0029 + 0.1 * (-0.0129), within(1e-15));
    }

    @Test
    void isTheFirstOrderChangeOfTheMovingSharpeRatio() {
        // Moody & Saffell: S_t = A_t / sqrt(B_t - A_t^2) expands as S_{t-1} + eta * D_t + O(eta^2)
        double a = 0.0004, b = 0.0004 * 0.0004 + 1e-6, r = 0.0031, eta = 1e-6;
        DifferentialSharpe d = new DifferentialSharpe(eta, 1e9);
        d.reset(a, b);
        double before = a / Math.sqrt(b - a * a);
        double dt = d.update(r);
        double after = d.firstMoment() / Math.sqrt(d.secondMoment() - d.firstMoment() * d.firstMoment());
        assertThat((after - before) / eta).isCloseTo(dt, within(1e-3 * Math.abs(dt)));
    }

    @Test
    void clipsAndRejectsBadSettings() {
        DifferentialSharpe d = new DifferentialSharpe(0.5, 2);
        d.reset(0, 1e-12);
        assertThat(d.update(0.05)).isEqualTo(2);
        assertThatThrownBy(() -> new DifferentialSharpe(0, 1)).hasMessageContaining("eta");
        assertThatThrownBy(() -> new DifferentialSharpe(0.1, 0)).hasMessageContaining("clip");
    }
}
