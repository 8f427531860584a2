package dev.qforge.agents.rdloop;

import dev.qforge.agents.models.ModelSpec;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What a research agent knows when it proposes: the loop index and the loop's own seeded generator, the current best
 * state (factors, model, validation metrics), the steps so far (the agent quotes the recent ones as feedback and
 * avoids repeating a tried proposal) and the fields the data have.
 */
public record ResearchContext(int loop, SplittableRandom rng, List<AcceptedFactor> factors, ModelSpec model, Metrics best,
                              List<StepRecord> history, Set<String> fields) {

    /** Every code tried in earlier loops (attempts included). */
    public Set<String> tried() {
        Set<String> s = new java.util.HashSet<>();
        for (StepRecord r : history) for (Attempt a : r.attempts()) if (a.code() != null) s.add(a.code());
        return s;
    }
}
