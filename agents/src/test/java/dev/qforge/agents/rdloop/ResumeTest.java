package dev.qforge.agents.rdloop;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run killed after a loop and resumed ends exactly where an uninterrupted run with the same seed ends. */
class ResumeTest {

    static final class Killed extends RuntimeException {
        Killed() {
            super("killed after loop 2");
        }
    }

    @Test
    void resumeAfterAKillMidRunGivesTheSameFinalState() {
        ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
        LoopConfig cfg = LoopFixtures.config(11, 6);
        RdLoopStore store = LoopFixtures.store();

        store.createRun("whole", "offline", "synthetic", d.fingerprint(), "s", cfg);
        LoopState whole = loop("whole", cfg, d, store, null).run();

        store.createRun("cut", "offline", "synthetic", d.fingerprint(), "s", cfg);
        RdLoop.Listener kill = (s, st) -> {
            if (s.loop() == 2) throw new Killed();
        };
        assertThatThrownBy(() -> loop("cut", cfg, d, store, kill).run()).isInstanceOf(Killed.class);
        assertThat(store.steps("cut")).hasSize(3);
        assertThat(store.run("cut").orElseThrow().status()).isEqualTo("running");
        // a fresh process: new researcher, new loop object, state only from the store
        LoopState resumed = loop("cut", cfg, d, store, null).run();

        assertThat(resumed.expressions()).isEqualTo(whole.expressions());
        assertThat(resumed.model()).isEqualTo(whole.model());
        assertThat(resumed.best()).isEqualTo(whole.best());
        assertThat(summary(resumed.steps())).isEqualTo(summary(whole.steps()));
        assertThat(store.run("cut").orElseThrow().status()).isEqualTo("done");
        // both arms were exercised, so the bandit's rebuilt posterior mattered
        assertThat(whole.steps().stream().map(StepRecord::arm).distinct()).contains(Arm.FACTOR, Arm.MODEL);
    }

    @Test
    void budgetsStopTheRunAndAreRecorded() {
        ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
        RdLoopStore store = LoopFixtures.store();
        LoopConfig cfg = LoopFixtures.config(3, 5).withBudgets(0, 1);
        store.createRun("tok", "scripted", "synthetic", d.fingerprint(), "s", cfg);
        Researcher costly = LoopFixtures.costly();
        LoopState s = new RdLoop("tok", cfg, d, costly, null, store, LoopFixtures.clock(), null).run();
        assertThat(s.loopsDone()).isEqualTo(1);
        assertThat(s.tokens()).isEqualTo(40);
        assertThat(store.run("tok").orElseThrow().status()).isEqualTo("token-budget");
    }

    @Test
    void theWallBudgetCountsLoopTimeFromTheClock() {
        ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
        RdLoopStore store = LoopFixtures.store();
        LoopConfig cfg = LoopFixtures.config(3, 10).withBudgets(5, 0);
        store.createRun("wall", "offline", "synthetic", d.fingerprint(), "s", cfg);
        // every reading of this clock is 1.5 s after the previous one, so each loop lasts 1.5 s or more
        java.time.Clock ticking = LoopFixtures.ticking(1500);
        LoopState s = new RdLoop("wall", cfg, d, new OfflineResearcher(d, cfg), null, store, ticking, null).run();
        assertThat(s.loopsDone()).isBetween(1, 4);
        assertThat(s.millis()).isGreaterThanOrEqualTo(5000);
        long beforeLast = s.millis() - s.steps().get(s.loopsDone() - 1).millis();
        assertThat(beforeLast).isLessThan(5000);
        assertThat(store.run("wall").orElseThrow().status()).isEqualTo("wall-budget");
    }

    private static RdLoop loop(String id, LoopConfig cfg, ResearchData d, RdLoopStore store, RdLoop.Listener l) {
        return new RdLoop(id, cfg, d, new OfflineResearcher(d, cfg), LoopFixtures.TestRidge::new, store, LoopFixtures.clock(), l);
    }

    /** Everything a step decided, without its wall time. */
    private static List<String> summary(List<StepRecord> steps) {
        return steps.stream().map(s -> s.loop() + "|" + s.arm() + "|" + s.status() + "|" + s.code() + "|" + s.reason() + "|" + s.reward()
                + "|" + s.candidate() + "|" + s.bestAfter() + "|" + java.util.Arrays.toString(s.context()) + "|" + s.attempts()).toList();
    }
}
