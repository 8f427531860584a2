package dev.qforge.q;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Evaluation rules and keywords, expected values from the code.kx.com reference. */
class EvalTest {
    private final QSession q = new QSession();

    private String d(String s) { return q.evalDisplay(s); }

    @Test void rightToLeft() {
        assertThat(d("2*3+4")).isEqualTo("14");
        assertThat(d("10-2-3")).isEqualTo("11");
    }

    @Test void lambdasProjectionsAmend() {
        assertThat(d("f:{x+y}")).isEmpty();
        assertThat(d("f[1;2]")).isEqualTo("3");
        assertThat(d("g:f[10]")).isEmpty();
        assertThat(d("g 5")).isEqualTo("15");
        assertThat(d("{[a;b] c:a*b; c+1}[3;4]")).isEqualTo("13");
        assertThat(d("x:1 2 3; x[1]:20; x")).isEqualTo("1 20 3");
        assertThat(d("x,:4; x")).isEqualTo("1 20 3 4");
        assertThat(d("i:0; i+:5; i")).isEqualTo("5");
        assertThat(d("{if[x>0; :`pos]; `neg} 1")).isEqualTo("`pos");
        assertThat(d("$[1b;`y;`n]")).isEqualTo("`y");
        assertThat(d("n:0; do[3; n+:1]; n")).isEqualTo("3");
        assertThat(d("@[{x+1};`a;{\"caught \",x}]")).isEqualTo("\"caught type\"");
    }

    @Test void adverbs() {
        assertThat(d("+/[1 2 3]")).isEqualTo("6");
        assertThat(d("+\\[1 2 3]")).isEqualTo("1 3 6");
        assertThat(d("count each (1 2;3 4 5)")).isEqualTo("2 3");
        assertThat(d("1 2,'3 4")).isEqualTo("1 3\n2 4");
        assertThat(d("1 2 3 +/: 10 20")).isEqualTo("11 12 13\n21 22 23");
        assertThat(d("-':[1 4 9]")).isEqualTo("1 3 5");
        assertThat(d("{x*2}/[3;1]")).isEqualTo("8");
    }

    @Test void keywords() {
        assertThat(d("til 5")).isEqualTo("0 1 2 3 4");
        assertThat(d("where 1 0 1")).isEqualTo("0 2");
        assertThat(d("distinct 1 2 1 3")).isEqualTo("1 2 3");
        assertThat(d("reverse 1 2 3")).isEqualTo("3 2 1");
        assertThat(d("sums 1 2 3")).isEqualTo("1 3 6");
        assertThat(d("avg 1 2 3 4")).isEqualTo("2.5");
        assertThat(d("7 mod 3")).isEqualTo("1");
        assertThat(d("-7 div 2")).isEqualTo("-4");
        assertThat(d("\",\" vs \"ab,cd\"")).isEqualTo("\"ab\"\n\"cd\"");
        assertThat(d("\"-\" sv (\"a\";\"b\")")).isEqualTo("\"a-b\"");
        assertThat(d("ssr[\"hello\";\"l\";\"L\"]")).isEqualTo("\"heLLo\"");
        assertThat(d("2 rotate 1 2 3 4")).isEqualTo("3 4 1 2");
        assertThat(d("3 within 1 5")).isEqualTo("1b");
        assertThat(d("group `a`b`a")).isEqualTo("a| 0 2\nb| ,1");
        assertThat(d("differ 1 1 2")).isEqualTo("101b");
        assertThat(d("\"J\"$\"42\"")).isEqualTo("42");
        assertThat(d("`$\"abc\"")).isEqualTo("`abc");
        assertThat(d("string 42")).isEqualTo("\"42\"");
    }

    @Test void qsql() {
        d("t:([]a:1 2 3;b:`x`y`x)");
        assertThat(d("select a from t where b=`x")).isEqualTo("a\n-\n1\n3");
        assertThat(d("select sum a by b from t")).isEqualTo("b| a\n-| -\nx| 4\ny| 2");
        assertThat(d("exec a from t")).isEqualTo("1 2 3");
        assertThat(d("update c:a*2 from t")).isEqualTo("a b c\n-----\n1 x 2\n2 y 4\n3 x 6");
        assertThat(d("delete from t where a>1")).isEqualTo("a b\n---\n1 x");
    }

    @Test void scriptsAndLimits() {
        QRun r = new QSession().runScript("f:{[x]\n  x*2}\nshow f 21\n-1 \"done\";\nexit 3\nshow 99");
        assertThat(r.stdout()).isEqualTo("42\ndone\n");
        assertThat(r.exitCode()).isEqualTo(3);
        QRun loop = new QSession().maxSteps(100_000).runScript("while[1b; 1+1]");
        assertThat(loop.error()).isEqualTo("'limit");
        assertThat(new QSession().maxCells(1000).evalDisplay("til 100000")).isEqualTo("'limit");
    }
}
