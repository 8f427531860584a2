package dev.qforge.q;

import org.junit.jupiter.api.Test;

import java.util.concurrent.*;

import static org.assertj.core.api.Assertions.assertThat;

/** Gaps reported by the benchmark author; expected text from the code.kx.com pages cited on each test. */
class GapsTest {
    private final QSession q = new QSession();

    private String d(String s) { return q.evalDisplay(s); }

    /** code.kx.com/q/ref/vector-conditional: examples, atoms repeated, and atoms since V2.7. */
    @Test void vectorConditional() {
        assertThat(d("?[11001b;1 2 3 4 5;10 20 30 40 50]")).isEqualTo("1 2 30 40 5");
        assertThat(d("?[11001b;1;10 20 30 40 50]")).isEqualTo("1 1 30 40 1");
        assertThat(d("?[11001b;1 2 3 4 5;99]")).isEqualTo("1 2 99 99 5");
        assertThat(d("?[101b;1 2 3;4 5 6]")).isEqualTo("1 5 3");
        assertThat(d("?[1b;2;3]")).isEqualTo("2");
        assertThat(d("?[0b;2;3]")).isEqualTo("3");
        assertThat(d("?[101b;`a`b`c;`x`y`z]")).isEqualTo("`a`y`c");
        assertThat(d("?[10b;1 2 3;4 5 6]")).isEqualTo("'length");
        assertThat(d("x:1 5 9; ?[x>3;x;0]")).isEqualTo("0 5 9");
        assertThat(d("1 2 3?2")).isEqualTo("1");
    }

    /** code.kx.com/q/ref/apply (elided indexes): {@code m[;1]} selects along the second dimension. */
    @Test void elidedIndexOnData() {
        assertThat(d("x:(1 2;3 4); x[;1]")).isEqualTo("2 4");
        assertThat(d("x[1;]")).isEqualTo("3 4");
        assertThat(d("m:(1 2 3;4 5 6); m[;0 2]")).isEqualTo("1 3\n4 6");
        assertThat(d("d:`a`b!(1 2;3 4); d[;0]")).isEqualTo("a| 1\nb| 3");
        assertThat(d("f:{x+y}; g:f[;1]; g 10")).isEqualTo("11");
    }

    /**
     * A one-item list shows as {@code ,} and its item (code.kx.com/q/basics/datatypes: {@code enlist 42} is
     * {@code ,42}); the same rule for a one-item general list.
     */
    @Test void oneItemListDisplay() {
        assertThat(d("enlist 7 8")).isEqualTo(",7 8");
        assertThat(d("enlist \"ab\"")).isEqualTo(",\"ab\"");
        assertThat(d("enlist (1 2;3 4)")).isEqualTo(",(1 2;3 4)");
        assertThat(d("enlist `a`b")).isEqualTo(",`a`b");
        assertThat(d("enlist 1 2!3 4")).isEqualTo(",1 2!3 4");
        assertThat(d("r:enlist 1 3; r[0;1]:6; r")).isEqualTo(",1 6");
        assertThat(d("show r")).isEqualTo(",1 6");
        assertThat(d("enlist 42")).isEqualTo(",42");
        assertThat(d("count enlist 7 8")).isEqualTo("1");
        assertThat(d("enlist enlist 1 2")).isEqualTo(",,1 2");
        assertThat(d("enlist (1;`a)")).isEqualTo(",(1;`a)");
        assertThat(d("enlist `a`b!1 2")).isEqualTo("a b\n---\n1 2");
        assertThat(d("flip enlist 1 2 3")).isEqualTo(",1\n,2\n,3");
    }

    /** code.kx.com/q/ref/flip; k4 returns an argument with nothing to transpose unchanged. */
    @Test void flipEdges() {
        assertThat(d("flip (enlist 7;enlist 8)")).isEqualTo(",7 8");
        assertThat(d("flip (1 2 3;4 5 6)")).isEqualTo("1 4\n2 5\n3 6");
        assertThat(d("flip ()")).isEqualTo("()");
        assertThat(d("flip 1 2 3")).isEqualTo("1 2 3");
    }

    /** {@code \P} is per session (code.kx.com/q/basics/syscmds/#p-precision), even across threads. */
    @Test void precisionIsPerSession() throws Exception {
        QSession a = new QSession(), b = new QSession();
        assertThat(a.evalDisplay("\\P 3")).isEmpty();
        assertThat(a.evalDisplay("1%3")).isEqualTo("0.333");
        assertThat(b.evalDisplay("1%3")).isEqualTo("0.3333333");
        assertThat(b.evalDisplay("\\P")).isEqualTo("7");
        assertThat(a.evalDisplay("\\P")).isEqualTo("3");
        ExecutorService ex = Executors.newFixedThreadPool(2);
        try {
            Future<String> fa = ex.submit(() -> a.evalDisplay("string 2%3"));
            Future<String> fb = ex.submit(() -> b.evalDisplay("string 2%3"));
            assertThat(fa.get()).isEqualTo("\"0.667\"");
            assertThat(fb.get()).isEqualTo("\"0.6666667\"");
        } finally {
            ex.shutdownNow();
        }
        assertThat(d("1%3")).isEqualTo("0.3333333");
    }

    /** Each session has its own generator: the same draws in a fresh session. */
    @Test void randomIsPerSession() {
        QSession a = new QSession(), b = new QSession();
        a.evalDisplay("10?100");
        assertThat(new QSession().evalDisplay("10?100")).isEqualTo(b.evalDisplay("10?100"));
    }

    /**
     * code.kx.com/q/ref/where defines {@code where} on boolean or non-negative integer vectors and on
     * dictionaries only; a general list (e.g. of boolean vectors) is a type error.
     */
    @Test void whereOnNestedListIsTypeError() {
        assertThat(d("where (101b;010b)")).isEqualTo("'type");
        assertThat(d("where each (101b;010b)")).isEqualTo("0 2\n,1");
        assertThat(d("where `a`b`c!101b")).isEqualTo("`a`c");
    }

    /** code.kx.com/q/ref/amend: {@code @[x;i;:;y]} replaces; {@code :} may be an argument, also in projections. */
    @Test void colonAsArgument() {
        assertThat(d("@[1 2 3;0 2;:;10 20]")).isEqualTo("10 2 20");
        assertThat(d("p:@[;;:;0N]; p[1 2 3;0 2]")).isEqualTo("0N 2 0N");
        assertThat(d("@[;;:;0N] . (1 2 3;0 2)")).isEqualTo("0N 2 0N");
    }

    /** A {@code .} right after {@code ]} or {@code )} is Apply, not the start of a dotted name. */
    @Test void dotAfterBracket() {
        assertThat(d("f:{x*y}; f[2;].enlist 3")).isEqualTo("6");
        assertThat(d("g:{x+1}; (+).g 1 2")).isEqualTo("5");
    }

    /** {@code string} of an integral null is empty (the studyq run-length {@code sol3} session, real q output). */
    @Test void stringOfNull() {
        assertThat(d("string 0N")).isEqualTo("\"\"");
        assertThat(d("string 1 0N 3")).isEqualTo(",\"1\"\n\"\"\n,\"3\"");
        assertThat(d("s:\"aaaaaaaabbbbbbcccdeeeeeeefffbbaaab\"")).isEmpty();
        assertThat(d("sol3:{(raze/)flip(x;string@[;;:;0N].(where 1=)\\[1;]deltas@)@'-1 1_\\:where differ x,\"\\n\"}")).isEmpty();
        assertThat(d("sol3 s")).isEqualTo("\"a8b6c3de7f3b2a3b\"");
    }
}
