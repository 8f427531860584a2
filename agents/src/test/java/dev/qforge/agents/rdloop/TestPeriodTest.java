package dev.qforge.agents.rdloop;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Panel;
import dev.qforge.data.synth.SyntheticUniverse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The test period is never read before the final report. */
class TestPeriodTest {

    @Test
    void researchDataEndAtTheLastValidationDay() {
        HeldOutSplit split = LoopFixtures.split(LoopFixtures.U);
        ResearchData d = split.research();
        long testStart = LoopFixtures.SPLIT.testFrom().atStartOfDay(LoopFixtures.NY).toInstant().toEpochMilli();
        assertThat(d.panel().times()[d.panel().timeCount() - 1]).isLessThan(testStart);
        for (BarSeries s : d.series()) assertThat(s.time(s.size() - 1)).isLessThan(testStart);
        assertThat(d.rows().testFrom()).isEqualTo(d.rows().testTo()).isEqualTo(d.panel().timeCount());
        assertThat(split.openings()).isZero();
    }

    @Test
    void theLoopsResultDoesNotDependOnTestPeriodPrices() {
        LoopConfig cfg = LoopFixtures.config(5, 3);
        LoopState clean = run(LoopFixtures.split(LoopFixtures.U), cfg);
        // the same universe with every test-period price and the planted factor there replaced by garbage
        HeldOutSplit poisoned = poisoned(LoopFixtures.U);
        LoopState dirty = run(poisoned, cfg);
        assertThat(dirty.expressions()).isEqualTo(clean.expressions());
        assertThat(dirty.best()).isEqualTo(clean.best());
        assertThat(dirty.steps().stream().map(StepRecord::reason).toList()).isEqualTo(clean.steps().stream().map(StepRecord::reason).toList());
        assertThat(poisoned.openings()).isZero();
        poisoned.openTestPeriod("final report");
        assertThat(poisoned.openedBy()).containsExactly("final report");
    }

    private static LoopState run(HeldOutSplit split, LoopConfig cfg) {
        ResearchData d = split.research();
        RdLoopStore store = LoopFixtures.store();
        store.createRun("r", "offline", "synthetic", d.fingerprint(), "s", cfg);
        return new RdLoop("r", cfg, d, new OfflineResearcher(d, cfg), LoopFixtures.TestRidge::new, store, LoopFixtures.clock(), null).run();
    }

    private static HeldOutSplit poisoned(SyntheticUniverse u) {
        Panel p = u.panel();
        long testStart = LoopFixtures.SPLIT.testFrom().atStartOfDay(LoopFixtures.NY).toInstant().toEpochMilli();
        int first = 0;
        while (p.time(first) < testStart) first++;
        int cols = p.instrumentCount();
        Map<String, double[]> m = new LinkedHashMap<>();
        java.util.SplittableRandom rng = new java.util.SplittableRandom(99);
        for (String f : p.fieldNames()) {
            double[] v = p.matrix(f).clone();
            for (int i = first * cols; i < v.length; i++) v[i] = 1 + 1000 * rng.nextDouble();
            m.put(f, v);
        }
        Panel bad = Panel.ofMatrices(p.times(), p.symbols(), m);
        List<BarSeries> series = new ArrayList<>();
        for (BarSeries s : u.series()) {
            double[] o = s.opens().clone(), h = s.highs().clone(), l = s.lows().clone(), c = s.closes().clone(), v = s.volumes().clone();
            for (int i = 0; i < s.size(); i++) {
                if (s.time(i) < testStart) continue;
                double x = 1 + 1000 * rng.nextDouble();
                o[i] = x;
                h[i] = 2 * x;
                l[i] = x / 2;
                c[i] = x;
                v[i] = 1e9;
            }
            series.add(BarSeries.of(s.instrument(), s.timeframe(), s.times(), o, h, l, c, v));
        }
        return new HeldOutSplit(bad, series, LoopFixtures.SPLIT, LoopFixtures.NY, "synthetic", 2);
    }
}
