package dev.qforge.q;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Console display of atoms, vectors, lists, dictionaries and tables, as documented on code.kx.com. */
class DisplayTest {
    private final QSession q = new QSession();

    private String d(String s) { return q.evalDisplay(s); }

    @Test void atoms() {
        assertThat(d("42")).isEqualTo("42");
        assertThat(d("42i")).isEqualTo("42i");
        assertThat(d("2.0")).isEqualTo("2f");
        assertThat(d("1%3")).isEqualTo("0.3333333");
        assertThat(d("1b")).isEqualTo("1b");
        assertThat(d("`abc")).isEqualTo("`abc");
        assertThat(d("\"a\"")).isEqualTo("\"a\"");
        assertThat(d("0N")).isEqualTo("0N");
        assertThat(d("0n")).isEqualTo("0n");
        assertThat(d("2000.01.02")).isEqualTo("2000.01.02");
        assertThat(d("1e10")).isEqualTo("1e+10");
    }

    @Test void vectors() {
        assertThat(d("1 2 3")).isEqualTo("1 2 3");
        assertThat(d("1 2 3f")).isEqualTo("1 2 3f");
        assertThat(d("1.5 2 3")).isEqualTo("1.5 2 3");
        assertThat(d("101b")).isEqualTo("101b");
        assertThat(d("enlist 5")).isEqualTo(",5");
        assertThat(d("`a`b")).isEqualTo("`a`b");
        assertThat(d("\"abc\"")).isEqualTo("\"abc\"");
        assertThat(d("`long$()")).isEqualTo("`long$()");
        assertThat(d("0#`a")).isEqualTo("`symbol$()");
        assertThat(d("asc 3 1 2")).isEqualTo("`s#1 2 3");
    }

    @Test void listsDictsTables() {
        assertThat(d("(1;`a;\"abc\")")).isEqualTo("1\n`a\n\"abc\"");
        assertThat(d("(1 2;3 4 5)")).isEqualTo("1 2\n3 4 5");
        assertThat(d("`a`b!1 2")).isEqualTo("a| 1\nb| 2");
        assertThat(d("([]a:1 2;b:`x`y)")).isEqualTo("a b\n---\n1 x\n2 y");
        assertThat(d("([k:1 2]v:`a`b)")).isEqualTo("k| v\n-| -\n1| a\n2| b");
        assertThat(d("til 100")).endsWith("..").hasSize(79);
    }

    @Test void errors() {
        assertThat(d("1+`a")).isEqualTo("'type");
        assertThat(d("1 2+1 2 3")).isEqualTo("'length");
        assertThat(d("'oops")).isEqualTo("'oops");
        assertThat(d("undefinedName")).isEqualTo("'undefinedName");
        assertThat(d("system \"ls\"")).isEqualTo("'access");
        assertThat(d("\\ls")).isEqualTo("'access");
    }
}
