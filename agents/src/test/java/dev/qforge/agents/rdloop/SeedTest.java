package dev.qforge.agents.rdloop;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The run's seed decides every random choice: the same seed repeats a run step for step, another seed does not. */
class SeedTest {

    @Test
    void sameSeedSameStepsOtherSeedOtherSteps() {
        ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
        List<String> a = run(d, 21), b = run(d, 21), c = run(d, 22);
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
    }

    private static List<String> run(ResearchData d, long seed) {
        LoopConfig cfg = LoopFixtures.config(seed, 3);
        RdLoopStore store = LoopFixtures.store();
        store.createRun("s", "offline", "synthetic", d.fingerprint(), "s", cfg);
        LoopState st = new RdLoop("s", cfg, d, new OfflineResearcher(d, cfg), LoopFixtures.TestRidge::new, store, LoopFixtures.clock(), null).run();
        return st.steps().stream().map(s -> s.arm() + "|" + s.status() + "|" + s.code() + "|" + s.reward() + "|" + s.attempts()).toList();
    }
}
