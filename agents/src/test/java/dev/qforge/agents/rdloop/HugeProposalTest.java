package dev.qforge.agents.rdloop;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal so deeply nested that parsing it overflows the stack is a failed attempt like any other broken
 * expression: the loop records it, asks for a repair and carries on instead of dying with the whole run.
 */
class HugeProposalTest {

    @Test
    void aDeeplyNestedExpressionFailsItsAttemptAndTheRepairRuns() {
        ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
        RdLoopStore store = LoopFixtures.store();
        LoopConfig cfg = LoopFixtures.config(3, 1);
        store.createRun("deep", "scripted", "synthetic", d.fingerprint(), "s", cfg);
        String deep = "(".repeat(200_000) + "$close" + ")".repeat(200_000);
        Researcher r = new Researcher() {
            @Override
            public Proposal propose(Arm arm, ResearchContext ctx) {
                return new Proposal(deep, "", deep, 7);
            }

            @Override
            public Proposal repair(Arm arm, ResearchContext ctx, Proposal failed, String error) {
                return new Proposal("Mean($close,5)/$close", "", "", 3);
            }

            @Override
            public String name() {
                return "deep";
            }
        };
        LoopState s = new RdLoop("deep", cfg, d, r, null, store, LoopFixtures.clock(), null).run();
        StepRecord step = s.steps().get(0);
        assertThat(step.attempts()).hasSize(2);
        assertThat(step.attempts().get(0).error()).contains("too deeply nested");
        assertThat(step.code()).isNotNull();
        assertThat(step.status()).isIn(StepStatus.ACCEPTED, StepStatus.REJECTED);
        assertThat(s.tokens()).isEqualTo(10);
    }
}
