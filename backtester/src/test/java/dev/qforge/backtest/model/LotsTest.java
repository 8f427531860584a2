package dev.qforge.backtest.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LotsTest {

    @Test
    void largeQuantitiesOfTinyLotsStayWholeLots() {
        // 2000 BTC in satoshi lots: 2e11 lots. Before the fix roundDown gave 2000.0000000000002 and isWholeLots
        // refused it, so the validator rejected a plain targetPercent reversal.
        assertThat(Lots.roundDown(2000, 1e-8)).isEqualTo(2000.0);
        assertThat(Lots.isWholeLots(Lots.roundDown(2000, 1e-8), 1e-8)).isTrue();
        assertThat(Lots.isWholeLots(2000.0000000000002, 1e-8)).isTrue();
        for (double q = 1000; q < 5000; q += 0.123456789) {
            assertThat(Lots.isWholeLots(Lots.roundDown(q, 1e-8), 1e-8)).as("q=%s", q).isTrue();
        }
    }

    @Test
    void roundDownDropsTheFractionOfALot() {
        assertThat(Lots.roundDown(1234.567891239, 1e-8)).isEqualTo(1234.56789123);
        assertThat(Lots.roundDown(0.129, 0.01)).isEqualTo(0.12);
        assertThat(Lots.roundDown(157, 100)).isEqualTo(100.0);
        assertThat(Lots.roundDown(7.9, 1)).isEqualTo(7.0);
    }

    @Test
    void aWholeNumberOfSatoshisIsKeptWhole() {
        // 4.03411108 / 1e-8 is 403411107.99999994 in doubles: the floor used to drop one satoshi, so a strategy
        // closing its whole position kept 1e-8 BTC and never traded again (QTNet's ablation on BTCUSDT)
        assertThat(Lots.roundDown(4.03411108, 1e-8)).isEqualTo(4.03411108);
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            long n = 1 + (r.nextLong() & Long.MAX_VALUE) % 1_000_000_000_000L;
            double q = n / 1e8; // the double nearest n satoshis
            assertThat(Lots.roundDown(q, 1e-8)).as("n=%d", n).isEqualTo(q);
            assertThat(Lots.ofLots(n, 1e-8)).isEqualTo(q);
        }
        // one satoshi less is still one satoshi less
        assertThat(Lots.roundDown(4.03411107999, 1e-8)).isEqualTo(4.03411107);
    }

    @Test
    void halfALotOffIsNotWhole() {
        assertThat(Lots.isWholeLots(2000.000000005, 1e-8)).isFalse(); // 2e11 + 0.5 lots
        assertThat(Lots.isWholeLots(0.125, 0.01)).isFalse();
        assertThat(Lots.isWholeLots(150, 100)).isFalse();
        assertThat(Lots.isWholeLots(0.12, 0.01)).isTrue();
    }
}
