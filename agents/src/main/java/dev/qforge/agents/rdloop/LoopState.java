package dev.qforge.agents.rdloop;

import dev.qforge.agents.models.ModelSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The state the loop improves: the accepted factor set, the accepted model (null: the factor set's score is the
 * equal-weight mean of the factors' daily z-scores, {@link ScoreCombiner}; otherwise the model trained on the factor
 * set), the validation metrics of that score, and every step so far.
 *
 * <p>The state is a pure function of the persisted steps ({@link #apply}), which is what makes a resumed run end in
 * the same state as one that was never interrupted.
 */
public final class LoopState {

    private final long modelSeed;
    private final List<AcceptedFactor> factors = new ArrayList<>();
    private final List<StepRecord> steps = new ArrayList<>();
    private ModelSpec model;
    private Metrics best = Metrics.NONE;

    public LoopState(long modelSeed) {
        this.modelSeed = modelSeed;
    }

    /** Adds a completed loop: an accepted factor joins the set, an accepted model replaces the model. */
    public void apply(StepRecord s) {
        if (s.loop() != steps.size()) throw new IllegalStateException("loop " + s.loop() + " applied after " + steps.size() + " loops");
        steps.add(s);
        if (s.status() == StepStatus.ACCEPTED) {
            if (s.arm() == Arm.FACTOR) factors.add(new AcceptedFactor("F" + s.loop(), s.code(), s.loop()));
            else model = ModelSpecText.parse(s.code(), modelSeed);
        }
        best = s.bestAfter();
    }

    public List<AcceptedFactor> factors() {
        return List.copyOf(factors);
    }

    public List<String> expressions() {
        return factors.stream().map(AcceptedFactor::expression).toList();
    }

    public ModelSpec model() {
        return model;
    }

    public Metrics best() {
        return best;
    }

    public List<StepRecord> steps() {
        return List.copyOf(steps);
    }

    public int loopsDone() {
        return steps.size();
    }

    public long tokens() {
        return steps.stream().mapToLong(StepRecord::tokens).sum();
    }

    public long millis() {
        return steps.stream().mapToLong(StepRecord::millis).sum();
    }
}
