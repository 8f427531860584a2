package dev.qforge.q;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The conformance test's transitive skip rule on hand-made sessions. */
class TaintTest {
    @Test void randomDrawTaintsWhatItAssignsAndWhatReadsIt() {
        Taint t = new Taint();
        assertThat(t.dependsOnOutside("M9: -10+9000000?20")).isTrue();
        assertThat(t.dependsOnOutside("mcs1a:{$[r:max 0(0|+)\\x;r;max x]}")).isFalse();
        assertThat(t.dependsOnOutside("mcs1a each(M9;neg 1+til 5)")).isTrue();
        assertThat(t.dependsOnOutside("M9n:neg 1+abs M9")).isTrue();
        assertThat(t.dependsOnOutside("count M9n")).isTrue();
        assertThat(t.dependsOnOutside("mcs1a neg 1+til 5")).isFalse();
    }

    @Test void cleanReassignmentClearsTheTaint() {
        Taint t = new Taint();
        assertThat(t.dependsOnOutside("x:10?10")).isTrue();
        assertThat(t.dependsOnOutside("x:1 2 3")).isFalse();
        assertThat(t.dependsOnOutside("sum x")).isFalse();
    }

    @Test void preambleRandomDefinitionsTaintTheirNames() {
        Taint t = new Taint();
        t.preamble("BS:4\nthrow:{[dice](2#BS)#dice@'count[dice]?6}\nce:count each");
        assertThat(t.dependsOnOutside("show board:throw DICE")).isTrue();
        assertThat(t.dependsOnOutside("raze board")).isTrue();
        assertThat(t.dependsOnOutside("ce (1 2;3)")).isFalse();
    }

    @Test void namesInStringsSymbolsAndCommentsAreNotReads() {
        Taint t = new Taint();
        t.dependsOnOutside("r:3?10");
        assertThat(t.dependsOnOutside("r:r+1")).isTrue();
        t.dependsOnOutside("r:3?10");
        assertThat(t.dependsOnOutside("\"r\",\"s\"")).isFalse();
        assertThat(t.dependsOnOutside("`r`s")).isFalse();
        assertThat(t.dependsOnOutside("1+1 / r is random")).isFalse();
    }

    @Test void aPairDefiningARandomFunctionTaintsItAndAPreambleLiteralClearsIt() {
        Taint t = new Taint();
        assertThat(t.dependsOnOutside("throw:{[dice](2#BS)#dice@'count[dice]?6}")).isFalse();
        assertThat(t.dependsOnOutside("show board:throw DICE")).isTrue();
        t.preamble("board:(\"OAKB\";\"DGLS\")");
        assertThat(t.dependsOnOutside("raze board")).isFalse();
    }
}
