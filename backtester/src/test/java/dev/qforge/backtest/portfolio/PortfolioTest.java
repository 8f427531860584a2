package dev.qforge.backtest.portfolio;

import dev.qforge.data.Instrument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PortfolioTest {

    private final Portfolio p = new Portfolio(List.of(Instrument.usEquity("A"),
            new Instrument("ES", dev.qforge.data.AssetClass.FUTURE, "USD", Instrument.NEW_YORK, 0.25, 1, 50)), 10_000);

    @Test
    void averagePriceRealizedPnlAndReversalThroughZero() {
        p.apply(0, 10, 100, 1);      // long 10 @ 100
        p.apply(0, 10, 110, 1);      // long 20 @ 105
        assertThat(p.avgPrice(0)).isEqualTo(105);
        p.apply(0, -25, 120, 1);     // close 20 (+300), short 5 @ 120
        assertThat(p.realizedPnl(0)).isEqualTo(300);
        assertThat(p.quantity(0)).isEqualTo(-5);
        assertThat(p.avgPrice(0)).isEqualTo(120);
        p.apply(0, 5, 126, 1);       // cover 5: -30
        assertThat(p.realizedPnl(0)).isEqualTo(270);
        assertThat(p.quantity(0)).isZero();
        assertThat(p.fees()).isEqualTo(4);
        // cash: 10,000 - 1,000 - 1,100 + 3,000 - 630 - 4 fees = 10,266 = 10,000 + 270 - 4
        assertThat(p.cash()).isCloseTo(10_266, within(1e-9));
        assertThat(p.equity()).isCloseTo(10_266, within(1e-9));
    }

    @Test
    void multiplierScalesValueAndPnl() {
        p.apply(1, 2, 5000, 0);      // 2 contracts at 5,000 x 50
        p.mark(1, 5010);
        assertThat(p.position(1).unrealizedPnl()).isEqualTo(2 * 10 * 50);
        assertThat(p.equity()).isCloseTo(10_000 + 1_000, within(1e-9));
        assertThat(p.grossExposure()).isEqualTo(2 * 5010 * 50);
    }

    @Test
    void equityIsCashPlusMarkedPositions() {
        p.apply(0, 7, 50, 0.5);
        p.mark(0, 55);
        Position pos = p.position(0);
        assertThat(pos.marketValue()).isEqualTo(385);
        assertThat(pos.unrealizedPnl()).isEqualTo(35);
        assertThat(p.equity()).isEqualTo(p.cash() + 385);
    }

    @Test
    void initialCashMustBePositive() {
        assertThatThrownBy(() -> new Portfolio(List.of(), 0)).hasMessageContaining("initial cash must be positive");
        assertThatThrownBy(() -> new Portfolio(List.of(), Double.NaN)).hasMessageContaining("initial cash");
    }
}
