package dev.qforge.q;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names q gives unnamed qSQL columns; every expected text is copied from the code.kx.com page cited per test. */
class QsqlNamesDocTest {
    private final QSession q = new QSession();

    private String d(String s) { return q.evalDisplay(s); }

    @BeforeEach void table() { d("t:([] c1:`a`b`c; c2:10 20 30; c3:1.1 2.2 3.3)"); }

    /** https://code.kx.com/q/basics/qsql/#computed-columns */
    @Test void computedColumns() {
        assertThat(d("select c1, c3*2 from t")).isEqualTo("c1 c3\n------\na  2.2\nb  4.4\nc  6.6");
        assertThat(d("select c1, dbl:c3*2 from t")).isEqualTo("c1 dbl\n------\na  2.2\nb  4.4\nc  6.6");
        assertThat(d("select c1, c1, 2*c2, c2+c3, string c3 from t")).isEqualTo(
                "c1 c11 x  c2   c3\n--------------------\na  a   20 11.1 \"1.1\"\nb  b   40 22.2 \"2.2\"\nc  c   60 33.3 \"3.3\"");
    }

    /**
     * The rule of https://code.kx.com/q/basics/qsql/#computed-columns (a repeated name gets a numeric suffix,
     * c1, c1 gives c1, c11) in a grouped select: the page shows it ungrouped only, so the values here are worked
     * by hand from the table (each group has one row).
     */
    @Test void duplicateNamesInGroupedSelect() {
        assertThat(d("select first c2, last c2 by c1 from t")).isEqualTo("c1| c2 c21\n--| ------\na | 10 10\nb | 20 20\nc | 30 30");
        assertThat(d("cols select c1, c1, 2*c2 by c3 from t")).isEqualTo("`c3`c1`c11`x");
    }

    /** https://code.kx.com/q/basics/qsql/#virtual-column-i: i never appears as a column name. */
    @Test void virtualColumn() {
        assertThat(d("select i, c1 from t")).isEqualTo("x c1\n----\n0 a\n1 b\n2 c");
        assertThat(d("cols select count i from t")).isEqualTo(",`x");
    }

    /** https://code.kx.com/q/basics/qsql/#phrases-and-subphrases (Join Each, a derived function, parenthesized). */
    @Test void derivedFunction() {
        d("tbl:([]id:1 1 2 2 2;val:100 200 300 400 500)");
        assertThat(d("select (id,'4),val from tbl")).isEqualTo("x   val\n-------\n1 4 100\n1 4 200\n2 4 300\n2 4 400\n2 4 500");
    }

    /**
     * https://code.kx.com/q/ref/avg/#wavg (VWAP): {@code size wavg price} is named {@code price}. The page does not
     * show its trade table; this one has the page's result, (1*10+3*11)%1+3 = 10.75.
     */
    @Test void keywordNamedFromLastArgument() {
        d("trade:([]sym:`a`a;size:1 3;price:10 11.0)");
        assertThat(d("select size wavg price by sym from trade")).isEqualTo("sym| price\n---| -----\na  | 10.75");
    }
}
