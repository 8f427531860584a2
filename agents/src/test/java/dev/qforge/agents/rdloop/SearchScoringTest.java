package dev.qforge.agents.rdloop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qforge.data.Panel;
import dev.qforge.data.synth.SyntheticUniverse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --search-on train-tail}: the offline search scores on the end of the train period and never reads the
 * validation rows, so a pattern planted only in validation is found by a search scored on validation and not by one
 * scored on the train tail.
 */
class SearchScoringTest {

    static final int DAYS = 120;

    @Test
    void theTrainTailSliceEndsBeforeValidationByTheLabelHorizon() {
        ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
        var r = d.rows();
        SearchSlice tail = SearchSlice.of(d, LoopFixtures.config(1, 1).withSearchScoring(LoopConfig.SEARCH_TRAIN_TAIL, DAYS));
        assertThat(tail.to()).isEqualTo(r.trainTo());
        assertThat(tail.rows()).isEqualTo(DAYS);
        // the last slice row's label reads closes at rows to and to + 1, both before the first validation row
        assertThat(tail.to() + 1).isLessThan(r.validFrom());
        SearchSlice valid = SearchSlice.of(d, LoopFixtures.config(1, 1));
        assertThat(valid).isEqualTo(new SearchSlice("valid", r.validFrom(), r.validTo()));
        // a slice longer than the train period is the train period
        SearchSlice whole = SearchSlice.of(d, LoopFixtures.config(1, 1).withSearchScoring(LoopConfig.SEARCH_TRAIN_TAIL, 5000));
        assertThat(whole.from()).isEqualTo(r.trainFrom());
    }

    @Test
    void theTrainTailSearchProposesTheSameWhenValidationIsPoisoned() {
        ResearchData clean = LoopFixtures.split(LoopFixtures.U).research();
        ResearchData poisoned = poisonFrom(clean, clean.rows().validFrom());
        LoopConfig tail = LoopFixtures.config(3, 3).withSearchScoring(LoopConfig.SEARCH_TRAIN_TAIL, DAYS);
        List<String> a = proposals(clean, tail), b = proposals(poisoned, tail);
        assertThat(a).hasSize(6).doesNotContainNull();
        assertThat(b).isEqualTo(a);
        // the poison bites: a search scored on validation finds nothing on the same data
        assertThatThrownBy(() -> proposals(poisoned, LoopFixtures.config(3, 3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no further candidate");
    }

    @Test
    void aPatternPlantedOnlyInValidationIsPickedBySearchOnValidNotOnTrainTail() {
        SyntheticUniverse u = LoopFixtures.U;
        ResearchData base = LoopFixtures.split(u).research();
        ResearchData d = withSpuriousField(base);
        LoopConfig valid = LoopFixtures.config(7, 4);
        LoopConfig tail = valid.withSearchScoring(LoopConfig.SEARCH_TRAIN_TAIL, DAYS);

        LoopState onValid = run(d, valid);
        assertThat(onValid.expressions()).as("valid-scored search").anyMatch(e -> e.contains("$spur"));

        LoopState onTail = run(d, tail);
        List<String> tried = new ArrayList<>();
        for (StepRecord s : onTail.steps()) for (Attempt at : s.attempts()) tried.add(at.code());
        assertThat(tried).as("train-tail-scored search").hasSizeGreaterThanOrEqualTo(4).noneMatch(e -> e != null && e.contains("$spur"));
        assertThat(onTail.expressions()).as("the planted factor is still found").anyMatch(e -> e.contains("$" + SyntheticUniverse.FACTOR_FIELD));
    }

    @Test
    void aConfigStoredBeforeTheOptionReadsAsSearchOnValid() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode old = json.valueToTree(LoopConfig.defaults(5));
        old.remove("searchOn");
        old.remove("searchDays");
        LoopConfig c = json.treeToValue(old, LoopConfig.class);
        assertThat(c.searchOn()).isEqualTo("valid");
        assertThat(c.searchDays()).isEqualTo(504);
        assertThat(json.readValue(json.writeValueAsString(c.withSearchScoring("train-tail", 250)), LoopConfig.class).searchOn()).isEqualTo("train-tail");
        assertThatThrownBy(() -> c.withSearchScoring("test", 250)).hasMessageContaining("search scoring must be 'valid' or 'train-tail', got 'test'");
        assertThatThrownBy(() -> c.withSearchScoring("train-tail", 5)).hasMessageContaining("at least 20 days");
    }

    /** Two offline proposals a loop for three loops, the second after a seeded pretend-acceptance of the first. */
    private static List<String> proposals(ResearchData d, LoopConfig cfg) {
        OfflineResearcher r = new OfflineResearcher(d, cfg);
        List<String> out = new ArrayList<>();
        List<AcceptedFactor> accepted = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            ResearchContext ctx = new ResearchContext(k, new SplittableRandom(cfg.loopSeed(k)), List.copyOf(accepted), null, Metrics.NONE,
                    List.of(), d.fieldNames());
            Proposal p = r.propose(Arm.FACTOR, ctx);
            Proposal q = r.repair(Arm.FACTOR, ctx, p, "pretend it failed");
            out.add(p.code() + " | " + p.note());
            out.add(q.code() + " | " + q.note());
            accepted.add(new AcceptedFactor("F" + k, p.code(), k));
        }
        return out;
    }

    private static LoopState run(ResearchData d, LoopConfig cfg) {
        RdLoopStore store = LoopFixtures.store();
        store.createRun("r", "offline", "synthetic", d.fingerprint(), "s", cfg);
        return new RdLoop("r", cfg, d, new OfflineResearcher(d, cfg), null, store, LoopFixtures.clock(), null).run();
    }

    /**
     * Research data whose every field is NaN from row {@code from} on: every price, volume and planted value of the
     * validation period (and the labels of the two purged rows before it, which read validation closes).
     */
    private static ResearchData poisonFrom(ResearchData d, int from) {
        Panel p = d.panel();
        int cols = p.instrumentCount();
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String f : p.fieldNames()) {
            double[] v = p.matrix(f).clone();
            java.util.Arrays.fill(v, from * cols, v.length, Double.NaN);
            m.put(f, v);
        }
        return new ResearchData(Panel.ofMatrices(p.times(), p.symbols(), m), d.series(), d.rows(), d.fingerprint(), 2);
    }

    /**
     * Adds field {@code spur}: on the validation rows, Qlib's label itself (the return from the next close to the one
     * after, a pattern that exists in validation only); on every other row, noise of the label's spread.
     */
    private static ResearchData withSpuriousField(ResearchData d) {
        Panel p = d.panel();
        int rows = p.timeCount(), cols = p.instrumentCount();
        double[] label = d.label().values();
        double ss = 0;
        int n = 0;
        for (double x : label) {
            if (Double.isFinite(x)) {
                ss += x * x;
                n++;
            }
        }
        double sd = Math.sqrt(ss / n);
        SplittableRandom rng = new SplittableRandom(42);
        double[] spur = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                boolean valid = r >= d.rows().validFrom() && r < d.rows().validTo() && Double.isFinite(label[i]);
                spur[i] = valid ? label[i] : sd * gaussian(rng);
            }
        }
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String f : p.fieldNames()) m.put(f, p.matrix(f));
        m.put("spur", spur);
        return new ResearchData(Panel.ofMatrices(p.times(), p.symbols(), m), d.series(), d.rows(), d.fingerprint(), 2);
    }

    private static double gaussian(SplittableRandom rng) {
        double u = rng.nextDouble(), v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
