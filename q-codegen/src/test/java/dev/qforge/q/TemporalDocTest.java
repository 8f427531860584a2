package dev.qforge.q;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Temporal casts, parts and dot notation; every expected text is copied from the page cited per test (real q output). */
class TemporalDocTest {
    private final QSession q = new QSession();

    private String d(String s) { return q.evalDisplay(s); }

    /** https://code.kx.com/q/ref/cast/#temporal: the part names `year`mm`dd`hh`uu`ss. */
    @Test void parts() {
        assertThat(d("`hh`uu`ss$03:55:58.11")).isEqualTo("3 55 58i");
        assertThat(d("`year`dd`mm`hh`uu`ss$2015.10.28D03:55:58")).isEqualTo("2015 28 10 3 55 58i");
    }

    /** https://code.kx.com/q/ref/cast/#iteration: Cast is atomic, also in its left argument. */
    @Test void castIsAtomic() {
        assertThat(d("(12h;\"m\";`date)$42")).isEqualTo("2000.01.01D00:00:00.000000042\n2003.07m\n2000.02.12");
        assertThat(d("(12h;\"m\";`date)$42 43 44")).isEqualTo("2000.01.01D00:00:00.000000042\n2003.08m\n2000.02.14");
        assertThat(d("(12h;13 14h)$(42;42 42)")).isEqualTo("2000.01.01D00:00:00.000000042\n(2003.07m;2000.02.12)");
    }

    /** https://code.kx.com/q/ref/xbar/: a month counts months since 2000, so 3 xbar gives quarters. */
    @Test void monthsAndDates() {
        assertThat(d("`date$3 xbar `month$2019.11.19")).isEqualTo("2019.10.01");
        assertThat(d("`date$3+3 xbar `month$2019.11.19")).isEqualTo("2020.01.01");
        assertThat(d("-1+`date$3+3 xbar `month$2019.11.19")).isEqualTo("2019.12.31");
    }

    /**
     * https://code.kx.com/q/ref/xbar/ (bin at irregular intervals): {@code time.minute} in a by phrase. The page
     * draws 100 random times; this table has the page's count in each interval, and no {@code `s#} (the
     * interpreter keeps no attributes), which the result does not show anyway.
     */
    @Test void minuteOfColumnInQsql() {
        d("x:10:00+00:00 00:08 00:13 00:27 00:30 00:36 00:39 00:50");
        d("t:([]time:10:00:00+raze 0 480 780 1620 1800 2160 2340 3000+'til each 8 13 24 4 9 3 19 20)");
        assertThat(d("select count i by x x bin time.minute from t")).isEqualTo(
                "minute| x\n------| --\n10:00 | 8\n10:08 | 13\n10:13 | 24\n10:27 | 4\n10:30 | 9\n10:36 | 3\n10:39 | 19\n10:50 | 20");
    }

    /** The q phrasebook, github.com/kxcontrib/phrases docs/temp.md ("Date in ascending format"): dot notation on a global. */
    @Test void dotNotationOnGlobals() {
        d("dt:2019.01.01D22:31:55.416124000");
        assertThat(d("\".\"sv string (dt.dd;dt.mm; dt.year)")).isEqualTo("\"1.1.2019\"");
        assertThat(d("raze string each(dt.year;\".\";dt.mm;\".\";dt.dd)")).isEqualTo("\"2019.1.1\"");
        d("dt:2018.09.15");
        assertThat(d("\"/\"sv string `mm`dd`year$\\:dt")).isEqualTo("\"9/15/2018\"");
    }
}
