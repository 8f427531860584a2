package dev.qforge.q;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interpreter vs plain Java loops on the same data in the same run, after warm-up ({@link QBench}). Prints each
 * case's times and ratio; asserts only that every case ran and produced the Java loop's result (QBench checks
 * results itself), never timings.
 */
class MicroComparisonTest {
    @Test void compare() {
        List<QBench.Result> rs = QBench.run(3);
        rs.forEach(System.out::println);
        assertThat(rs).extracting(QBench.Result::name).contains("sum til 10000000", "x where x>0 (1e7 longs)",
                "asc 1e6 floats", "x+1 (1e7 longs)", "x*2.5 (1e7 longs)", "x>0 (1e7 longs)");
        assertThat(rs).allSatisfy(r -> assertThat(r.interpMs()).isPositive());
    }

    @Test void resultsMatchSmallCases() {
        QSession q = new QSession();
        assertThat(q.evalDisplay("sum til 10")).isEqualTo("45");
        assertThat(q.evalDisplay("x:-2+til 5; x where x>0")).isEqualTo("1 2");
        assertThat(q.evalDisplay("x+1")).isEqualTo("-1 0 1 2 3");
        assertThat(q.evalDisplay("x*2.5")).isEqualTo("-5 -2.5 0 2.5 5");
        assertThat(q.evalDisplay("x>0")).isEqualTo("00011b");
        assertThat(q.evalDisplay("asc 3 1 2f")).isEqualTo("`s#1 2 3f");
    }
}
