package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthlyReturnsHeatMapTest {

    /** 2021: Jan +5%, Feb -5%, Mar 0, the rest missing. */
    private static MonthlyReturnsHeatMap sample() {
        double[] row = new double[12];
        Arrays.fill(row, Double.NaN);
        row[0] = 0.05;
        row[1] = -0.05;
        row[2] = 0.0;
        return MonthlyReturnsHeatMap.ofMatrix(2021, new double[][] {row});
    }

    @Test
    void writesAPngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Rendered.png(sample(), dir.resolve("monthly.png"), 720, 240);
    }

    @Test
    void aGainIsGreenerAndALossRedderThanAZeroMonthAndAMissingMonthIsBlank() {
        Rendered r = Rendered.of(sample().chart(), 900, 300);
        // sample left of the centre so the percent label is not read; row 0, columns 0..3 (Jan..Apr)
        Color jan = r.at(0 - 0.35, 0);
        Color feb = r.at(1 - 0.35, 0);
        Color mar = r.at(2 - 0.35, 0);
        Color apr = r.at(3 - 0.35, 0);
        assertThat(Rendered.isWhite(mar)).as("zero is white: %s", mar).isTrue();
        assertThat(Rendered.greenness(jan)).as("Jan %s", jan).isGreaterThan(Rendered.greenness(mar) + 50);
        assertThat(Rendered.redness(feb)).as("Feb %s", feb).isGreaterThan(Rendered.redness(mar) + 50);
        assertThat(Rendered.isWhite(apr)).as("missing month is the blank background: %s", apr).isTrue();
    }

    @Test
    void thePaintScaleIsCentredAtZeroAndSaturatesAtTheLargestReturn() {
        ColorScale s = sample().colorScale();
        assertThat(s.getLowerBound()).isCloseTo(-5.0, within(1e-12));
        assertThat(s.getUpperBound()).isCloseTo(5.0, within(1e-12));
        assertThat(s.color(0)).isEqualTo(Color.WHITE);
        assertThat(s.color(5)).isEqualTo(ColorScale.GREEN);
        assertThat(s.color(-5)).isEqualTo(ColorScale.RED);
    }

    @Test
    void labelsEachKnownMonthInPercentAndHasALegend() {
        var chart = sample().chart();
        List<String> labels = chart.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation).map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertThat(labels).containsExactlyInAnyOrder("5.0%", "-5.0%", "0.0%");
        assertThat(chart.getSubtitles()).anyMatch(t -> t instanceof PaintScaleLegend);
    }

    @Test
    void aListOfMonthsSpansEveryYearBetweenTheFirstAndTheLast() {
        MonthlyReturnsHeatMap m = MonthlyReturnsHeatMap.of(List.of(new MonthlyReturn(2021, 3, 0.01), new MonthlyReturn(2019, 12, -0.02)));
        assertThat(m.firstYear()).isEqualTo(2019);
        assertThat(m.years()).isEqualTo(3);
        assertThat(Rendered.of(m.chart(), 600, 300).image()).isNotNull();
    }

    @Test
    void badInputGetsAClearMessage() {
        assertThatThrownBy(() -> MonthlyReturnsHeatMap.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no monthly returns: nothing to plot");
        assertThatThrownBy(() -> MonthlyReturnsHeatMap.ofMatrix(2020, new double[0][])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no monthly returns: nothing to plot");
        assertThatThrownBy(() -> MonthlyReturnsHeatMap.ofMatrix(2020, new double[][] {new double[11]}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year 2020 has 11 values, not 12");
        assertThatThrownBy(() -> MonthlyReturnsHeatMap.of(List.of(new MonthlyReturn(2020, 1, 0), new MonthlyReturn(2020, 1, 0.1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020-Jan is given twice");
        assertThatThrownBy(() -> new MonthlyReturn(2020, 13, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..12");
    }

    @Test
    void monthlyReturnsFromEquityChainMonthEndValues() {
        long[] t = {at(2021, 1, 5), at(2021, 1, 29), at(2021, 2, 26), at(2021, 4, 30), at(2021, 4, 30) + 1};
        // Jan: 110/100 - 1 = +10%; Feb: 99/110 - 1 = -10%; no March; Apr: 108.9/99 - 1 = +10% (the NaN is skipped)
        List<MonthlyReturn> r = MonthlyReturn.fromEquity(t, new double[] {100, 110, 99, 108.9, Double.NaN});
        assertThat(r).extracting(MonthlyReturn::month).containsExactly(1, 2, 4);
        assertThat(r).extracting(MonthlyReturn::value).satisfiesExactly(
                v -> assertThat(v).isCloseTo(0.10, within(1e-12)),
                v -> assertThat(v).isCloseTo(-0.10, within(1e-12)),
                v -> assertThat(v).isCloseTo(0.10, within(1e-12)));
    }

    private static long at(int y, int m, int d) {
        return LocalDate.of(y, m, d).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
