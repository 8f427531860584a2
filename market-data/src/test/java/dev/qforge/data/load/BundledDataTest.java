package dev.qforge.data.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.MarketData;
import dev.qforge.data.Timeframe;
import dev.qforge.data.validate.Policy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundledDataTest {

    @Test
    void namesAreListed() {
        assertThat(MarketData.bundledNames()).containsExactly("aapl-2013-daily", "btc-bitstamp-2013", "eth-2023-5m");
    }

    @Test
    void firstAppleBarOf2013() {
        BarSeries s = MarketData.load("aapl-2013-daily", null, null).series();
        assertThat(s.size()).isEqualTo(252);
        assertThat(s.symbol()).isEqualTo("AAPL");
        assertThat(s.timeframe()).isEqualTo(Timeframe.D1);
        assertThat(s.bar(0)).extracting("open", "high", "low", "close", "volume")
                .containsExactly(553.82, 555.00, 541.63, 549.03, 20018500.0);
        assertThat(s.time(0)).isEqualTo(ZonedDateTime.of(2013, 1, 2, 16, 0, 0, 0, Instrument.NEW_YORK).toInstant().toEpochMilli());
    }

    private record Trade(long second, double price, double amount) {
    }

    private record Ohlcv(double open, double high, double low, double close, double volume) {
    }

    @Test
    void bitstampMinuteBarsAgreeWithAGroupingOfTheTrades() throws Exception {
        List<Trade> trades;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("bitstamp_trades_from_20131125_usd.csv"), StandardCharsets.UTF_8))) {
            trades = r.lines().skip(1).map(l -> l.split(","))
                    .map(f -> new Trade(Long.parseLong(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]))).toList();
        }
        assertThat(trades).hasSize(100_000);
        // bucket end in epoch ms -> bar, trades kept in file order inside each bucket
        Map<Long, Ohlcv> expected = trades.stream().collect(Collectors.groupingBy(t -> (t.second() / 60 + 1) * 60_000L, TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), g -> new Ohlcv(g.get(0).price(),
                        g.stream().mapToDouble(Trade::price).max().orElseThrow(), g.stream().mapToDouble(Trade::price).min().orElseThrow(),
                        g.get(g.size() - 1).price(), g.stream().mapToDouble(Trade::amount).sum()))));

        BarSeries s = MarketData.load("btc-bitstamp-2013", null, Policy.REJECT).series();
        assertThat(s.symbol()).isEqualTo("BTCUSD");
        assertThat(s.timeframe()).isEqualTo(Timeframe.M1);
        assertThat(s.size()).isEqualTo(expected.size());
        int i = 0;
        for (Map.Entry<Long, Ohlcv> e : expected.entrySet()) {
            Ohlcv b = e.getValue();
            assertThat(s.time(i)).isEqualTo(e.getKey());
            assertThat(s.open(i)).isEqualTo(b.open());
            assertThat(s.high(i)).isEqualTo(b.high());
            assertThat(s.low(i)).isEqualTo(b.low());
            assertThat(s.close(i)).isEqualTo(b.close());
            assertThat(s.volume(i)).isCloseTo(b.volume(), within(1e-9));
            i++;
        }
    }

    @Test
    void ethFiveMinuteBars() {
        BarSeries s = MarketData.load("eth-2023-5m", null, Policy.REJECT).series();
        assertThat(s.timeframe()).isEqualTo(Timeframe.M5);
        assertThat(s.symbol()).isEqualTo("ETH-USD");
        assertThat(s.open(0)).isEqualTo(1673.58);
        assertThat(s.time(1) - s.time(0)).isEqualTo(300_000);
    }
}
