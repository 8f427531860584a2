package dev.qforge.q;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fast paths added for speed (string join, digit split, symbol raze, except, lambda locals): the results must
 * stay those of the code.kx.com reference pages cited per test, or of the studyq articles (CC0).
 */
class FastPathsTest {
    private final QSession q = new QSession();

    private String d(String s) { return q.evalDisplay(s); }

    /** code.kx.com/q/ref/sv "Join strings": {@code "," sv ("one";"two";"three")} is {@code "one,two,three"}. */
    @Test void svJoinsStrings() {
        assertThat(d("\",\" sv (\"one\";\"two\";\"three\")")).isEqualTo("\"one,two,three\"");
        assertThat(d("\", \" sv (\"one\";\"two\")")).isEqualTo("\"one, two\"");
        assertThat(d("\" \" sv ()")).isEqualTo("\"\"");
        assertThat(d("\" \" sv enlist \"abc\"")).isEqualTo("\"abc\"");
    }

    /** code.kx.com/q/ref/vs "Base representation": {@code 10 vs 1995} is {@code 1 9 9 5}; four-magic.md: {@code 1000 vs 12345678}. */
    @Test void vsDigits() {
        assertThat(d("10 vs 1995")).isEqualTo("1 9 9 5");
        assertThat(d("2 vs 9")).isEqualTo("1 0 0 1");
        assertThat(d("1000 vs 12345678")).isEqualTo("12 345 678");
        assertThat(d("10 vs 0")).isEqualTo(",0");
    }

    /** code.kx.com/q/ref/raze: raze joins the items; for symbol vectors the result is a symbol vector. */
    @Test void razeSymbolLists() {
        assertThat(d("raze (`a`b;`c`d`)")).isEqualTo("`a`b`c`d`");
        assertThat(d("raze (`a`b;`$())")).isEqualTo("`a`b");
        assertThat(d("\" \" sv string except[;`]raze (`twelve`million;`three`hundred`)")).isEqualTo("\"twelve million three hundred\"");
    }

    /** code.kx.com/q/ref/except: {@code 1 2 3 4 except 2 4}; strings.md "Cnsnnts rdx" shows "Svrl nrml wrds". */
    @Test void exceptKeepsOrder() {
        assertThat(d("1 2 3 4 except 2 4")).isEqualTo("1 3");
        assertThat(d("\"Several normal words\" except \"AEIOUYaeiouy\"")).isEqualTo("\"Svrl nrml wrds\"");
        assertThat(d("`a`b`c except `d")).isEqualTo("`a`b`c");
    }

    /** Lambda locals: params and assigned names, more than the frame's initial room, reassigned. */
    @Test void lambdaLocals() {
        assertThat(d("{a:1; b:a+x; a:b*2; a+b}[3]")).isEqualTo("12");
        assertThat(d("{[p;q;r] s:p+q; t:s*r; u:t-1; v:u+p; w:v+q; (p;q;r;s;t;u;v;w)}[1;2;3]")).isEqualTo("1 2 3 3 9 8 9 11");
        assertThat(d("g:5; {g+x}[1]")).isEqualTo("6");
        assertThat(d("{g::x; g}[7]")).isEqualTo("7");
    }
}
