package dev.qforge.agents.env;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.strategies.ta4j.Ta4jBars;
import org.junit.jupiter.api.Test;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.StochasticOscillatorDIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MarketFeaturesTest {

    static BarSeries bars() {
        return SyntheticIntraday.momentum(Instrument.usEquity("SYN"), Timeframe.M5, LocalDate.of(2024, 3, 4), 78 * 4, 0.2, 0.003, 5);
    }

    @Test
    void indicatorsMatchTa4j() {
        BarSeries s = bars();
        MarketFeatures f = MarketFeatures.of(s, DualThrustLines.of(s, SessionIndex.of(s), 1, 0.5, 0.5));
        org.ta4j.core.BarSeries ts = Ta4jBars.of(s, DoubleNumFactory.getInstance());
        ClosePriceIndicator close = new ClosePriceIndicator(ts);
        EMAIndicator ema7 = new EMAIndicator(close, 7), ema56 = new EMAIndicator(close, 56);
        StochasticOscillatorKIndicator k = new StochasticOscillatorKIndicator(ts, 14);
        StochasticOscillatorDIndicator d = new StochasticOscillatorDIndicator(k);
        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        EMAIndicator signal = new EMAIndicator(macd, 9);
        for (int i = 120; i < s.size(); i++) {
            assertThat(f.get(6, i)).as("ema7 at %d", i).isCloseTo(ema7.getValue(i).doubleValue(), within(1e-9));
            assertThat(f.get(7, i)).as("ema56 at %d", i).isCloseTo(ema56.getValue(i).doubleValue(), within(1e-9));
            assertThat(f.get(MarketFeatures.STOCH_K, i)).as("%%K at %d", i).isCloseTo(k.getValue(i).doubleValue(), within(1e-9));
            assertThat(f.get(MarketFeatures.STOCH_D, i)).as("%%D at %d", i).isCloseTo(d.getValue(i).doubleValue(), within(1e-9));
            double hist = macd.getValue(i).doubleValue() - signal.getValue(i).doubleValue();
            assertThat(f.get(MarketFeatures.MACD_HIST, i)).as("macd hist at %d", i).isCloseTo(hist, within(1e-9));
        }
    }

    @Test
    void rsiAndStochasticAgainstANaiveComputation() {
        BarSeries s = bars();
        MarketFeatures f = MarketFeatures.of(s, DualThrustLines.of(s, SessionIndex.of(s), 1, 0.5, 0.5));
        // Wilder's RSI(56): simple means of the first 56 gains/losses, then (prev * 55 + x) / 56
        double g = 0, l = 0;
        for (int i = 1; i <= 56; i++) {
            double dlt = s.close(i) - s.close(i - 1);
            g += Math.max(dlt, 0) / 56;
            l += Math.max(-dlt, 0) / 56;
        }
        assertThat(f.get(MarketFeatures.RSI, 56)).isCloseTo(100 - 100 / (1 + g / l), within(1e-9));
        for (int i = 57; i <= 100; i++) {
            double dlt = s.close(i) - s.close(i - 1);
            g = (g * 55 + Math.max(dlt, 0)) / 56;
            l = (l * 55 + Math.max(-dlt, 0)) / 56;
        }
        assertThat(f.get(MarketFeatures.RSI, 100)).isCloseTo(100 - 100 / (1 + g / l), within(1e-9));
        assertThat(f.get(MarketFeatures.RSI, 55)).isNaN();
        double hh = Double.NEGATIVE_INFINITY, ll = Double.POSITIVE_INFINITY;
        for (int j = 87; j <= 100; j++) {
            hh = Math.max(hh, s.high(j));
            ll = Math.min(ll, s.low(j));
        }
        assertThat(f.get(MarketFeatures.STOCH_K, 100)).isCloseTo(100 * (s.close(100) - ll) / (hh - ll), within(1e-9));
        assertThat(f.firstComplete()).isGreaterThanOrEqualTo(78); // Dual Thrust needs the first session complete
    }
}
