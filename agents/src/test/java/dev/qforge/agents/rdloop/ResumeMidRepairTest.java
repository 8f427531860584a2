package dev.qforge.agents.rdloop;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run killed in the middle of a repair (loop 2, second attempt: nothing of that loop is stored yet) and one killed
 * after its last loop but before it was marked done both resume to the state of an uninterrupted run.
 */
class ResumeMidRepairTest {

    /** The offline agent, except that loop 2's first proposal is broken, so that loop needs a repair. */
    private static final class BrokenOnce implements Researcher {
        final OfflineResearcher inner;
        final boolean killInRepair;

        BrokenOnce(ResearchData d, LoopConfig cfg, boolean killInRepair) {
            inner = new OfflineResearcher(d, cfg);
            this.killInRepair = killInRepair;
        }

        @Override
        public Proposal propose(Arm arm, ResearchContext ctx) {
            Proposal p = inner.propose(arm, ctx);
            return ctx.loop() == 2 ? new Proposal("Mean($close,", "", "Mean($close,", 0) : p;
        }

        @Override
        public Proposal repair(Arm arm, ResearchContext ctx, Proposal failed, String error) {
            if (killInRepair && ctx.loop() == 2) throw new ResumeTest.Killed();
            return inner.repair(arm, ctx, failed, error);
        }

        @Override
        public String name() {
            return "broken-once";
        }
    }

    @Test
    void killedDuringARepairOrBeforeTheEndIsMarkedResumesToTheUninterruptedState() {
        ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
        // a small search: what is checked is the bookkeeping of the resume, not what the search finds
        LoopConfig cfg = LoopFixtures.config(11, 3).withSearch(15, 5, 4);
        RdLoopStore store = LoopFixtures.store();
        store.createRun("whole", "x", "synthetic", d.fingerprint(), "s", cfg);
        LoopState whole = new RdLoop("whole", cfg, d, new BrokenOnce(d, cfg, false), null, store, LoopFixtures.clock(), null).run();
        assertThat(whole.steps().get(2).attempts()).hasSizeGreaterThanOrEqualTo(2);

        store.createRun("cut", "x", "synthetic", d.fingerprint(), "s", cfg);
        assertThatThrownBy(() -> new RdLoop("cut", cfg, d, new BrokenOnce(d, cfg, true), null, store, LoopFixtures.clock(), null).run())
                .isInstanceOf(ResumeTest.Killed.class);
        assertThat(store.steps("cut")).hasSize(2);
        LoopState resumed = new RdLoop("cut", cfg, d, new BrokenOnce(d, cfg, false), null, store, LoopFixtures.clock(), null).run();
        assertThat(summary(resumed.steps())).isEqualTo(summary(whole.steps()));
        assertThat(resumed.expressions()).isEqualTo(whole.expressions());
        assertThat(resumed.best()).isEqualTo(whole.best());

        // killed after the last loop was stored, before the run was marked done: resuming runs no loop again
        store.setStatus("cut", "running");
        LoopState again = new RdLoop("cut", cfg, d, new BrokenOnce(d, cfg, true), null, store, LoopFixtures.clock(), null).run();
        assertThat(summary(again.steps())).isEqualTo(summary(whole.steps()));
        assertThat(store.run("cut").orElseThrow().status()).isEqualTo("done");
    }

    private static List<String> summary(List<StepRecord> steps) {
        return steps.stream().map(s -> s.loop() + "|" + s.arm() + "|" + s.status() + "|" + s.code() + "|" + s.reason() + "|" + s.reward()
                + "|" + s.candidate() + "|" + s.bestAfter() + "|" + java.util.Arrays.toString(s.context()) + "|" + s.attempts()).toList();
    }
}
