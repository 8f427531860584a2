package dev.qforge.q;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interpreter fixes found by running the qbists studyq articles (CC0) with their own definitions; expected values
 * are the outputs the articles print (cited per test) or the code.kx.com reference.
 */
class StudyqFixesTest {
    private final QSession q = new QSession();

    private String d(String s) { return q.evalDisplay(s); }

    /**
     * Out-of-range index of a list of vectors gives an empty vector of the first item's type, so a missing
     * dictionary key counts 0: strings.md shows {@code f["life";"."]} is 0 for {@code f:{count group[x]y}};
     * leetcode/976.md shows c0 of {@code 1 2 1} (no triangle) is 0.
     */
    @Test void missingItemOfVectorsIsEmpty() {
        assertThat(d("(`a`b!(1 2;3 4))`c")).isEqualTo("`long$()");
        assertThat(d("(1 2;3 4) 5")).isEqualTo("`long$()");
        assertThat(d("f:{count group[x]y}; f[\"life\";\".\"]")).isEqualTo("0");
        assertThat(d("f[\"fhqwhgads\";\"h\"]")).isEqualTo("2");
        assertThat(d("c0:{sum w first where{x<y+z}./:w:distinct 2_{1_x,y}\\[3#0;]desc{raze value[x]#'key x}3&count each group x}"))
                .isEmpty();
        assertThat(d("c0 each(2 1 2;1 2 1;8 1 9 5 4 6 6 1 8 5)")).isEqualTo("5 0 25");
        assertThat(d("(1;2) 5")).isEqualTo("0N");
    }

    /**
     * Find and in take a vector as one item of a general list whose items have its type
     * (code.kx.com/q/ref/find: {@code x?y} finds y as an item of x); strings.md "Musical chars":
     * {@code f:{x in (1 rotate)scan y}} answers 1 for ("foobar";"barfoo"), 0 for ("fboaro";"foobar").
     */
    @Test void vectorAsItemOfGeneralList() {
        assertThat(d("(\"foobar\";\"barfoo\")?\"barfoo\"")).isEqualTo("1");
        assertThat(d("(1 2;3 4)?3 4")).isEqualTo("1");
        assertThat(d("\"barfoo\" in (\"foobar\";\"barfoo\")")).isEqualTo("1b");
        assertThat(d("f:{x in (1 rotate)scan y}; (f[\"foobar\";\"barfoo\"];f[\"fboaro\";\"foobar\"];f[\"abcde\";\"deabc\"])"))
                .isEqualTo("101b");
        assertThat(d("1 2 in 2 3")).isEqualTo("01b");
        assertThat(d("\"ab\" in \"abc\"")).isEqualTo("11b");
    }

    /**
     * {@code b vs v} for a vector v: one row per digit, items padded to the widest (code.kx.com/q/ref/vs,
     * base-x representation of a vector); strings.md's permutation answer uses {@code s vs til s xexp s}.
     */
    @Test void vsOfVectorPadsToWidest() {
        assertThat(d("2 vs 1 2 3")).isEqualTo("0 1 1\n1 0 1");
        assertThat(d("10 vs 5 123")).isEqualTo("0 1\n0 2\n5 3");
        assertThat(d("count each 3 vs til 27")).isEqualTo("27 27 27");
    }

    /**
     * {@code all}/{@code any} aggregate a list of boolean vectors elementwise (code.kx.com/q/ref/all-any: an
     * aggregate, {@code &/} on booleans); boggle.md's neighbour table ({@code both:{all flip x}}) prints
     * {@code 1 4 5} for position 0 of a 4x4 board.
     */
    @Test void allAnyOfListsAreElementwise() {
        assertThat(d("all (01b;11b)")).isEqualTo("01b");
        assertThat(d("any (01b;00b)")).isEqualTo("01b");
        assertThat(d("all 1 0 1")).isEqualTo("0b");
        assertThat(d("both:{all flip x}; nb:{i:(.[cross] -1 0 1+/:y)except enlist y;i where both i within\\:0,x-1}"))
                .isEmpty();
        assertThat(d("4 sv flip nb[4;0 0]")).isEqualTo("1 4 5");
    }

    /**
     * A trailing {@code ::} composes the functions before it: leetcode/976.md's c1 uses {@code (2<count::)} as a
     * while-condition (c1 of 2 1 2 is 5, as c0's) and leetcode/53.md's Kadane scan {@code max((|[0]) (+)::)\[0;x]}
     * gives 6 for -2 1 -3 4 -1 2 1 -5 4, the article's mcs0 answer. Global assignment {@code a::5} is unchanged.
     */
    @Test void trailingDoubleColonComposes() {
        assertThat(d("(2<count::) 1 2 3")).isEqualTo("1b");
        assertThat(d("(count::) 1 2 3")).isEqualTo("3");
        assertThat(d("c1:{(r;0)0<type r:(2<count::){(1_x;sum s){x<y+z}. s:3#x}/desc x}")).isEmpty();
        assertThat(d("c1 each(2 1 2;1 2 1;8 1 9 5 4 6 6 1 8 5)")).isEqualTo("5 0 25");
        assertThat(d("max((|[0]) (+)::)\\[0;-2 1 -3 4 -1 2 1 -5 4]")).isEqualTo("6");
        assertThat(d("a::5; a")).isEqualTo("5");
    }
}
