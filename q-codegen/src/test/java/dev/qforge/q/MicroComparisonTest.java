package dev.qforge.q;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Interpreter vs plain Java loops on primitive vectors; prints timings, asserts results only. */
class MicroComparisonTest {
    @Test void compare() {
        QSession q = new QSession();
        long t0 = System.nanoTime();
        String s = q.evalDisplay("sum til 10000000");
        long tq = System.nanoTime() - t0;
        t0 = System.nanoTime();
        long js = 0;
        for (long i = 0; i < 10_000_000L; i++) js += i;
        long tj = System.nanoTime() - t0;
        assertThat(s).isEqualTo(String.valueOf(js));
        q.evalDisplay("v:-5000000+til 10000000");
        t0 = System.nanoTime();
        String w = q.evalDisplay("count v where v>0");
        long tw = System.nanoTime() - t0;
        assertThat(w).isEqualTo("4999999");
        q.evalDisplay("f:1000000?1.0");
        t0 = System.nanoTime();
        String a = q.evalDisplay("count asc f");
        long ta = System.nanoTime() - t0;
        assertThat(a).isEqualTo("1000000");
        System.out.printf("sum til 1e7: q %d ms, java %d ms; where: %d ms; asc 1e6 floats: %d ms%n", tq / 1_000_000, tj / 1_000_000, tw / 1_000_000, ta / 1_000_000);
    }
}
