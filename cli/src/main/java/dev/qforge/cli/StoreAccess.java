package dev.qforge.cli;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Timeframe;
import dev.qforge.data.store.BarStore;
import dev.qforge.data.store.Database;
import dev.qforge.data.store.SeriesInfo;
import dev.qforge.data.store.UnknownSymbolException;
import java.time.Clock;
import java.util.List;

/** Opens the database named by --db / QFORGE_DB / the default, and resolves SYMBOL [--timeframe] to a stored series. */
final class StoreAccess implements AutoCloseable {

    private final Database db;
    private final BarStore store;

    private StoreAccess(Database db) {
        this.db = db;
        this.store = new BarStore(db, Clock.systemUTC()); // the wall clock only stamps import times
    }

    static StoreAccess open() {
        return new StoreAccess(Database.open(CliGlobals.db()));
    }

    BarStore store() {
        return store;
    }

    Database database() {
        return db;
    }

    /** The stored series of {@code symbol}; {@code timeframe} may be null when the symbol has only one. */
    SeriesInfo find(String symbol, String timeframe) {
        List<SeriesInfo> all = store.list();
        List<SeriesInfo> exact = all.stream().filter(s -> s.symbol().equals(symbol)).toList();
        List<SeriesInfo> mine = exact.isEmpty() ? all.stream().filter(s -> s.symbol().equalsIgnoreCase(symbol)).toList() : exact;
        if (mine.isEmpty()) {
            throw new UnknownSymbolException(symbol, all.stream().map(SeriesInfo::symbol).distinct()
                    .filter(s -> Strings.near(s, symbol)).limit(5).toList());
        }
        if (timeframe == null) {
            if (mine.size() > 1) {
                throw new IllegalArgumentException(symbol + " is stored in several timeframes ("
                        + mine.stream().map(s -> s.timeframe().label()).toList() + "): choose one with --timeframe");
            }
            return mine.get(0);
        }
        Timeframe tf = Timeframe.parse(timeframe);
        return mine.stream().filter(s -> s.timeframe() == tf).findFirst().orElseThrow(() -> new IllegalArgumentException(
                symbol + " has no " + tf + " series; stored: " + mine.stream().map(s -> s.timeframe().label()).toList()));
    }

    BarSeries load(SeriesInfo info, Long from, Long to) {
        return store.load(info.symbol(), info.timeframe(), from == null ? Long.MIN_VALUE : from, to == null ? Long.MAX_VALUE : to)
                .orElseThrow(() -> new IllegalStateException(info.symbol() + " vanished from the store while reading"));
    }

    @Override
    public void close() {
        db.close();
    }
}
