package dev.qforge.q;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Iterators and null arithmetic; every expected text is copied from the code.kx.com page cited per test. */
class IteratorDocTest {
    private final QSession q = new QSession();

    private String d(String s) { return q.evalDisplay(s); }

    /**
     * https://code.kx.com/q/ref/maps/#each-prior (KxSystems/docs docs/ref/maps.md). The page's {@code (,':)2 3 4}
     * example shows its first row as {@code 2}, where q prints a one-item list as {@code ,2}; not asserted.
     */
    @Test void eachPriorSeeds() {
        assertThat(d("(-':)1 1 2 3 5 8 13")).isEqualTo("1 0 1 1 2 3 5");
        assertThat(d("1950 -': `S`J`C!1952 1954 1960")).isEqualTo("S| 2\nJ| 2\nC| 6");
        assertThat(d("(*':)2 3 4")).isEqualTo("2 6 12");
        assertThat(d("(-':) `S`J`C!1952 1954 1960")).isEqualTo("S| 1952\nJ| 2\nC| 6");
        assertThat(d("{x+2*y}':[2 3 4]")).isEqualTo("0N 7 10");
        assertThat(d("(-) prior 5 16 42 103")).isEqualTo("5 11 26 61");
        assertThat(d("deltas 5 16 42 103")).isEqualTo("5 11 26 61");
    }

    /** https://code.kx.com/q/ref/deltas/ : a null seed gives a null first item. */
    @Test void deltasWithSeed() {
        assertThat(d("deltas[0N;1 4 9 16]")).isEqualTo("0N 3 5 7");
        assertThat(d("deltas 1 4 9 16")).isEqualTo("1 3 5 7");
    }

    /** https://code.kx.com/q/ref/compose/ : {@code '[f;ff]} and composing a list with {@code '[;]} over it. */
    @Test void compose() {
        d("ff:{[w;x;y;z]w+x+y+z}");
        d("f:{2*x}");
        assertThat(d("'[f;ff][1;2;3;4]")).isEqualTo("20");
        d("g:10*");
        d("dd:('[;]) over (g;f;ff)");
        assertThat(d("dd[1;2;3;4]")).isEqualTo("200");
        assertThat(d("(('[;])over (g;f;ff))[1;2;3;4]")).isEqualTo("200");
        assertThat(d("'[;]/[(g;f;ff)][1;2;3;4]")).isEqualTo("200");
    }

    /**
     * Each with a function as a non-iterated argument: {@code f@'x} is {@code f@} applied to each item
     * (https://code.kx.com/q/ref/maps/#each; {@code f@x} is {@code f x}, https://code.kx.com/q/ref/apply/).
     */
    @Test void eachWithFunctionArgument() {
        assertThat(d("count@'(1 2;3 4 5)")).isEqualTo("2 3");
        assertThat(d("deltas@'(1 3 6;10 20)")).isEqualTo("1 2 3\n10 10");
        assertThat(d("(count')`a`b`c!(1 2 3;4 5;6 7 8 9)")).isEqualTo("a| 3\nb| 2\nc| 4");
    }
}
