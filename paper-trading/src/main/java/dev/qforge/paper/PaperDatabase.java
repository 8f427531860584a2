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
        durableCommits(database);
        this.pool = JdbcConnectionPool.create(database.url(), "sa", "");
        pool.setMaxConnections(8);
    }

    /**
     * H2 keeps no redo log: a commit reaches the file when its background writer next runs (every 500 ms by
     * default), so a process killed in between loses commits it had acknowledged. The journals rely on "written
     * before QuickFIX/J counts the message as received" (QuickFIX/J's file store writes through at once), so every
     * commit is written at once ({@code WRITE_DELAY 0}; a kill still keeps it, only a machine crash may not).
     * Found by {@code ProcessKillTest}: without it a client killed with SIGKILL came back having lost bars that
     * its sequence numbers said it had received, and waited forever.
     */
    private static void durableCommits(Database database) {
        if (database.url().startsWith("jdbc:h2:mem:")) return;
        try (java.sql.Connection c = database.connect(); java.sql.Statement st = c.createStatement()) {
            st.execute("SET WRITE_DELAY 0");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot make " + database.url() + " write its commits at once: " + e.getMessage(), e);
        }
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
