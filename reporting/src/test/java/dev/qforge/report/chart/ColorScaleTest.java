package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ColorScaleTest {

    @Test
    void divergingIsRedWhiteGreenAndClampsOutsideTheLimit() {
        ColorScale s = ColorScale.diverging(4);
        assertThat(s.color(-4)).isEqualTo(ColorScale.RED);
        assertThat(s.color(0)).isEqualTo(Color.WHITE);
        assertThat(s.color(4)).isEqualTo(ColorScale.GREEN);
        assertThat(s.color(100)).isEqualTo(ColorScale.GREEN);
        assertThat(s.color(-100)).isEqualTo(ColorScale.RED);
        // halfway from white (255,255,255) to green (26,152,80): (140.5, 203.5, 167.5) rounded half up
        assertThat(s.color(2)).isEqualTo(new Color(141, 204, 168));
        assertThat(s.color(Double.NaN).getAlpha()).isZero();
    }

    @Test
    void aZeroLimitStillGivesAUsableScale() {
        ColorScale s = ColorScale.diverging(0);
        assertThat(s.getLowerBound()).isLessThan(s.getUpperBound());
        assertThat(s.color(0)).isEqualTo(Color.WHITE);
    }

    @Test
    void sequentialRunsDarkToBrightAndReversesOnRequest() {
        ColorScale up = ColorScale.sequential(0, 1, false);
        ColorScale down = ColorScale.sequential(0, 1, true);
        assertThat(up.color(0)).isEqualTo(down.color(1));
        assertThat(up.color(1)).isEqualTo(down.color(0));
        assertThat(up.withNanPaint(ColorScale.NAN_GREY).color(Double.NaN)).isEqualTo(ColorScale.NAN_GREY);
        assertThatThrownBy(() -> ColorScale.of(1, 1, Color.BLACK, Color.WHITE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelTextContrastsWithTheCell() {
        assertThat(ColorScale.textOn(Color.WHITE)).isEqualTo(Color.BLACK);
        assertThat(ColorScale.textOn(new Color(68, 1, 84))).isEqualTo(Color.WHITE);
    }
}
