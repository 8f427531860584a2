package dev.qforge.data.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsSubstitutionsAndAdjacentSwaps() {
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3); // k->s, e->i, +g
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("fast", "fsat")).isEqualTo(1);   // one swap, where Levenshtein says 2
        assertThat(EditDistance.between("AAPL", "AAPL")).isZero();
        assertThat(EditDistance.between("ca", "abc")).isEqualTo(3);     // OSA, not unrestricted Damerau (2)
    }
}
