package dev.qforge.agents.replay;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayIOTest {

    /** Episode {@code id} of {@code steps} steps with distinct values in every column (obs 3, action 2, state 2). */
    static Episode episode(int id, int steps) {
        Episode e = new Episode(3, 2, 2);
        for (int k = 0; k < steps; k++) {
            e.add(new float[]{id, k, id * 0.37f - k * 1.1f}, k % 3 == 0 ? new float[]{0, 1} : new float[]{1, 0},
                    id * 100 + k + 0.25f, k == steps - 1, (id + k) % 3 - 1, new float[]{id * 10 + k, -k});
        }
        return e;
    }

    static byte[] bytes(SequenceReplay r) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            ReplayIO.write(out, r);
        }
        return b.toByteArray();
    }

    static SequenceReplay roundTrip(SequenceReplay r) throws IOException {
        return ReplayIO.read(new DataInputStream(new ByteArrayInputStream(bytes(r))), "mem.bin");
    }

    /** Every field of two batches, compared exactly. */
    static void assertSameBatch(SequenceBatch a, SequenceBatch b) {
        assertThat(b.index).containsExactly(a.index);
        assertThat(b.weight).containsExactly(a.weight);
        assertThat(b.initialState).containsExactly(a.initialState);
        for (int t = 0; t < a.length; t++) {
            assertThat(b.obs[t]).containsExactly(a.obs[t]);
            assertThat(b.actions[t]).containsExactly(a.actions[t]);
            assertThat(b.reward[t]).containsExactly(a.reward[t]);
            assertThat(b.done[t]).containsExactly(a.done[t]);
            assertThat(b.valid[t]).containsExactly(a.valid[t]);
            assertThat(b.expert[t]).containsExactly(a.expert[t]);
        }
    }

    @Test
    void aWrappedUniformMemorySamplesAndGrowsExactlyAsTheOriginal() throws IOException {
        SequenceReplay r = SequenceReplay.uniform(23, 3, 2, 2);
        for (int id = 1; id <= 6; id++) r.add(episode(id, 5 + id)); // 45 steps into 23 slots: wrapped, seam mid-episode
        SequenceReplay c = roundTrip(r);
        assertThat(c.size()).isEqualTo(23);
        assertThat(c.prioritized()).isFalse();
        Random ra = new Random(11), rb = new Random(11);
        for (int i = 0; i < 50; i++) assertSameBatch(r.sample(4, 5, ra), c.sample(4, 5, rb));
        // the ring position and episode counter came along: the next episodes overwrite the same slots
        r.add(episode(7, 9));
        c.add(episode(7, 9));
        for (int i = 0; i < 50; i++) assertSameBatch(r.sample(4, 6, ra), c.sample(4, 6, rb));
        assertThat(bytes(c)).isEqualTo(bytes(r));
    }

    @Test
    void aPrioritisedMemoryKeepsItsPrioritiesAndMaximum() throws IOException {
        SequenceReplay r = new SequenceReplay(19, 3, 2, 2, 0.6, 0.4);
        for (int id = 1; id <= 4; id++) r.add(episode(id, 7));
        int[] slots = {0, 3, 5, 11, 18};
        r.updatePriorities(slots, new double[]{0.5, 4.0, 0.01, 2.5, 7.0});
        r.add(episode(5, 6)); // new steps get the largest priority seen (7), and wrap over slots 9..14
        SequenceReplay c = roundTrip(r);
        assertThat(c.prioritized()).isTrue();
        Random ra = new Random(3), rb = new Random(3);
        int[] counts = new int[19];
        for (int i = 0; i < 200; i++) {
            SequenceBatch a = r.sample(3, 4, ra);
            assertSameBatch(a, c.sample(3, 4, rb));
            for (int k : a.index) counts[k]++;
        }
        // slot 5 has priority 0.01 (weight 0.01^0.6 = 0.063 against >= 1 elsewhere): it is rarely drawn
        assertThat(counts[5]).isLessThan(counts[18]);
        r.updatePriorities(new int[]{2}, new double[]{9});
        c.updatePriorities(new int[]{2}, new double[]{9});
        r.add(episode(6, 3));
        c.add(episode(6, 3));
        for (int i = 0; i < 50; i++) assertSameBatch(r.sample(3, 4, ra), c.sample(3, 4, rb));
    }

    @Test
    void anEmptyMemoryRoundTrips() throws IOException {
        SequenceReplay c = roundTrip(new SequenceReplay(50, 3, 2, 2, 0.6, 0.4));
        assertThat(c.size()).isZero();
        c.add(episode(1, 4));
        assertThat(c.size()).isEqualTo(4);
    }

    @Test
    void onlyOccupiedSlotsAreWritten() throws IOException {
        SequenceReplay small = SequenceReplay.uniform(10_000, 3, 2, 2);
        small.add(episode(1, 10));
        // header 64 bytes + 10 steps x (12 + 8 + 8 + 4 + 1 + 4 + 8 bytes) + end marker 4
        assertThat(bytes(small)).hasSize(64 + 10 * 45 + 4);
    }

    @Test
    void aTruncatedOrForeignStreamIsRefusedNamingTheSource() throws IOException {
        SequenceReplay r = SequenceReplay.uniform(23, 3, 2, 2);
        r.add(episode(1, 9));
        byte[] full = bytes(r);
        for (int cut : new int[]{3, 40, full.length / 2, full.length - 1}) {
            byte[] part = Arrays.copyOf(full, cut);
            assertThatThrownBy(() -> ReplayIO.read(new DataInputStream(new ByteArrayInputStream(part)), "mem.bin"))
                    .isInstanceOf(IOException.class).hasMessageContaining("mem.bin").hasMessageContaining("truncated");
        }
        byte[] foreign = full.clone();
        foreign[0] = 'X';
        assertThatThrownBy(() -> ReplayIO.read(new DataInputStream(new ByteArrayInputStream(foreign)), "mem.bin"))
                .hasMessageContaining("mem.bin").hasMessageContaining("magic");
        byte[] version = full.clone();
        version[7] = 9;
        assertThatThrownBy(() -> ReplayIO.read(new DataInputStream(new ByteArrayInputStream(version)), "mem.bin"))
                .hasMessageContaining("mem.bin").hasMessageContaining("version 9");
        byte[] capacity = full.clone();
        capacity[8] = (byte) 0x80; // negative capacity
        assertThatThrownBy(() -> ReplayIO.read(new DataInputStream(new ByteArrayInputStream(capacity)), "mem.bin"))
                .hasMessageContaining("mem.bin").hasMessageContaining("corrupt");
    }
}
