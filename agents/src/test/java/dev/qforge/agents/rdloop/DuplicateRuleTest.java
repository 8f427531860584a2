package dev.qforge.agents.rdloop;

import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.portfolio.FactorBacktest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The duplicate rule compares the size of the mean daily correlation: a negated copy carries the same information. */
class DuplicateRuleTest {

    @Test
    void aNegatedCopyOfAnAcceptedFactorIsAsCloseAsTheFactorItself() {
        Lab lab = Lab.research(LoopFixtures.split(LoopFixtures.U).research(), null, FactorBacktest.Options.qlibDefaults());
        String x = Expression.parse("Mean($close,5)/$close-1").canonical();
        String negX = Expression.parse("-(" + x + ")").canonical();
        List<AcceptedFactor> accepted = List.of(new AcceptedFactor("F0", x, 0));
        var same = lab.closest(lab.values(x), accepted);
        var negated = lab.closest(lab.values(negX), accepted);
        assertThat(same.getValue()).isCloseTo(1.0, within(1e-9));
        assertThat(negated.getKey()).isEqualTo("F0");
        // |corr| = 1 >= 0.99: a duplicate, whatever its sign
        assertThat(negated.getValue()).isCloseTo(1.0, within(1e-9));
    }
}
