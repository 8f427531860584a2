package dev.qforge.agents.replay;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SequenceReplayTest {

    /** An episode whose step k has observation {id, k}, reward id * 100 + k, done on its last step. */
    static Episode episode(int id, int steps) {
        Episode e = new Episode(2, 2, 1);
        for (int k = 0; k < steps; k++) {
            e.add(new float[]{id, k}, new float[]{1, 0}, id * 100 + k, k == steps - 1, k % 2, new float[]{id * 10 + k});
        }
        return e;
    }

    @Test
    void sequencesStayInsideOneEpisodeAndStartFromTheStoredState() {
        SequenceReplay r = SequenceReplay.uniform(100, 2, 2, 1);
        r.add(episode(1, 5));
        r.add(episode(2, 7));
        Random rnd = new Random(4);
        for (int i = 0; i < 200; i++) {
            SequenceBatch b = r.sample(3, 4, rnd);
            for (int j = 0; j < 3; j++) {
                float id = b.obs[0][j * 2];
                float k0 = b.obs[0][j * 2 + 1];
                assertThat(b.initialState[j]).isEqualTo(id * 10 + k0);
                for (int t = 0; t < 4; t++) {
                    if (!b.valid[t][j]) {
                        assertThat(b.done[t - 1][j] || k0 + t > (id == 1 ? 4 : 6)).isTrue();
                        continue;
                    }
                    assertThat(b.obs[t][j * 2]).isEqualTo(id);
                    assertThat(b.obs[t][j * 2 + 1]).isEqualTo(k0 + t);
                    assertThat(b.reward[t][j]).isEqualTo(id * 100 + k0 + t);
                }
            }
        }
    }

    @Test
    void overwritesTheOldestStepsAndNeverJoinsAcrossTheSeam() {
        SequenceReplay r = SequenceReplay.uniform(10, 2, 2, 1);
        r.add(episode(1, 6));
        r.add(episode(2, 6)); // overwrites steps 0-1 of episode 1
        assertThat(r.size()).isEqualTo(10);
        Random rnd = new Random(1);
        for (int i = 0; i < 300; i++) {
            SequenceBatch b = r.sample(1, 6, rnd);
            float id = b.obs[0][0];
            for (int t = 1; t < 6 && b.valid[t][0]; t++) assertThat(b.obs[t][0]).isEqualTo(id);
            if (id == 1) assertThat(b.obs[0][1]).isGreaterThanOrEqualTo(2); // steps 0 and 1 are gone
        }
    }

    @Test
    void prioritisedSamplingIsProportionalWithImportanceWeights() {
        SequenceReplay r = new SequenceReplay(4, 2, 2, 1, 1.0, 1.0);
        Episode e = new Episode(2, 2, 1);
        for (int k = 0; k < 4; k++) e.add(new float[]{0, k}, new float[]{1, 0}, 0, false, 0, new float[]{0});
        r.add(e);
        r.updatePriorities(new int[]{0, 1, 2, 3}, new double[]{1, 2, 3, 4});
        Random rnd = new Random(9);
        int[] counts = new int[4];
        int n = 40_000;
        float w0 = 0, w3 = 0;
        for (int i = 0; i < n; i++) {
            SequenceBatch b = r.sample(1, 1, rnd);
            counts[b.index[0]]++;
            if (b.index[0] == 0) w0 = b.weight[0];
            if (b.index[0] == 3) w3 = b.weight[0];
        }
        for (int k = 0; k < 4; k++) assertThat(counts[k] / (double) n).isCloseTo((k + 1) / 10.0, within(0.01));
        // w = (N P)^-beta / max: P = 0.1 for slot 0 (the largest weight, 1), 0.4 for slot 3 -> 0.1 / 0.4
        assertThat(w0).isEqualTo(1f);
        assertThat(w3).isCloseTo(0.25f, within(1e-6f));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> SequenceReplay.uniform(1, 2, 2, 1)).hasMessageContaining("capacity");
        SequenceReplay r = SequenceReplay.uniform(10, 2, 2, 1);
        assertThatThrownBy(() -> r.sample(1, 2, new Random(1))).hasMessageContaining("empty");
        assertThatThrownBy(() -> r.add(new Episode(3, 2, 1))).hasMessageContaining("shapes");
    }
}
