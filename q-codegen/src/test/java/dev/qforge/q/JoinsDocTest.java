package dev.qforge.q;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Joins, insert/upsert, fby and mmu; every expected text is copied from the code.kx.com page cited per test. */
class JoinsDocTest {
    private final QSession q = new QSession();

    private String d(String s) { return q.evalDisplay(s); }

    /** https://code.kx.com/q/ref/lj/ (null cells of a table show blank). */
    @Test void leftJoin() {
        d("x:([]a:1 2 3;b:`I`J`K;c:10 20 30)");
        d("y:([a:1 3;b:`I`K]c:1 2;d:10 20)");
        assertThat(d("x lj y")).isEqualTo("a b c  d\n---------\n1 I 1  10\n2 J 20\n3 K 2  20");
        d("x:([]a:1 2 3;b:10 20 30)");
        d("y:([]a:1 3;b:100 300)");
        d("r:([]a:1 2 3;b:100 20 300)");
        assertThat(d("(1!r)~(1!x)lj 1!y")).isEqualTo("1b");
        assertThat(d("x lj y")).isEqualTo("'type");
    }

    /** https://code.kx.com/q/ref/ij/ */
    @Test void innerJoin() {
        assertThat(d("([] k:1 2 3 4; v:10 20 30 40) ij ([k:2 3 4 5]; v:200 300 400 500;s:`a`b`c`d)"))
                .isEqualTo("k v   s\n-------\n2 200 a\n3 300 b\n4 400 c");
    }

    /** https://code.kx.com/q/ref/uj/ */
    @Test void unionJoin() {
        d("s:([]a:1 2;b:2 3;c:5 7)");
        d("t:([]a:1 2 3;b:2 3 7;c:10 20 30;d:\"ABC\")");
        assertThat(d("s uj t")).isEqualTo("a b c  d\n--------\n1 2 5\n2 3 7\n1 2 10 A\n2 3 20 B\n3 7 30 C");
        assertThat(d("(2!s) uj 2!t")).isEqualTo("a b| c  d\n---| ----\n1 2| 10 A\n2 3| 20 B\n3 7| 30 C");
    }

    /** https://code.kx.com/q/ref/aj/ (values checked; the page's header rule is hand-edited). */
    @Test void asofJoin() {
        d("t:([]time:10:01:01 10:01:03 10:01:04;sym:`msft`ibm`ge;qty:100 200 150)");
        d("q:([]time:10:01:00 10:01:00 10:01:00 10:01:02;sym:`ibm`msft`msft`ibm;px:100 99 101 98)");
        assertThat(d("exec px from aj[`sym`time;t;q]")).isEqualTo("101 98 0N");
        assertThat(d("exec time from aj[`sym`time;t;q]")).isEqualTo("10:01:01 10:01:03 10:01:04");
    }

    /**
     * https://code.kx.com/q/ref/aj/ ("aj: boundary time from t1; aj0: actual time from t2"): the example's three
     * trades matched to the quotes at 10:01:00 and 10:01:02; the ge trade has no quote and keeps its own time.
     */
    @Test void asofJoinTimeFromRight() {
        d("t:([]time:10:01:01 10:01:03 10:01:04;sym:`msft`ibm`ge;qty:100 200 150)");
        d("q:([]time:10:01:00 10:01:00 10:01:00 10:01:02;sym:`ibm`msft`msft`ibm;px:100 99 101 98)");
        assertThat(d("exec time from aj0[`sym`time;t;q]")).isEqualTo("10:01:00 10:01:02 10:01:04");
        assertThat(d("exec px from aj0[`sym`time;t;q]")).isEqualTo("101 98 0N");
        assertThat(d("cols aj0[`sym`time;t;q]")).isEqualTo("`time`sym`qty`px");
    }

    /** https://code.kx.com/q/ref/aj/#ajf-ajf0: ajf fills from t1 where t2's value is null. */
    @Test void asofJoinFill() {
        d("t0:([]time:2#00:00:01;sym:`a`b;p:1 1;n:`r`s)");
        d("t1:([]time:2#00:00:01;sym:`a`b;p:0 1)");
        d("t2:([]time:2#00:00:00;sym:`a`b;p:1 0N;n:`r`s)");
        assertThat(d("t0~ajf[`sym`time;t1;t2]")).isEqualTo("1b");
        assertThat(d("exec p from aj[`sym`time;t1;t2]")).isEqualTo("1 0N");
        assertThat(d("exec time from ajf0[`sym`time;t1;t2]")).isEqualTo("00:00:00 00:00:00");
        assertThat(d("exec p from ajf0[`sym`time;t1;t2]")).isEqualTo("1 1");
    }

    /** https://code.kx.com/q/ref/lj/ (Changes in V3.0): lj takes y's nulls, ljf keeps x's values (kdb+ 2.8 lj). */
    @Test void leftJoinFill() {
        d("x:([]a:1 2;b:`x`y;c:10 20)");
        d("y:([a:1 2]b:``z;c:1 0N)");
        assertThat(d("x lj y")).isEqualTo("a b c\n-----\n1   1\n2 z");
        assertThat(d("x ljf y")).isEqualTo("a b c\n------\n1 x 1\n2 z 20");
        assertThat(d("ljf[x;y]")).isEqualTo("a b c\n------\n1 x 1\n2 z 20");
    }

