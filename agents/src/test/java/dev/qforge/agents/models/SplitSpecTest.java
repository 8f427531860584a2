package dev.qforge.agents.models;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitSpecTest {

    @Test
    void yearsAndDatesParse() {
        SplitSpec s = SplitSpec.parse("2005:2014, 2015:2016 ,2017-01-03:2020-06-30");
        assertThat(s.trainFrom()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(s.trainTo()).isEqualTo(LocalDate.of(2014, 12, 31));
        assertThat(s.validTo()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(s.testFrom()).isEqualTo(LocalDate.of(2017, 1, 3));
        assertThat(s.testTo()).isEqualTo(LocalDate.of(2020, 6, 30));
    }

    @Test
    void badTextIsNamed() {
        assertThatThrownBy(() -> SplitSpec.parse("2005:2014,2015:2016")).hasMessageContaining("three periods");
        assertThatThrownBy(() -> SplitSpec.parse("2005-2014,2015:2016,2017:2020")).hasMessageContaining("'2005-2014'").hasMessageContaining("FROM:TO");
        assertThatThrownBy(() -> SplitSpec.parse("2005:20x4,2015:2016,2017:2020")).hasMessageContaining("'20x4'");
        assertThatThrownBy(() -> SplitSpec.parse("2005:2015,2015:2016,2017:2020")).hasMessageContaining("overlapping");
        assertThatThrownBy(() -> SplitSpec.parse("2014:2005,2015:2016,2017:2020")).hasMessageContaining("out of order");
    }

    @Test
    void rowsAreHalfOpenRangesOnTheGridAndPurgeTrimsTheHorizon() {
        // 10 daily bars 2020-01-01 .. 2020-01-10 UTC, stamped at their close (midnight after the day, qforge's convention)
        long[] t = Grids.days(10);
        for (int i = 0; i < t.length; i++) t[i] += Grids.DAY;
        SplitSpec s = SplitSpec.parse("2020-01-01:2020-01-04,2020-01-05:2020-01-07,2020-01-08:2020-01-10");
        SplitSpec.SplitRows r = s.rows(t, ZoneOffset.UTC);
        assertThat(new int[]{r.trainFrom(), r.trainTo(), r.validFrom(), r.validTo(), r.testFrom(), r.testTo()})
                .containsExactly(0, 4, 4, 7, 7, 10);
        SplitSpec.SplitRows p = r.purged(2);
        // a train label at row i reads the close of row i+2: rows 2 and 3 would read into valid
        assertThat(new int[]{p.trainFrom(), p.trainTo(), p.validFrom(), p.validTo(), p.testFrom(), p.testTo()})
                .containsExactly(0, 2, 4, 5, 7, 10);
    }

    @Test
    void aPeriodWithoutDataIsNamed() {
        long[] t = Grids.days(10);
        for (int i = 0; i < t.length; i++) t[i] += Grids.DAY; // closes of 2020-01-01 .. 2020-01-10
        SplitSpec s = SplitSpec.parse("2019:2019,2020:2020,2021:2021");
        assertThatThrownBy(() -> s.rows(t, ZoneOffset.UTC)).hasMessageContaining("2019-01-01:2019-12-31").hasMessageContaining("no rows");
    }

    @Test
    void aBarClosingAtMidnightBelongsToTheDayBeforeAsInTradingSession() {
        // a 24-hour market (crypto daily) stamps the bar of 2014-12-31 at 2015-01-01T00:00 UTC: it is a train bar
        long[] t = new long[6];
        LocalDate d0 = LocalDate.of(2014, 12, 29);
        for (int i = 0; i < 6; i++) t[i] = d0.plusDays(i + 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        SplitSpec s = SplitSpec.parse("2014-12-29:2014-12-31,2015-01-01:2015-01-02,2015-01-03:2015-01-03");
        SplitSpec.SplitRows r = s.rows(t, ZoneOffset.UTC);
        assertThat(new int[]{r.trainFrom(), r.trainTo(), r.validFrom(), r.validTo(), r.testFrom(), r.testTo()})
                .containsExactly(0, 3, 3, 5, 5, 6);
        // a session close in the afternoon (New York) is that day's bar, the same as before
        java.time.ZoneId ny = java.time.ZoneId.of("America/New_York");
        for (int i = 0; i < 6; i++) t[i] = d0.plusDays(i).atTime(16, 0).atZone(ny).toInstant().toEpochMilli();
        SplitSpec.SplitRows n = s.rows(t, ny);
        assertThat(new int[]{n.trainFrom(), n.trainTo(), n.validFrom(), n.validTo(), n.testFrom(), n.testTo()})
                .containsExactly(0, 3, 3, 5, 5, 6);
    }
}
