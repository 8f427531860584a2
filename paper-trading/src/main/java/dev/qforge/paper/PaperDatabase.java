package dev.qforge.paper;

import dev.qforge.data.store.Database;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;

/**
 * The H2 database of paper trading: the {@code paper} migration's tables (QuickFIX/J's JDBC store, the
 * exchange's journal, the client's journal, orders, fills and positions) and a pooled {@link DataSource}
 * for QuickFIX/J's JDBC store, which opens and closes connections per call.
 */
public final class PaperDatabase implements AutoCloseable {

    private final Database database;
    private final JdbcConnectionPool pool;

    private PaperDatabase(Database database) {
        this.database = database;
        database.migrate("paper");
        this.pool = JdbcConnectionPool.create(database.url(), "sa", "");
        pool.setMaxConnections(8);
    }

    /** Opens (and migrates) the database at a resolved {@code jdbc:} URL. */
    public static PaperDatabase open(String url) {
        return new PaperDatabase(Database.openUrl(url));
    }

    public static PaperDatabase of(Database database) {
        return new PaperDatabase(database);
    }

    public DataSource dataSource() {
        return pool;
    }

    public String url() {
        return database.url();
    }

    @Override
    public void close() {
        pool.dispose();
        database.close();
    }
}
