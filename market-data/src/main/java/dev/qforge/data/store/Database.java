package dev.qforge.data.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The qforge H2 database: where its URL comes from, how connections are opened, and the per-module
 * schema migrations.
 *
 * <p><b>URL resolution</b> ({@link #resolveUrl}): an explicit {@code --db} value wins, then the environment
 * variable {@code QFORGE_DB}, then {@code ~/.qforge/qforge}. A value starting with {@code jdbc:} is used
 * exactly as given (a server {@code jdbc:h2:tcp://host/~/x}, an in-memory {@code jdbc:h2:mem:x}, or a file
 * URL with the user's own settings). Anything else is a file path: {@code ~/} is expanded, a trailing
 * {@code .mv.db} is dropped, the path is made absolute and becomes
 * {@code jdbc:h2:file:<abs path>;AUTO_SERVER=TRUE}. {@code AUTO_SERVER} is chosen so that the CLI, a
 * notebook and the paper exchange can use one file database at the same time (the first process serves
 * the others over a local socket); a user who wants strictly single-process access passes a full URL.
 *
 * <p><b>Connections</b>: user {@code sa} with an empty password unless the URL carries {@code USER=} and
 * {@code PASSWORD=} settings. While a {@code Database} is open it holds one idle connection, so that an
 * in-memory database lives as long as this object (no {@code DB_CLOSE_DELAY} needed) and a file database is
 * opened once, not per connection. {@link #close} releases it.
 *
 * <p><b>Migrations</b>: each module ships its own Flyway scripts under {@code classpath:db/migration/<module>}
 * and keeps its own history table {@code flyway_history_<module>}, so modules add tables independently,
 * without a shared version sequence. A schema that already holds another module's tables is baselined at
 * version 0, so every script of a new module still runs.
 */
public final class Database implements AutoCloseable {

    /** Environment variable naming the database (a path or a {@code jdbc:} URL). */
    public static final String ENV = "QFORGE_DB";
    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9_]*");

    private final String url;
    private final Connection keeper;

    private Database(String url) {
        this.url = url;
        try {
            this.keeper = openConnection(url);
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + url, e);
        }
    }

    /**
     * Resolves the URL from {@code option} (the {@code --db} value, may be null), {@code env} (the process
     * environment, injectable for tests) and {@code home} (the user's home folder).
     */
    public static String resolveUrl(String option, Map<String, String> env, Path home) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(home, "home");
        String value = blankToNull(option);
        if (value == null) value = blankToNull(env.get(ENV));
        if (value == null) return fileUrl(home.resolve(".qforge").resolve("qforge"));
        if (value.regionMatches(true, 0, "jdbc:", 0, 5)) return value;
        if (value.equals("~")) return fileUrl(home);
        if (value.startsWith("~/")) return fileUrl(home.resolve(value.substring(2)));
        return fileUrl(Path.of(value));
    }

    /** Opens the database named by {@code option}, else {@code QFORGE_DB}, else {@code ~/.qforge/qforge}. */
    public static Database open(String option) {
        return openUrl(resolveUrl(option, System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    /** Opens a resolved {@code jdbc:} URL; for a file URL the parent folder is created first. */
    public static Database openUrl(String url) {
        if (!url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new IllegalArgumentException("not a JDBC URL: " + url + " (use resolveUrl for paths)");
        }
        String prefix = "jdbc:h2:file:";
        if (url.regionMatches(true, 0, prefix, 0, prefix.length())) {
            String file = url.substring(prefix.length()).split(";", 2)[0];
            Path parent = Path.of(file).toAbsolutePath().getParent();
            try {
                if (parent != null) Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the database folder " + parent, e);
            }
        }
        return new Database(url);
    }

    /** An in-memory database that lives until {@link #close}, for tests and throw-away work. */
    public static Database inMemory(String name) {
        return openUrl("jdbc:h2:mem:" + name);
    }

    public String url() {
        return url;
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connect() throws SQLException {
        return openConnection(url);
    }

    /**
     * Applies the pending migrations of {@code module} (scripts under {@code db/migration/<module>}, history in
     * {@code flyway_history_<module>}); returns how many were applied (0 when up to date).
     */
    public int migrate(String module) {
        if (!MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("module name '" + module + "' must match " + MODULE.pattern());
        }
        try {
            MigrateResult result = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(url, ownCredentials(url) ? null : "sa", ownCredentials(url) ? null : "")
                    .locations("classpath:db/migration/" + module)
                    .table("flyway_history_" + module)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
            throw new StoreException("migrating module '" + module + "' of " + url + " failed", e);
        }
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + url, e);
        }
    }

    @Override
    public String toString() {
        return "Database[" + url + "]";
    }

    private static Connection openConnection(String url) throws SQLException {
        return ownCredentials(url) ? DriverManager.getConnection(url) : DriverManager.getConnection(url, "sa", "");
    }

    private static boolean ownCredentials(String url) {
        return url.toUpperCase(java.util.Locale.ROOT).contains(";USER=");
    }

    private static String fileUrl(Path path) {
        String p = path.toAbsolutePath().normalize().toString();
        if (p.endsWith(".mv.db")) p = p.substring(0, p.length() - ".mv.db".length());
        return "jdbc:h2:file:" + p + ";AUTO_SERVER=TRUE";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
