package dev.qforge.agents.rdloop;

import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTest {

    static final ExpressionGrammar G = ExpressionGrammar.standard(new LinkedHashSet<>(List.of("close", "volume")), 6);

    @Test
    void randomCompletionsParseAndRespectTheLength() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 500; i++) {
            List<Integer> e = G.complete(List.of(), rng);
            assertThat(e.size()).isBetween(1, 6);
            assertThat(G.openSlots(e)).isZero();
            String text = G.render(e);
            assertThat(Expression.parse(text).fields()).isNotEmpty();
        }
    }

    @Test
    void mctsConcentratesOnTheRewardedRegion() {
        // reward: 0.05 for expressions that read $volume inside a 20-day mean, 0.01 otherwise
        MctsFactorSearch m = new MctsFactorSearch(G, 0.05, 0.5);
        Map<String, Double> seen = m.search(400, t -> t.contains("Mean($volume,20)") ? 0.05 : 0.01, new SplittableRandom(2));
        assertThat(seen.keySet()).anyMatch(t -> t.contains("Mean($volume,20)"));
        // the second half of the simulations visits the good region more often than uniform rollouts would
        long good = seen.keySet().stream().filter(t -> t.contains("Mean($volume,20)")).count();
        SplittableRandom rng = new SplittableRandom(2);
        Set<String> uniform = new LinkedHashSet<>();
        for (int i = 0; i < 400; i++) uniform.add(G.render(G.complete(List.of(), rng)));
        long goodUniform = uniform.stream().filter(t -> t.contains("Mean($volume,20)")).count();
        assertThat(good).isGreaterThan(goodUniform);
        // the same seed gives the same search
        assertThat(new MctsFactorSearch(G, 0.05, 0.5).search(100, t -> t.length() / 100.0, new SplittableRandom(4)))
                .isEqualTo(new MctsFactorSearch(G, 0.05, 0.5).search(100, t -> t.length() / 100.0, new SplittableRandom(4)));
    }

    @Test
    void mutationAndCrossoverGiveNewValidExpressions() {
        FactorMutation mu = new FactorMutation(G);
        List<String> parents = List.of("Mean($close,5)", "(Std($volume,20)/$close)");
        List<String> kids = mu.children(parents, 20, new SplittableRandom(3));
        assertThat(kids).hasSizeGreaterThan(10).doesNotContainAnyElementsOf(parents).doesNotHaveDuplicates();
        for (String k : kids) assertThat(Expression.parse(k).canonical()).isEqualTo(k);
        assertThat(mu.children(parents, 20, new SplittableRandom(3))).isEqualTo(kids);
    }
}
