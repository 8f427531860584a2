package dev.qforge.backtest;

import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.Side;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.qforge.backtest.TestBars.bar;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a crypto position by its own quantity leaves nothing behind. 4.03411108 BTC is 403411107.99999994 lots of
 * 1e-8 in doubles; the matcher's floor used to fill 4.03411107, so one satoshi stayed, and a strategy that opens only
 * from flat (QTNet's, Dual Thrust's) never traded again: QTNet's BTCUSDT ablation traded on the first test day only.
 * Fills at the next open (the default config); 4.0123 is another quantity the old floor cut (401229999 lots).
 */
class SatoshiCloseTest {

    @Test
    void marketAndMarketOnCloseOrdersForThePositionCloseItExactly() {
        BarSeries s = TestBars.daily(Instrument.crypto("BTCUSDT", "USDT"), LocalDate.of(2023, 3, 15),
                bar(24691.96, 24700, 24600, 24691.96), bar(24600, 24700, 24500, 24595.08), bar(24595, 24800, 24500, 24764.56),
                bar(24700, 24800, 24200, 24276.04), bar(24276, 24300, 24200, 24250));
        double[] held = new double[4];
        ScriptedStrategy st = new ScriptedStrategy()
                .at(0, c -> c.submit(OrderRequest.market("BTCUSDT", Side.BUY, 4.03411108)))
                .at(1, c -> {
                    held[0] = c.position(0);
                    c.submit(OrderRequest.market("BTCUSDT", Side.SELL, Math.abs(c.position(0))));
                })
                .at(2, c -> {
                    held[1] = c.position(0);
                    c.submit(OrderRequest.market("BTCUSDT", Side.SELL, 4.0123));
                })
                .at(3, c -> {
                    held[2] = c.position(0);
                    c.submit(OrderRequest.marketOnClose("BTCUSDT", Side.BUY, Math.abs(c.position(0))));
                })
                .at(4, c -> held[3] = c.position(0));
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults()).run(java.util.List.of(s), st);
        assertThat(held[0]).isEqualTo(4.03411108);
        assertThat(held[1]).isEqualTo(0.0);
        assertThat(held[2]).isEqualTo(-4.0123);
        assertThat(held[3]).isEqualTo(0.0);
        assertThat(r.fills()).extracting(f -> f.quantity()).containsExactly(4.03411108, 4.03411108, 4.0123, 4.0123);
    }
}
