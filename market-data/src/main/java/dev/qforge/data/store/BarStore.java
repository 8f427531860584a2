package dev.qforge.data.store;

import dev.qforge.data.AssetClass;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Fingerprint;
import dev.qforge.data.Instrument;
import dev.qforge.data.Panel;
import dev.qforge.data.Timeframe;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Bar series in the H2 database, stored as columnar blocks: one row of {@code bar_blocks} per {@link #BLOCK_BARS}
 * consecutive bars of a series (its time column and five value columns packed by {@link BarBlockCodec}), one row per
 * (symbol, timeframe) in {@code series}, one row per symbol in {@code instruments} (see
 * {@code db/migration/data/V1__data_store.sql}).
 *
 * <p>Assumptions and guarantees:
 * <ul>
 * <li>A save runs in ONE transaction: a failure half-way leaves no trace of the new series (and, on a
 *     replacement, the old one intact). Bars go in as blocks of at most {@link #BLOCK_BARS}.</li>
 * <li>Saving content whose {@link Fingerprint} equals the stored one is a no-op ({@code UNCHANGED}: source and
 *     import time of the stored series are kept). Other content for the same symbol and timeframe replaces the
 *     stored series ({@code REPLACED}). The instrument description is per symbol: the last save wins.</li>
 * <li>Times are epoch milliseconds, values the raw bits of each double: {@link #load} and {@link #loadPanel} return the
 *     saved values bit for bit ({@code -0.0}, infinities and NaN payloads included). A stored block that fails its
 *     checks (checksum, length, time order) is a {@link StoreException} naming the series and the block.</li>
 * <li>{@link #load} with a range reads only the blocks overlapping it; a panel decodes blocks straight into its
 *     matrices.</li>
 * <li>Import time comes from the injected {@link Clock}, kept to millisecond precision.</li>
 * <li>Ranges {@code [fromMillis, toMillis]} are closed and refer to bar close times.</li>
 * <li>A symbol with no instrument row is an {@link UnknownSymbolException} naming near matches; a known symbol
 *     without a series of the asked timeframe is an empty {@code Optional} ({@link #load}) or an error
 *     ({@link #loadPanel}).</li>
 * </ul>
 * Thread-safe: every call uses its own connection.
 */
public final class BarStore {

    /**
     * Bars per stored block: 8192 bars are 393,232 bytes. A daily series of 30 years (about 7,600 bars) is one block, so
     * one primary-key lookup reads it; 8192 one-minute bars are about 21 US trading days, so a short range read
     * decodes at most a couple of blocks; and a value of this size stays inline in H2's row store.
     */
    public static final int BLOCK_BARS = 8192;
    private static final String SERIES_COLUMNS = "id, symbol, timeframe, source, fingerprint, bar_count, first_time_ms, "
            + "last_time_ms, imported_at, policy, dropped_rows, repaired_rows, problem_counts";

    /** Test seam: runs after each block insert, inside the save transaction, with the bars written so far. */
    interface BatchHook {
        void afterBatch(Connection connection, int rowsWritten) throws SQLException;
    }

    private final Database db;
    private final Clock clock;
    private final int blockBars;
    private final boolean deflate;
    private volatile BatchHook hook = (c, n) -> { };

    /** Opens the store on {@code db}, applying the {@code data} migrations if needed. */
    public BarStore(Database db, Clock clock) {
        this(db, clock, BLOCK_BARS, false);
    }

    /** A store writing blocks of {@code blockBars}, deflated or not (tests and measurements; reads accept both). */
    BarStore(Database db, Clock clock, int blockBars, boolean deflate) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (blockBars < 1) throw new IllegalArgumentException("blockBars " + blockBars);
        this.blockBars = blockBars;
        this.deflate = deflate;
        db.migrate("data");
    }

    public Database database() {
        return db;
    }

    void setBatchHook(BatchHook hook) {
        this.hook = hook;
    }

    /** Stores {@code series} (see the class comment for unchanged and replace); returns what was done. */
    public SaveResult save(BarSeries series, SourceInfo source) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(source, "source");
        String fingerprint = Fingerprint.of(series);
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                Optional<SeriesInfo> old = info(c, series.symbol(), series.timeframe());
                if (old.isPresent() && old.get().fingerprint().equals(fingerprint)) {
                    c.rollback();
                    return new SaveResult(ImportStatus.UNCHANGED, old.get());
                }
                SeriesRows.upsertInstrument(c, series.instrument());
                if (old.isPresent()) deleteSeries(c, old.get().id());
                long id = SeriesRows.insert(c, series, source, fingerprint, clock.instant());
                BlockRows.insert(c, id, series, blockBars, deflate, hook);
                SeriesInfo stored = info(c, series.symbol(), series.timeframe()).orElseThrow();
                c.commit();
                return new SaveResult(old.isPresent() ? ImportStatus.REPLACED : ImportStatus.IMPORTED, stored);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("saving " + series.symbol() + " " + series.timeframe() + " from " + source.source(), e);
        }
    }

    /** Every stored series, ordered by symbol and timeframe. */
    public List<SeriesInfo> list() {
        try (Connection c = db.connect()) {
            return listIn(c);
        } catch (SQLException e) {
            throw new StoreException("listing series", e);
        }
    }

    private static List<SeriesInfo> listIn(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SERIES_COLUMNS + " FROM series ORDER BY symbol, timeframe");
             ResultSet rs = ps.executeQuery()) {
            List<SeriesInfo> out = new ArrayList<>();
            while (rs.next()) out.add(SeriesRows.read(rs));
            return out;
        }
    }

    /** The stored series of {@code symbol} at {@code timeframe}, if any; unknown symbols are an error. */
    public Optional<SeriesInfo> info(String symbol, Timeframe timeframe) {
        try (Connection c = db.connect()) {
            requireKnown(c, symbol);
            return info(c, symbol, timeframe);
        } catch (SQLException e) {
            throw new StoreException("reading series " + symbol + " " + timeframe, e);
        }
    }

    /** The whole stored series. */
    public Optional<BarSeries> load(String symbol, Timeframe timeframe) {
        return load(symbol, timeframe, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** The bars of {@code symbol} closing in {@code [fromMillis, toMillis]}; empty when no series of that timeframe. */
    public Optional<BarSeries> load(String symbol, Timeframe timeframe, long fromMillis, long toMillis) {
        try (Connection c = db.connect()) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // series row and bars from one snapshot
            c.setAutoCommit(false);
            Instrument instrument = requireKnown(c, symbol);
            Optional<SeriesInfo> info = info(c, symbol, timeframe);
            if (info.isEmpty()) return Optional.empty();
            List<BlockRows.Slice> slices;
            try (PreparedStatement ps = BlockRows.prepareRead(c)) {
                slices = BlockRows.read(ps, info.get(), fromMillis, toMillis);
            }
            c.commit();
            int n = slices.stream().mapToInt(BlockRows.Slice::size).sum();
            long[] t = new long[n];
            double[][] v = new double[5][n];
            int k = 0;
            for (BlockRows.Slice sl : slices) {
                sl.block().copyTimes(sl.from(), sl.to(), t, k);
                for (int f = 0; f < 5; f++) sl.block().copyField(f, sl.from(), sl.to(), v[f], k);
                k += sl.size();
            }
            return Optional.of(BarSeries.of(instrument, timeframe, t, v[0], v[1], v[2], v[3], v[4]));
        } catch (SQLException e) {
            throw new StoreException("loading " + symbol + " " + timeframe, e);
        }
    }

    /**
     * A panel (fields open, high, low, close, volume) of {@code symbols}, in that order, over {@code [from, to]}
     * at {@code timeframe}; rows are the union of the bar times, NaN where an instrument has no bar. Read from one
     * consistent snapshot, so a concurrent save is seen entirely or not at all.
     */
    public Panel loadPanel(List<String> symbols, Timeframe timeframe, long fromMillis, long toMillis) {
        return readPanel(symbols, timeframe, fromMillis, toMillis);
    }

    /** A panel of every stored series of {@code timeframe}, columns ordered by symbol. */
    public Panel loadPanel(Timeframe timeframe, long fromMillis, long toMillis) {
        return readPanel(null, timeframe, fromMillis, toMillis);
    }

    private Panel readPanel(List<String> symbols, Timeframe timeframe, long fromMillis, long toMillis) {
        try (Connection c = db.connect()) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // H2: a snapshot for the whole read
            c.setAutoCommit(false);
            List<SeriesInfo> chosen = new ArrayList<>();
            if (symbols == null) {
                chosen.addAll(listIn(c).stream().filter(s -> s.timeframe() == timeframe).toList());
            } else {
                for (String s : symbols) {
                    requireKnown(c, s);
                    Optional<SeriesInfo> info = info(c, s, timeframe);
                    if (info.isEmpty()) {
                        throw new IllegalArgumentException("no " + timeframe + " series of " + s + " in the store; it has "
                                + timeframesOf(c, s));
                    }
                    chosen.add(info.get());
                }
            }
            Panel p = PanelReader.read(c, chosen, fromMillis, toMillis);
            c.commit();
            return p;
        } catch (SQLException e) {
            throw new StoreException("loading a " + timeframe + " panel of " + (symbols == null ? "all" : symbols.size()) + " symbols", e);
        }
    }

    /** Deletes the series of {@code symbol} at {@code timeframe}; false when there was none. The instrument stays. */
    public boolean delete(String symbol, Timeframe timeframe) {
        try (Connection c = db.connect()) {
            requireKnown(c, symbol);
            c.setAutoCommit(false);
            Optional<SeriesInfo> info = info(c, symbol, timeframe);
            if (info.isPresent()) deleteSeries(c, info.get().id());
            c.commit();
            return info.isPresent();
        } catch (SQLException e) {
            throw new StoreException("deleting " + symbol + " " + timeframe, e);
        }
    }

    /** The stored description of {@code symbol}. */
    public Instrument instrument(String symbol) {
        try (Connection c = db.connect()) {
            return requireKnown(c, symbol);
        } catch (SQLException e) {
            throw new StoreException("reading instrument " + symbol, e);
        }
    }

    private Instrument requireKnown(Connection c, String symbol) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT asset_class, currency, zone, tick_size, lot_size, multiplier "
                + "FROM instruments WHERE symbol = ?")) {
            ps.setString(1, symbol);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new Instrument(symbol, AssetClass.valueOf(rs.getString(1)), rs.getString(2), ZoneId.of(rs.getString(3)),
                            rs.getDouble(4), rs.getDouble(5), rs.getDouble(6));
                }
            }
        }
        List<String> known = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT symbol FROM instruments")) {
            while (rs.next()) known.add(rs.getString(1));
        }
        throw new UnknownSymbolException(symbol, UnknownSymbolException.nearest(symbol, known, 5));
    }

    private static List<String> timeframesOf(Connection c, String symbol) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT timeframe FROM series WHERE symbol = ? ORDER BY timeframe")) {
            ps.setString(1, symbol);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static Optional<SeriesInfo> info(Connection c, String symbol, Timeframe timeframe) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SERIES_COLUMNS + " FROM series WHERE symbol = ? AND timeframe = ?")) {
            ps.setString(1, symbol);
            ps.setString(2, timeframe.label());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(SeriesRows.read(rs)) : Optional.empty();
            }
        }
    }

    private static void deleteSeries(Connection c, long id) throws SQLException {
        BlockRows.delete(c, id);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM series WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            if (!c.isClosed()) c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
