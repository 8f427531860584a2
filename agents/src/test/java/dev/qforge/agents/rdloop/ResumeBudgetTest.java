package dev.qforge.agents.rdloop;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code rdloop resume --loops N}: a run its budget stopped continues under a raised one, as if started with it. */
class ResumeBudgetTest {

    @Test
    void aRunStoppedAtThreeLoopsAndRaisedToFiveEqualsAFreshFiveLoopRun() {
        ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
        RdLoopStore store = LoopFixtures.store();
        LoopConfig three = LoopFixtures.config(21, 3);

        store.createRun("raised", "offline", "synthetic", d.fingerprint(), "s", three);
        loop("raised", three, d, store).run();
        assertThat(store.run("raised").orElseThrow().status()).isEqualTo("done");
        List<String> firstThree = summary(store.steps("raised"));
        assertThat(firstThree).hasSize(3);

        LoopConfig five = store.changeBudgets("raised", 5, null, null);
        assertThat(five).isEqualTo(three.withLoops(5));
        assertThat(store.run("raised").orElseThrow().config()).isEqualTo(five);
        // a fresh process resumes from the store: new loop, new researcher
        LoopState resumed = loop("raised", store.run("raised").orElseThrow().config(), d, store).run();
        assertThat(resumed.loopsDone()).isEqualTo(5);
        assertThat(summary(store.steps("raised")).subList(0, 3)).as("steps 1-3 unchanged").isEqualTo(firstThree);
        assertThat(store.run("raised").orElseThrow().status()).isEqualTo("done");

        LoopConfig fresh5 = LoopFixtures.config(21, 5);
        store.createRun("fresh", "offline", "synthetic", d.fingerprint(), "s", fresh5);
        LoopState fresh = loop("fresh", fresh5, d, store).run();
        assertThat(resumed.expressions()).isEqualTo(fresh.expressions());
        assertThat(resumed.model()).isEqualTo(fresh.model());
        assertThat(resumed.best()).isEqualTo(fresh.best());
        assertThat(summary(resumed.steps())).isEqualTo(summary(fresh.steps()));
        // both arms ran, so the bandit's posterior rebuilt from the store mattered
        assertThat(fresh.steps().stream().map(StepRecord::arm).distinct()).contains(Arm.FACTOR, Arm.MODEL);

        assertThat(store.budgetChanges("raised")).singleElement().satisfies(c -> {
            assertThat(c.loopsDone()).isEqualTo(3);
            assertThat(c.loopsBefore()).isEqualTo(3);
            assertThat(c.loopsAfter()).isEqualTo(5);
            assertThat(c.describe()).isEqualTo("loops 3 -> 5");
        });
    }

    @Test
    void aTokenBudgetThatStoppedTheRunCanBeRaised() {
        ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
        RdLoopStore store = LoopFixtures.store();
        LoopConfig cfg = LoopFixtures.config(3, 4).withBudgets(0, 70);
        store.createRun("tok", "scripted", "synthetic", d.fingerprint(), "s", cfg);
        LoopState s = new RdLoop("tok", cfg, d, LoopFixtures.costly(), null, store, LoopFixtures.clock(), null).run();
        assertThat(s.loopsDone()).isEqualTo(2); // 40 tokens a loop: 80 >= 70 after the second
        assertThat(store.run("tok").orElseThrow().status()).isEqualTo("token-budget");

        assertThatThrownBy(() -> store.changeBudgets("tok", null, null, 80L))
                .hasMessageContaining("a token budget of 80 is not above the 80 tokens it has already spent");
        LoopConfig raised = store.changeBudgets("tok", null, null, 0L); // 0: no limit
        LoopState all = new RdLoop("tok", raised, d, LoopFixtures.costly(), null, store, LoopFixtures.clock(), null).run();
        assertThat(all.loopsDone()).isEqualTo(4);
        assertThat(all.tokens()).isEqualTo(160);
        assertThat(store.run("tok").orElseThrow().status()).isEqualTo("done");
        assertThat(store.budgetChanges("tok")).singleElement().extracting(BudgetChange::describe).isEqualTo("token budget 70 -> 0");
    }

    @Test
    void budgetsCannotBeSetBelowWhatIsDone() {
        ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
        RdLoopStore store = LoopFixtures.store();
        LoopConfig cfg = LoopFixtures.config(3, 2);
        store.createRun("low", "scripted", "synthetic", d.fingerprint(), "s", cfg);
        // every loop lasts 1.5 s on this clock
        java.time.Clock ticking = LoopFixtures.ticking(1500);
        new RdLoop("low", cfg, d, LoopFixtures.costly(), null, store, ticking, null).run();
        long spent = store.steps("low").stream().mapToLong(StepRecord::millis).sum();
        assertThat(spent).isGreaterThanOrEqualTo(3000);
        assertThatThrownBy(() -> store.changeBudgets("low", 1, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a loop budget of 1 is below the 2 loops it has already done");
        assertThatThrownBy(() -> store.changeBudgets("low", null, 2L, null))
                .hasMessageContaining("a wall budget of 2 s is not above the " + String.format(java.util.Locale.ROOT, "%.1f", spent / 1000.0) + " s");
        assertThatThrownBy(() -> store.changeBudgets("low", null, null, -1L)).hasMessageContaining("budgets must be >= 0");
        assertThatThrownBy(() -> store.changeBudgets("nope", 5, null, null)).hasMessageContaining("no R&D loop run 'nope'");
        // nothing was changed by the refused calls, and an unchanged budget is not recorded
        assertThat(store.run("low").orElseThrow().config()).isEqualTo(cfg);
        assertThat(store.changeBudgets("low", 2, 0L, 0L)).isEqualTo(cfg);
        assertThat(store.budgetChanges("low")).isEmpty();
        assertThat(store.changeBudgets("low", 2, spent / 1000 + 10, null)).isEqualTo(cfg.withBudgets(spent / 1000 + 10, 0));
        assertThat(store.budgetChanges("low")).singleElement().satisfies(c -> assertThat(c.loopsDone()).isEqualTo(2));
    }

    private static RdLoop loop(String id, LoopConfig cfg, ResearchData d, RdLoopStore store) {
        return new RdLoop(id, cfg, d, new OfflineResearcher(d, cfg), LoopFixtures.TestRidge::new, store, LoopFixtures.clock(), null);
    }

    /** Everything a step decided, without its wall time. */
    private static List<String> summary(List<StepRecord> steps) {
        return steps.stream().map(s -> s.loop() + "|" + s.arm() + "|" + s.status() + "|" + s.code() + "|" + s.reason() + "|" + s.reward()
                + "|" + s.candidate() + "|" + s.bestAfter() + "|" + java.util.Arrays.toString(s.context()) + "|" + s.attempts()).toList();
    }
}
