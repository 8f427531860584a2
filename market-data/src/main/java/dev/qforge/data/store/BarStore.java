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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Bar series in the H2 database: one row per bar in {@code bars}, one row per (symbol, timeframe) in
 * {@code series}, one row per symbol in {@code instruments} (see {@code db/migration/data/V1__data_store.sql}).
 *
 * <p>Assumptions and guarantees:
 * <ul>
 * <li>A save runs in ONE transaction: a failure half-way leaves no trace of the new series (and, on a
 *     replacement, the old one intact). Bars go in as JDBC batches.</li>
 * <li>Saving content whose {@link Fingerprint} equals the stored one is a no-op ({@code UNCHANGED}: source and
 *     import time of the stored series are kept). Other content for the same symbol and timeframe replaces the
 *     stored series ({@code REPLACED}). The instrument description is per symbol: the last save wins.</li>
 * <li>Times are epoch milliseconds, values DOUBLE PRECISION: {@link #load} returns the saved series bit for bit (NaN and
 *     infinities included), except that H2 stores {@code -0.0} as {@code 0.0}; the {@link Fingerprint} treats
 *     the two alike, so the fingerprint of a loaded series equals the one recorded at import.</li>
 * <li>Import time comes from the injected {@link Clock}, kept to millisecond precision.</li>
 * <li>Ranges {@code [fromMillis, toMillis]} are closed and refer to bar close times.</li>
 * <li>A symbol with no instrument row is an {@link UnknownSymbolException} naming near matches; a known symbol
 *     without a series of the asked timeframe is an empty {@code Optional} ({@link #load}) or an error
 *     ({@link #loadPanel}).</li>
 * </ul>
 * Thread-safe: every call uses its own connection.
 */
public final class BarStore {

    static final int BATCH = BarRows.BATCH;
    private static final String SERIES_COLUMNS = "id, symbol, timeframe, source, fingerprint, bar_count, first_time_ms, "
            + "last_time_ms, imported_at, policy, dropped_rows, repaired_rows, problem_counts";

    /** Test seam: runs after each executed batch of bar inserts, inside the save transaction. */
    interface BatchHook {
        void afterBatch(Connection connection, int rowsWritten) throws SQLException;
    }

    private final Database db;
    private final Clock clock;
    private volatile BatchHook hook = (c, n) -> { };

    /** Opens the store on {@code db}, applying the {@code data} migrations if needed. */
    public BarStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
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
                BarRows.insert(c, id, series, hook);
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
            int cap = info.get().barCount();
            long[] t = new long[cap];
            double[] o = new double[cap], h = new double[cap], l = new double[cap], cl = new double[cap], v = new double[cap];
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT time_ms, open, high, low, close, volume FROM bars "
                    + "WHERE series_id = ? AND time_ms BETWEEN ? AND ? ORDER BY time_ms")) {
                ps.setLong(1, info.get().id());
                ps.setLong(2, fromMillis);
                ps.setLong(3, toMillis);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        t[n] = rs.getLong(1);
                        o[n] = rs.getDouble(2);
                        h[n] = rs.getDouble(3);
                        l[n] = rs.getDouble(4);
                        cl[n] = rs.getDouble(5);
                        v[n] = rs.getDouble(6);
                        n++;
                    }
                }
            }
            c.commit();
            return Optional.of(BarSeries.of(instrument, timeframe, Arrays.copyOf(t, n), Arrays.copyOf(o, n),
                    Arrays.copyOf(h, n), Arrays.copyOf(l, n), Arrays.copyOf(cl, n), Arrays.copyOf(v, n)));
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
            Panel p = PanelReader.read(c, chosen, fromMillis, toMillis, preferScan(c, chosen));
            c.commit();
            return p;
        } catch (SQLException e) {
            throw new StoreException("loading a " + timeframe + " panel of " + (symbols == null ? "all" : symbols.size()) + " symbols", e);
        }
    }

    /** One table scan beats per-series index walks once the asked series hold about a quarter of all bars. */
    private static boolean preferScan(Connection c, List<SeriesInfo> chosen) throws SQLException {
        long asked = chosen.stream().mapToLong(SeriesInfo::barCount).sum();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(bar_count), 0) FROM series")) {
            rs.next();
            return asked * 4 >= rs.getLong(1);
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
        for (String sql : new String[] {"DELETE FROM bars WHERE series_id = ?", "DELETE FROM series WHERE id = ?"}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
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
