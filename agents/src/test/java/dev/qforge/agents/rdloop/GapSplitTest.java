package dev.qforge.agents.rdloop;

import dev.qforge.agents.models.SplitSpec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a gap between validation and test (valid ends in June, test starts in January), research data still end at
 * the last validation day: prices after the validation end are not the loop's to read, test period or not.
 */
class GapSplitTest {

    @Test
    void researchDataEndAtTheLastValidationDayWhenTheTestPeriodStartsLater() {
        SplitSpec gap = SplitSpec.parse("2015-01-01:2015-12-31,2016-01-01:2016-06-30,2017-01-01:2017-06-30");
        HeldOutSplit s = new HeldOutSplit(LoopFixtures.U.panel(), LoopFixtures.U.series(), gap, LoopFixtures.NY, "synthetic", 2);
        ResearchData d = s.research();
        long[] t = d.panel().times();
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochMilli(t[t.length - 1]), LoopFixtures.NY);
        assertThat(last).isBeforeOrEqualTo(LocalDate.of(2016, 6, 30)).isAfter(LocalDate.of(2016, 6, 25));
        for (var series : d.series()) {
            assertThat(LocalDate.ofInstant(Instant.ofEpochMilli(series.time(series.size() - 1)), LoopFixtures.NY))
                    .isBeforeOrEqualTo(LocalDate.of(2016, 6, 30));
        }
        // the last two validation days have no label (it would read July prices) and are not scored
        assertThat(d.rows().validTo()).isEqualTo(t.length - 2);
        assertThat(d.label().values()[(t.length - 1) * d.label().cols()]).isNaN();
        assertThat(s.openings()).isZero();
    }
}
