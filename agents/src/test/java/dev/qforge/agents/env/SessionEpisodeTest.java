package dev.qforge.agents.env;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SessionEpisodeTest {

    static final EnvConfig CONFIG = EnvConfig.defaults().withCosts(2.3e-5, 1.0).withDualThrust(1, 0.5, 0.5);

    static BarSeries bars() {
        return SyntheticIntraday.momentum(Instrument.usEquity("SYN"), Timeframe.M5, LocalDate.of(2024, 3, 4), 78 * 4, 0.2, 0.003, 9);
    }

    @Test
    void returnsCostsAndForcedFlatAtTheClose() {
        BarSeries s = bars();
        TradingData data = new TradingData(s, CONFIG);
        int session = data.tradableSessions().get(0);
        SessionEpisode e = new SessionEpisode(data, session);
        int f = e.firstBar(), last = e.lastBar();
        assertThat(last).isEqualTo(data.sessions().end(session));
        double fee = 2.3e-5;
        // a broker's books: cash and quantity, fills at closes moved 1 bp against the trader and rounded to the cent,
        // commission on each fill's notional at the fill price
        double cash = 1, qty;
        qty = cash / s.close(f); // long at f: buy equity / price
        double buy = Math.rint(s.close(f) * 1.0001 * 100) / 100;
        cash -= qty * buy * (1 + fee);
        e.step(SessionEpisode.LONG);
        double eq1 = cash + qty * s.close(f + 1);
        assertThat(e.lastReturn()).isCloseTo(eq1 - 1, within(1e-15));
        assertThat(e.equity()).isCloseTo(eq1, within(1e-15));
        // short at f+1: sell the long, then sell short equity / price
        double sell = Math.rint(s.close(f + 1) * 0.9999 * 100) / 100;
        cash += qty * sell * (1 - fee);
        qty = -cash / s.close(f + 1);
        cash -= qty * sell + Math.abs(qty) * sell * fee;
        e.step(SessionEpisode.SHORT);
        while (!e.done()) e.step(SessionEpisode.SHORT);
        double back = Math.rint(s.close(last) * 1.0001 * 100) / 100;
        cash += qty * back - Math.abs(qty) * back * fee; // bought back at the last close
        double eq = cash;
        assertThat(e.equity()).isCloseTo(eq, within(1e-12));
        assertThat(e.position()).isZero();
        assertThat(e.trades()).isEqualTo(3);
        assertThatThrownBy(() -> e.step(SessionEpisode.LONG)).hasMessageContaining("is over");
    }

    @Test
    void observationRowsHoldNormalisedFeaturesAndTheAccount() {
        BarSeries s = bars();
        TradingData data = new TradingData(s, CONFIG);
        SessionEpisode e = new SessionEpisode(data, data.tradableSessions().get(0));
        int f = e.firstBar();
        e.step(SessionEpisode.LONG);
        float[] o = new float[CONFIG.observationSize()];
        e.observe(o, 0);
        int last = (CONFIG.window() - 1) * 14; // row of bar f + 1
        double c = s.close(f + 1);
        assertThat(o[last]).isCloseTo((float) ((s.open(f + 1) / c - 1) * 100), within(1e-5f));
        assertThat(o[last + 3]).isZero(); // the close relative to itself
        assertThat(o[last + 4]).isCloseTo((float) ((data.lines().buy(f + 1) / c - 1) * 100), within(1e-5f));
        assertThat(o[last + 8]).isCloseTo((float) ((data.features().get(MarketFeatures.RSI, f + 1) - 50) / 50), within(1e-6f));
        double buy = Math.rint(s.close(f) * 1.0001 * 100) / 100; // bought equity / close units at the slipped price
        double profit = (s.close(f + 1) - buy - 2.3e-5 * buy) / s.close(f);
        assertThat(o[last + 12]).isCloseTo((float) (profit * 100), within(1e-5f));
        assertThat(o[last + 13]).isEqualTo(1f);
        assertThat(o[last - 14 + 13]).isZero(); // the row of bar f: flat before the first decision
    }

    @Test
    void observationsNeverSeeLaterBars() {
        BarSeries s = bars();
        TradingData data = new TradingData(s, CONFIG);
        int session = data.tradableSessions().get(1);
        int cut = data.firstDecision(session) + 20;
        // perturb every bar after the cut: prices shifted and rescaled, so highs, lows and the session's extremes move
        Random rnd = new Random(3);
        BarSeries.Builder b = BarSeries.builder(s.instrument(), s.timeframe());
        for (int i = 0; i < s.size(); i++) {
            boolean later = i > cut;
            double m = later ? 1 + 0.05 * rnd.nextGaussian() : 1;
            b.add(s.time(i), s.open(i) * m, s.high(i) * m * (later ? 1.01 : 1), s.low(i) * m * (later ? 0.99 : 1), s.close(i) * m, s.volume(i));
        }
        TradingData other = new TradingData(b.build(), CONFIG);
        SessionEpisode x = new SessionEpisode(data, session), y = new SessionEpisode(other, session);
        float[] ox = new float[CONFIG.observationSize()], oy = new float[CONFIG.observationSize()];
        int k = 0;
        while (x.bar() <= cut) {
            x.observe(ox, 0);
            y.observe(oy, 0);
            assertThat(oy).as("observation at bar %d", x.bar()).containsExactly(ox);
            int a = (k++ % 3 == 0) ? SessionEpisode.LONG : SessionEpisode.SHORT;
            if (x.bar() == cut) break;
            assertThat(y.step(a)).isEqualTo(x.step(a));
        }
        // the hindsight expert does see the future: its labels before the cut changed
        assertThat(Arrays.copyOfRange(HindsightExpert.labels(other), data.sessions().start(session), cut))
                .isNotEqualTo(Arrays.copyOfRange(HindsightExpert.labels(data), data.sessions().start(session), cut));
    }

    @Test
    void hindsightExpertBuysTheLowAndSellsTheHigh() {
        TradingData data = new TradingData(DualThrustLinesTest.threeDays(), CONFIG);
        int[] l = HindsightExpert.labels(data);
        // day 1 closes 101 102 103 99 98 97: high first (bar 2), low last (bar 5) -> long before the high, short after
        assertThat(Arrays.copyOfRange(l, 0, 6)).containsExactly(1, 1, 0, 0, 0, 1);
        // day 2 closes 96 100 105 106 103 102: low at bar 6, high at bar 9 -> long from the low to the high, short after
        assertThat(Arrays.copyOfRange(l, 6, 12)).containsExactly(1, 1, 1, 0, 0, 0);
    }
}