    /** https://code.kx.com/q/ref/ij/ (Changes in V3.0): ijf is kdb+ 2.8's ij. */
    @Test void innerJoinFill() {
        d("x:([]a:1 2;b:`x`y;c:10 20)");
        d("y:([a:1 2]b:``z;c:1 0N)");
        assertThat(d("x ij y")).isEqualTo("a b c\n-----\n1   1\n2 z");
        assertThat(d("x ijf y")).isEqualTo("a b c\n------\n1 x 1\n2 z 20");
    }

    /** https://code.kx.com/q/ref/uj/ (Changes in V3.0): ujf is kdb+ 2.8's uj. */
    @Test void unionJoinFill() {
        d("x:([a:1 2]b:`x`y;c:10 20)");
        d("y:([a:1 2]b:``z;c:1 0N)");
        assertThat(d("x uj y")).isEqualTo("a| b c\n-| ---\n1|   1\n2| z");
        assertThat(d("x ujf y")).isEqualTo("a| b c\n-| ----\n1| x 1\n2| z 20");
        d("s:([]a:1 2;b:2 3;c:5 7)");
        d("t:([]a:1 2 3;b:2 3 7;c:10 20 30;d:\"ABC\")");
        assertThat(d("s ujf t")).isEqualTo("a b c  d\n--------\n1 2 5\n2 3 7\n1 2 10 A\n2 3 20 B\n3 7 30 C");
    }

    /** https://code.kx.com/q/ref/insert/ */
    @Test void insert() {
        d("x:([a:`x`y];b:10 20)");
        assertThat(d("`x insert (`z;30)")).isEqualTo(",2");
        assertThat(d("x")).isEqualTo("a| b\n-| --\nx| 10\ny| 20\nz| 30");
        assertThat(d("`x insert (`z;30)")).isEqualTo("'insert");
        assertThat(d("`x insert (`s`t;40 50)")).isEqualTo("3 4");
        assertThat(d("`tnew insert ([c1:`a`b];c2:10 20)")).isEqualTo("0 1");
        assertThat(d("tnew")).isEqualTo("c1| c2\n--| --\na | 10\nb | 20");
    }

    /** https://code.kx.com/q/ref/upsert/ */
    @Test void upsert() {
        d("t:([]name:`tom`dick`harry;age:28 29 30;sex:`M)");
        assertThat(d("t upsert (`dick;49;`M)")).isEqualTo("name  age sex\n-------------\ntom   28  M\ndick  29  M\nharry 30  M\ndick  49  M");
        assertThat(d("`t upsert ([]age:49 23;name:`dick`jane)")).isEqualTo("`t");
        assertThat(d("t")).isEqualTo("name  age sex\n-------------\ntom   28  M\ndick  29  M\nharry 30  M\ndick  49\njane  23");
        d("a:([s:`q`w`e]r:1 2 3;u:5 6 7)");
        assertThat(d("a upsert ((`e;30;70);(`r;40;80))")).isEqualTo("s| r  u\n-| -----\nq| 1  5\nw| 2  6\ne| 30 70\nr| 40 80");
        assertThat(d("a upsert ([s:`e`r`q]r:30 4 10;u:70 8 50)")).isEqualTo("s| r  u\n-| -----\nq| 10 50\nw| 2  6\ne| 30 70\nr| 4  8");
    }

    /** https://code.kx.com/q/ref/fby/ */
    @Test void fby() {
        d("dat:2 5 4 1 7");
        d("grp:\"abbac\"");
        assertThat(d("(sum;dat) fby grp")).isEqualTo("3 9 9 3 7");
        assertThat(d("(first;dat) fby grp")).isEqualTo("2 5 5 2 7");
        d("sp:([]s:`s1`s1`s1`s1`s4`s1`s2`s2`s3`s4`s4`s1;p:`p1`p2`p3`p4`p5`p6`p1`p2`p2`p2`p4`p5;"
                + "qty:300 200 400 200 100 100 300 400 200 200 300 400)");
        assertThat(d("select from sp where qty > (avg;qty) fby p")).isEqualTo("s  p  qty\n---------\ns2 p2 400\ns4 p4 300\ns1 p5 400");
    }

    /** https://code.kx.com/q/ref/mmu/ */
    @Test void mmu() {
        d("a:2 4#2 4 8 3 5 6 0 7f");
        d("b:4 3#\"f\"$til 12");
        assertThat(d("a mmu b")).isEqualTo("87 104 121\n81 99  117");
        assertThat(d("(1 2 3f;4 5 6f)$(7 8f;9 10f;11 12f)")).isEqualTo("58  64\n139 154");
        assertThat(d("1 2 3f$4 5 6f")).isEqualTo("32f");
    }
}
