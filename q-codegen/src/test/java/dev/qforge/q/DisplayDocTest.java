package dev.qforge.q;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console display rules checked against documented q sessions (page cited per test): rectangular lists print
 * as left-aligned columns (symbols without backticks, general-list rows with atoms in their one-line form);
 * null cells of tables are blank; time literals keep their type.
 */
class DisplayDocTest {
    private final QSession q = new QSession();

    private String d(String s) { return q.evalDisplay(s); }

    /** https://code.kx.com/q/ref/maps/#case : a list of equal-length symbol vectors prints as a matrix. */
    @Test void symbolMatrix() {
        d("a:`Kuh`Hund`Katte`Fisch");
        d("b:`vache`chien`chat`poisson");
        d("c:`cow`dog`cat`fish");
        assertThat(d("show m:(a;b;c)")).isEqualTo("Kuh   Hund  Katte Fisch\nvache chien chat  poisson\ncow   dog   cat   fish");
        d("i:0 1 0 2");
        assertThat(d("i,'til count i")).isEqualTo("0 0\n1 1\n0 2\n2 3");
        assertThat(d("m ./:i,'til count i")).isEqualTo("`Kuh`chien`Katte`fish");
    }

    /** https://code.kx.com/q/ref/mmu/ : float matrices align their columns. */
    @Test void floatMatrix() {
        assertThat(d("(1 2 3f;4 5 6f)$(7 8f;9 10f;11 12f)")).isEqualTo("58  64\n139 154");
    }

    /** https://code.kx.com/q/ref/fby/ : a dictionary of lists shows each value list after {@code | }. */
    @Test void dictionaryOfLists() {
        d("dat:4 9 2 7 0 1 9 2 1 8");
        d("grp:`a`b`a`b`c`d`c`d`d`a");
        assertThat(d("group grp")).isEqualTo("a| 0 2 9\nb| 1 3\nc| 4 6\nd| 5 7 8");
        assertThat(d("dat group grp")).isEqualTo("a| 4 2 8\nb| 9 7\nc| 0 9\nd| 1 2 1");
        assertThat(d("sum each dat group grp")).isEqualTo("a| 14\nb| 16\nc| 9\nd| 4");
    }

    /** https://code.kx.com/q/ref/aj/ and /lj/ : blank null cells; {@code hh:mm:ss} is a second, not a time. */
    @Test void nullCellsAndSeconds() {
        assertThat(d("10:01:01")).isEqualTo("10:01:01");
        assertThat(d("type 10:01:01")).isEqualTo("-18h");
        assertThat(d("type 10:01")).isEqualTo("-17h");
        assertThat(d("type 10:01:01.000")).isEqualTo("-19h");
        assertThat(d("([]a:1 2;c:10 0N)")).isEqualTo("a c\n----\n1 10\n2");
    }
}
