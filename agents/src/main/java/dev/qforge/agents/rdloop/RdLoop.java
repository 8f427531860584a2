package dev.qforge.agents.rdloop;

import dev.qforge.agents.bandit.Bandit;
import dev.qforge.agents.models.ForecasterFactory;
import dev.qforge.agents.models.ModelSpec;
import dev.qforge.factors.portfolio.FactorBacktest;
import dev.qforge.llm.LlmException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The R&amp;D loop of R&amp;D-Agent(Q): each loop the scheduler picks an arm, the research agent proposes, development
 * checks and runs the proposal (repairing it from the error up to {@code maxAttempts} times), and feedback scores the
 * state it would make on the <b>validation</b> period and accepts it when it beats the best state by the configured
 * rule. The loop holds only {@link ResearchData}, cut at the end of validation: it cannot read the test period.
 * A factor's sign is decided on the config's {@link SearchSlice} (validation, or with {@code searchOn = train-tail}
 * the end of the train period, so that validation only accepts or rejects).
 *
 * <p>Determinism and resume: loop {@code k} draws the scheduler's choice and the research agent's randomness from
 * {@code SplittableRandom(config.loopSeed(k))}; the state and the bandit are rebuilt from the stored steps. So a run
 * interrupted after loop {@code k} and resumed computes loops {@code k+1..} exactly as an uninterrupted run does.
 * A loop is stored whole after it ends; a loop interrupted half-way is run again from its start. The loop count only
 * bounds the run (no draw depends on it), so a run stopped by its budget and resumed with a raised one
 * ({@link RdLoopStore#changeBudgets}) runs the loops a run started with that budget would have run.
 *
 * <p>The model arm needs at least one accepted factor (its features) and a forecaster factory; until then the factor
 * arm is played whatever the scheduler drew, and the step records that.
 */
public final class RdLoop {

    /** Called after each stored loop (progress lines; tests inject failures here). */
    public interface Listener {
        void afterLoop(StepRecord step, LoopState state);
    }

    private final String runId;
    private final LoopConfig config;
    private final ResearchData data;
    private final Researcher researcher;
    private final ForecasterFactory models;
    private final RdLoopStore store;
    private final Clock clock;
    private final Listener listener;
    private final Lab lab;

    public RdLoop(String runId, LoopConfig config, ResearchData data, Researcher researcher, ForecasterFactory models,
                  RdLoopStore store, Clock clock, Listener listener) {
        this.runId = runId;
        this.config = config;
        this.data = data;
        this.researcher = researcher;
        this.models = models;
        this.store = store;
        this.clock = clock;
        this.listener = listener == null ? (s, st) -> { } : listener;
        this.lab = Lab.research(data, models, new FactorBacktest.Options(config.topk(), config.ndrop(), 100_000_000, 0.95),
                SearchSlice.of(data, config));
    }

    /** Runs (or resumes) until the loop count or a budget is reached; returns the final state. */
    public LoopState run() {
        LoopState state = new LoopState(config.seed());
        Bandit bandit = Bandit.named(config.scheduler(), Arm.values().length, 9);
        for (StepRecord s : store.steps(runId)) {
            state.apply(s);
            bandit.update(s.arm().ordinal(), s.context(), s.reward());
        }
        store.setStatus(runId, "running");
        for (int k = state.loopsDone(); k < config.loops(); k++) {
            String stop = budgetLeft(state);
            if (stop != null) {
                store.setStatus(runId, stop);
                return state;
            }
            StepRecord s = loop(k, state, bandit);
            store.saveStep(runId, s);
            state.apply(s);
            bandit.update(s.arm().ordinal(), s.context(), s.reward());
            listener.afterLoop(s, state);
        }
        store.setStatus(runId, "done");
        return state;
    }

    private String budgetLeft(LoopState s) {
        if (config.wallBudgetSeconds() > 0 && s.millis() >= config.wallBudgetSeconds() * 1000) return "wall-budget";
        if (config.tokenBudget() > 0 && s.tokens() >= config.tokenBudget()) return "token-budget";
        return null;
    }

    StepRecord loop(int k, LoopState state, Bandit bandit) {
        long start = clock.millis();
        SplittableRandom rng = new SplittableRandom(config.loopSeed(k));
        double[] context = Reward.context(state.best());
        Arm drawn = Arm.values()[bandit.choose(context, rng.split())];
        Arm arm = drawn == Arm.MODEL && (models == null || state.factors().isEmpty()) ? Arm.FACTOR : drawn;
        String forced = arm != drawn ? (models == null ? "model arm drawn, but no forecaster is configured; " : "model arm drawn, but no factor is accepted yet; ") : "";
        ResearchContext ctx = new ResearchContext(k, rng.split(), state.factors(), state.model(), state.best(), state.steps(), data.fieldNames());

        List<Attempt> attempts = new ArrayList<>();
        int tokens = 0;
        Proposal p = null;
        String error = null;
        for (int i = 1; i <= config.maxAttempts(); i++) {
            try {
                p = i == 1 || p == null ? researcher.propose(arm, ctx) : researcher.repair(arm, ctx, p, error);
            } catch (LlmException e) {
                error = "the model call failed: " + e.getMessage();
                attempts.add(new Attempt(i, null, error, 0));
                p = null;
                continue;
            } catch (IllegalStateException e) {
                error = e.getMessage();
                break;
            }
            tokens += p.tokens();
            try {
                Outcome o = arm == Arm.FACTOR ? factor(p.code(), state) : model(p.code(), state);
                attempts.add(new Attempt(i, p.code(), null, p.tokens()));
                return feedback(k, arm, context, attempts, o, state, forced, tokens, clock.millis() - start);
            } catch (RuntimeException e) {
                error = e.getMessage() == null ? e.toString() : e.getMessage();
                attempts.add(new Attempt(i, p.code(), error, p.tokens()));
            }
        }
        String reason = forced + "no proposal ran in " + attempts.size() + " attempt" + (attempts.size() == 1 ? "" : "s")
                + (error == null ? "" : "; last error: " + error);
        return new StepRecord(k, arm, context, attempts, null, Metrics.NONE, StepStatus.FAILED, reason, state.best(),
                Reward.FAILED, tokens, clock.millis() - start);
    }

    /** A proposal that ran: its code and either the state's score or the accepted factor it duplicates. */
    private record Outcome(String code, Metrics metrics, String duplicateOf, double correlation) {
    }

    private Outcome factor(String code, LoopState state) {
        Lab.FactorRun f = lab.factor(code);
        if (state.expressions().contains(f.expression())) return new Outcome(f.expression(), null, "itself", 1.0);
        Map.Entry<String, Double> c = lab.closest(f.values(), state.factors());
        if (c.getValue() >= config.duplicateThreshold()) return new Outcome(f.expression(), null, c.getKey(), c.getValue());
        List<String> exprs = new ArrayList<>(state.expressions());
        exprs.add(f.expression());
        return new Outcome(f.expression(), lab.metrics(lab.score(exprs, state.model())), null, 0);
    }

    private Outcome model(String code, LoopState state) {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("the answer held no model spec");
        ModelSpec spec = ModelSpecText.parse(code, config.seed());
        String text = ModelSpecText.print(spec);
        return new Outcome(text, lab.metrics(lab.score(state.expressions(), spec)), null, 0);
    }

    private StepRecord feedback(int k, Arm arm, double[] context, List<Attempt> attempts, Outcome o, LoopState state,
                                String forced, int tokens, long millis) {
        Metrics best = state.best();
        if (o.duplicateOf != null) {
            String why = String.format(java.util.Locale.ROOT, "%sduplicate of %s (mean daily correlation %.4f >= %.2f)", forced,
                    o.duplicateOf, o.correlation, config.duplicateThreshold());
            return new StepRecord(k, arm, context, attempts, o.code, Metrics.NONE, StepStatus.DUPLICATE, why, best, Reward.DUPLICATE, tokens, millis);
        }
        String m = config.acceptMetric();
        double base = best.get(m);
        if (Double.isNaN(base)) base = m.equalsIgnoreCase("MDD") ? Double.NEGATIVE_INFINITY : 0;
        double value = o.metrics.get(m);
        boolean accept = value > base + config.minImprovement();
        String why = String.format(java.util.Locale.ROOT, "%svalidation %s %.4f %s %s %.4f%s", forced, m, value, accept ? ">" : "<=",
                Double.isNaN(best.get(m)) ? "start" : "best", base, config.minImprovement() == 0 ? "" : " + " + config.minImprovement());
        return new StepRecord(k, arm, context, attempts, o.code, o.metrics, accept ? StepStatus.ACCEPTED : StepStatus.REJECTED, why,
                accept ? o.metrics : best, Reward.of(best, o.metrics), tokens, millis);
    }
}
