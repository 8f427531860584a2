package dev.qforge.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    @Test
    void guessesCryptoPairsAndEquities() {
        assertThat(Instrument.guess("BTCUSDT").assetClass()).isEqualTo(AssetClass.CRYPTO);
        assertThat(Instrument.guess("BTCUSDT").currency()).isEqualTo("USDT");
        assertThat(Instrument.guess("ETH-USD").currency()).isEqualTo("USD");
        assertThat(Instrument.guess("AAPL").assetClass()).isEqualTo(AssetClass.EQUITY);
        assertThat(Instrument.guess("AAPL").exchangeZone()).isEqualTo(Instrument.NEW_YORK);
    }

    @Test
    void rejectsNonPositiveSizes() {
        assertThatThrownBy(() -> new Instrument("X", AssetClass.EQUITY, "USD", Instrument.NEW_YORK, 0, 1, 1))
                .hasMessageContaining("X").hasMessageContaining("positive");
    }

    @Test
    void dailyBarsAreStampedAtTheSessionClose() {
        long equity = Instrument.usEquity("A").session().closeMillis(LocalDate.of(2013, 1, 2));
        assertThat(equity).isEqualTo(ZonedDateTime.parse("2013-01-02T16:00-05:00[America/New_York]").toInstant().toEpochMilli());
        long crypto = Instrument.crypto("BTCUSD", "USD").session().closeMillis(LocalDate.of(2023, 3, 1));
        assertThat(crypto).isEqualTo(java.time.Instant.parse("2023-03-02T00:00:00Z").toEpochMilli());
        assertThat(Instrument.crypto("BTCUSD", "USD").session().dateOf(crypto)).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void regularHoursOfAnEquitySession() {
        TradingSession s = Instrument.usEquity("SPY").session();
        long close0931 = ZonedDateTime.parse("2011-01-03T09:31-05:00[America/New_York]").toInstant().toEpochMilli();
        long close0930 = ZonedDateTime.parse("2011-01-03T09:30-05:00[America/New_York]").toInstant().toEpochMilli();
        assertThat(s.inRegularHours(close0931, 60_000)).isTrue();
        assertThat(s.inRegularHours(close0930, 60_000)).isFalse();
        assertThat(s.nextTradingDay(LocalDate.of(2013, 3, 28))).isEqualTo(LocalDate.of(2013, 4, 1));
    }

    @Test
    void timeframesParse() {
        assertThat(Timeframe.parse("5m")).isEqualTo(Timeframe.M5);
        assertThat(Timeframe.parse("daily")).isEqualTo(Timeframe.D1);
        assertThat(Timeframe.ofMillis(3_600_000L)).isEqualTo(Timeframe.H1);
        assertThatThrownBy(() -> Timeframe.parse("7m")).hasMessageContaining("7m").hasMessageContaining("1m, 5m");
    }
}
