package dev.qforge.data.store;

import static dev.qforge.data.store.TestData.DAY;
import static dev.qforge.data.store.TestData.T0;
import static dev.qforge.data.store.TestData.daily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Fingerprint;
import dev.qforge.data.Instrument;
import dev.qforge.data.Panel;
import dev.qforge.data.Timeframe;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.ProblemKind;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BarStoreTest {

    private static final AtomicInteger DB_NO = new AtomicInteger();
    private final TestData.MutableClock clock = new TestData.MutableClock(Instant.parse("2024-05-06T07:08:09.123Z"));
    private final Database db = Database.inMemory("barstore-" + DB_NO.incrementAndGet());
    private final BarStore store = new BarStore(db, clock);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void roundTripIsBitExactInMemory() {
        BarSeries s = daily("AAPL", 3000, 1);
        SaveResult r = store.save(s, new SourceInfo("AAPL.csv.gz", Policy.REPAIR, 2, 3, Map.of(ProblemKind.GAP, 4L)));
        assertThat(r.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(store.load("AAPL", Timeframe.D1)).contains(s); // BarSeries.equals compares doubles bit for bit
        SeriesInfo info = r.series();
        assertThat(info.fingerprint()).isEqualTo(Fingerprint.of(s));
        assertThat(info.barCount()).isEqualTo(3000);
        assertThat(info.firstTime()).isEqualTo(T0);
        assertThat(info.lastTime()).isEqualTo(T0 + 2999 * DAY);
        assertThat(info.importedAt()).isEqualTo(Instant.parse("2024-05-06T07:08:09.123Z"));
        assertThat(info.source()).isEqualTo("AAPL.csv.gz");
        assertThat(info.policy()).isEqualTo(Policy.REPAIR);
        assertThat(info.droppedRows()).isEqualTo(2);
        assertThat(info.repairedRows()).isEqualTo(3);
        assertThat(info.problemCounts()).containsExactly(Map.entry(ProblemKind.GAP, 4L));
        assertThat(store.list()).containsExactly(info);
        assertThat(store.instrument("AAPL")).isEqualTo(Instrument.usEquity("AAPL"));
    }

    @Test
    void roundTripKeepsSpecialDoublesAndOtherInstruments() {
        Instrument btc = Instrument.crypto("BTCUSDT", "USDT");
        BarSeries s = BarSeries.of(btc, Timeframe.M1, new long[] {60_000, 120_000, 180_000},
                new double[] {Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2}, new double[] {1e-300, 1e300, Math.nextUp(1.0)},
                new double[] {Double.MIN_NORMAL, 5e-324, 3}, new double[] {Math.PI, Math.E, 1 / 3.0},
                new double[] {0.0, Double.NaN, Double.POSITIVE_INFINITY});
        store.save(s, SourceInfo.of("made in a test"));
        assertThat(store.load("BTCUSDT", Timeframe.M1)).contains(s);
        assertThat(store.instrument("BTCUSDT")).isEqualTo(btc);
    }

    @Test
    void negativeZeroAndNaNPayloadsComeBackBitForBit() {
        double nanPayload = Double.longBitsToDouble(0x7ff8_0000_dead_beefL);
        BarSeries s = BarSeries.of(Instrument.usEquity("Z"), Timeframe.D1, new long[] {1, 2}, new double[] {-0.0, 1},
                new double[] {nanPayload, 1}, new double[] {1, -0.0}, new double[] {1, 1}, new double[] {-0.0, nanPayload});
        SaveResult r = store.save(s, SourceInfo.of("z"));
        BarSeries back = store.load("Z", Timeframe.D1).orElseThrow();
        assertThat(Double.doubleToRawLongBits(back.open(0))).isEqualTo(Long.MIN_VALUE); // the sign bit alone
        assertThat(Double.doubleToRawLongBits(back.low(1))).isEqualTo(Long.MIN_VALUE);
        assertThat(Double.doubleToRawLongBits(back.high(0))).isEqualTo(0x7ff8_0000_dead_beefL);
        assertThat(Double.doubleToRawLongBits(back.volume(1))).isEqualTo(0x7ff8_0000_dead_beefL);
        Panel p = store.loadPanel(List.of("Z"), Timeframe.D1, Long.MIN_VALUE, Long.MAX_VALUE);
        assertThat(Double.doubleToRawLongBits(p.matrix("open")[0])).isEqualTo(Long.MIN_VALUE);
        assertThat(Double.doubleToRawLongBits(p.matrix("volume")[1])).isEqualTo(0x7ff8_0000_dead_beefL);
        assertThat(Fingerprint.of(back)).isEqualTo(r.series().fingerprint()).isEqualTo(Fingerprint.of(s));
        assertThat(store.save(back, SourceInfo.of("z again")).status()).isEqualTo(ImportStatus.UNCHANGED);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void smallBlocksReadOnlyTheRangeAndSliceAtEveryBoundary(boolean deflate) throws Exception {
        BarStore small = new BarStore(db, clock, 7, deflate);
        BarSeries s = daily("AAPL", 30, 4); // blocks of 7, 7, 7, 7, 2
        small.save(s, SourceInfo.of("x"));
        assertThat(DatabaseTest.count(db, "SELECT COUNT(*) FROM bar_blocks")).isEqualTo(5);
        assertThat(store.load("AAPL", Timeframe.D1)).contains(s); // the default store reads any block size
        for (int from = 0; from <= 30; from += 3) {
            for (int to = from; to <= 30; to += 4) {
                long lo = T0 + from * DAY, hi = T0 + to * DAY - 1;
                assertThat(small.load("AAPL", Timeframe.D1, lo, hi)).as("[%d, %d)", from, to).contains(s.slice(from, to));
            }
        }
        assertThat(small.load("AAPL", Timeframe.D1, T0 - 10 * DAY, T0 - 1).orElseThrow().size()).isZero();
        assertThat(small.load("AAPL", Timeframe.D1, T0 + 40 * DAY, Long.MAX_VALUE).orElseThrow().size()).isZero();
    }

    @Test
    void aCorruptStoredBlockNamesSeriesAndBlock() throws Exception {
        new BarStore(db, clock, 10, false).save(daily("AAPL", 25, 1), SourceInfo.of("x"));
        long id = store.info("AAPL", Timeframe.D1).orElseThrow().id();
        try (var c = db.connect(); var ps = c.prepareStatement("UPDATE bar_blocks SET data = ? WHERE series_id = ? AND block_no = 1")) {
            ps.setBytes(1, new byte[] {'Q', 'F', 'B', 1, 0, 0, 0, 0, 10, 0, 0, 0});
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        assertThat(store.load("AAPL", Timeframe.D1, T0, T0 + 5 * DAY)).isPresent(); // block 0 alone is fine
        assertThatThrownBy(() -> store.load("AAPL", Timeframe.D1))
                .isInstanceOf(StoreException.class).hasMessageContaining("AAPL 1d").hasMessageContaining("block 1")
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> store.loadPanel(Timeframe.D1, Long.MIN_VALUE, Long.MAX_VALUE))
                .isInstanceOf(StoreException.class).hasMessageContaining("block 1");
    }

    @Test
    void roundTripThroughAFileDatabaseSurvivesReopening(@TempDir Path dir) {
        BarSeries s = daily("MSFT", 1500, 2);
        String url = Database.resolveUrl(dir.resolve("q").toString(), Map.of(), dir);
        try (Database file = Database.openUrl(url)) {
            new BarStore(file, clock).save(s, SourceInfo.of("MSFT.csv"));
        }
        try (Database file = Database.openUrl(url)) {
            BarStore reopened = new BarStore(file, clock);
            assertThat(reopened.load("MSFT", Timeframe.D1)).contains(s);
            assertThat(reopened.load("MSFT", Timeframe.D1, T0 + 10 * DAY, T0 + 19 * DAY)).contains(s.slice(10, 20));
        }
    }

    @Test
    void loadReturnsTheClosedRangeAndEmptyForAnotherTimeframe() {
        BarSeries s = daily("AAPL", 50, 1);
        store.save(s, SourceInfo.of("x"));
        assertThat(store.load("AAPL", Timeframe.D1, T0 + 5 * DAY, T0 + 9 * DAY)).contains(s.slice(5, 10));
        assertThat(store.load("AAPL", Timeframe.D1, T0 + 5 * DAY + 1, T0 + 6 * DAY - 1).orElseThrow().size()).isZero();
        assertThat(store.load("AAPL", Timeframe.M1)).isEmpty();
    }

    @Test
    void reimportingTheSameContentIsAnUnchangedNoOp() {
        BarSeries s = daily("AAPL", 100, 1);
        SaveResult first = store.save(s, SourceInfo.of("a.csv"));
        clock.advanceMillis(60_000);
        SaveResult again = store.save(daily("AAPL", 100, 1), SourceInfo.of("copy-of-a.csv"));
        assertThat(again.status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(again.series()).isEqualTo(first.series()); // same id, source and import time
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void differentContentReplacesTheSeries() throws Exception {
        store.save(daily("AAPL", 100, 1), SourceInfo.of("old.csv"));
        clock.advanceMillis(1000);
        BarSeries newer = daily("AAPL", 60, 7);
        SaveResult r = store.save(newer, SourceInfo.of("new.csv"));
        assertThat(r.status()).isEqualTo(ImportStatus.REPLACED);
        assertThat(r.series().source()).isEqualTo("new.csv");
        assertThat(r.series().importedAt()).isEqualTo(Instant.parse("2024-05-06T07:08:10.123Z"));
        assertThat(store.load("AAPL", Timeframe.D1)).contains(newer);
        assertThat(store.list()).hasSize(1);
        assertThat(storedBars()).isEqualTo(60); // no leftovers of the old bars
    }

    @Test
    void aFailureMidInsertLeavesNoTrace() throws Exception {
        store.setBatchHook((c, rows) -> {
            throw new SQLException("disk full after " + rows + " rows (simulated)");
        });
        BarSeries big = daily("AAPL", BarStore.BLOCK_BARS * 2 + 10, 1);
        assertThatThrownBy(() -> store.save(big, SourceInfo.of("big.csv")))
                .isInstanceOf(StoreException.class).hasMessageContaining("AAPL").hasMessageContaining("simulated");
        assertNoTrace();
    }

    @Test
    void aFailureAfterTheFirstOfSeveralBlocksLeavesNoTrace() throws Exception {
        BarStore small = new BarStore(db, clock, 10, false);
        small.setBatchHook((c, rows) -> {
            if (rows >= 20) throw new SQLException("simulated failure after " + rows + " bars");
        });
        assertThatThrownBy(() -> small.save(daily("AAPL", 35, 1), SourceInfo.of("x")))
                .isInstanceOf(StoreException.class).hasMessageContaining("after 20 bars");
        assertNoTrace();
    }

    @Test
    void aConnectionClosedMidInsertLeavesNoTrace() throws Exception {
        store.setBatchHook((c, rows) -> c.close());
        assertThatThrownBy(() -> store.save(daily("AAPL", BarStore.BLOCK_BARS * 2 + 10, 1), SourceInfo.of("big.csv")))
                .isInstanceOf(StoreException.class);
        assertNoTrace();
    }

    @Test
    void aFailedReplacementKeepsTheOldSeries() throws Exception {
        BarSeries old = daily("AAPL", 100, 1);
        store.save(old, SourceInfo.of("old.csv"));
        store.setBatchHook((c, rows) -> {
            throw new SQLException("simulated");
        });
        assertThatThrownBy(() -> store.save(daily("AAPL", 5000, 3), SourceInfo.of("new.csv"))).isInstanceOf(StoreException.class);
        assertThat(store.load("AAPL", Timeframe.D1)).contains(old);
        assertThat(store.list()).singleElement().extracting(SeriesInfo::source).isEqualTo("old.csv");
        assertThat(storedBars()).isEqualTo(100);
    }

    private long storedBars() throws Exception {
        return DatabaseTest.count(db, "SELECT COALESCE(SUM(bar_count), 0) FROM bar_blocks");
    }

    private void assertNoTrace() throws Exception {
        assertThat(store.list()).isEmpty();
        assertThat(storedBars()).isZero();
        assertThat(DatabaseTest.count(db, "SELECT COUNT(*) FROM instruments")).isZero();
        assertThatThrownBy(() -> store.load("AAPL", Timeframe.D1)).isInstanceOf(UnknownSymbolException.class);
    }

    @Test
    void unknownSymbolNamesItAndNearMatches() {
        store.save(daily("AAPL", 5, 1), SourceInfo.of("x"));
        store.save(daily("AAP", 5, 2), SourceInfo.of("x"));
        store.save(daily("MSFT", 5, 3), SourceInfo.of("x"));
        assertThatThrownBy(() -> store.load("APPL", Timeframe.D1))
                .isInstanceOf(UnknownSymbolException.class)
                .hasMessageContaining("'APPL'")
                .hasMessageContaining("AAPL")
                .hasMessageContaining("AAP")
                .hasMessageNotContaining("MSFT")
                .satisfies(e -> assertThat(((UnknownSymbolException) e).nearMatches()).containsExactly("AAPL", "AAP"));
        assertThatThrownBy(() -> store.loadPanel(List.of("MSFT", "msfT2"), Timeframe.D1, Long.MIN_VALUE, Long.MAX_VALUE))
                .isInstanceOf(UnknownSymbolException.class).hasMessageContaining("msfT2").hasMessageContaining("MSFT");
        assertThatThrownBy(() -> store.delete("ZZZZZZ", Timeframe.D1)).hasMessageContaining("no similar symbols");
    }

    @Test
    void deleteRemovesOneSeries() throws Exception {
        store.save(daily("AAPL", 5, 1), SourceInfo.of("x"));
        store.save(daily("MSFT", 7, 1), SourceInfo.of("x"));
        assertThat(store.delete("AAPL", Timeframe.D1)).isTrue();
        assertThat(store.delete("AAPL", Timeframe.D1)).isFalse();
        assertThat(store.load("AAPL", Timeframe.D1)).isEmpty();
        assertThat(store.list()).extracting(SeriesInfo::symbol).containsExactly("MSFT");
        assertThat(storedBars()).isEqualTo(7);
    }
}
