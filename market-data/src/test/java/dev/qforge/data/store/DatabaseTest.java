package dev.qforge.data.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void explicitOptionWinsOverEnvironment() {
        assertThat(Database.resolveUrl("/data/q/store", Map.of("QFORGE_DB", "/elsewhere"), HOME))
                .isEqualTo("jdbc:h2:file:/data/q/store;AUTO_SERVER=TRUE");
    }

    @Test
    void jdbcUrlsAreUsedAsGiven() {
        assertThat(Database.resolveUrl("jdbc:h2:tcp://host/~/x", Map.of(), HOME)).isEqualTo("jdbc:h2:tcp://host/~/x");
        assertThat(Database.resolveUrl(null, Map.of("QFORGE_DB", "jdbc:h2:mem:t"), HOME)).isEqualTo("jdbc:h2:mem:t");
    }

    @Test
    void environmentIsUsedWhenNoOptionIsGiven() {
        assertThat(Database.resolveUrl(null, Map.of("QFORGE_DB", "/srv/qf"), HOME))
                .isEqualTo("jdbc:h2:file:/srv/qf;AUTO_SERVER=TRUE");
        assertThat(Database.resolveUrl("  ", Map.of("QFORGE_DB", "/srv/qf"), HOME))
                .isEqualTo("jdbc:h2:file:/srv/qf;AUTO_SERVER=TRUE");
    }

    @Test
    void defaultIsInTheHomeFolder() {
        assertThat(Database.resolveUrl(null, Map.of(), HOME)).isEqualTo("jdbc:h2:file:/home/ann/.qforge/qforge;AUTO_SERVER=TRUE");
        assertThat(Database.resolveUrl(null, Map.of("QFORGE_DB", ""), HOME)).isEqualTo("jdbc:h2:file:/home/ann/.qforge/qforge;AUTO_SERVER=TRUE");
    }

    @Test
    void pathsAreExpandedNormalisedAndLoseTheFileSuffix() {
        assertThat(Database.resolveUrl("~/dbs/q", Map.of(), HOME)).isEqualTo("jdbc:h2:file:/home/ann/dbs/q;AUTO_SERVER=TRUE");
        assertThat(Database.resolveUrl("/a/b/../q.mv.db", Map.of(), HOME)).isEqualTo("jdbc:h2:file:/a/q;AUTO_SERVER=TRUE");
        assertThat(Database.resolveUrl("rel/q", Map.of(), HOME))
                .isEqualTo("jdbc:h2:file:" + Path.of("rel/q").toAbsolutePath() + ";AUTO_SERVER=TRUE");
    }

    @Test
    void openingTheDefaultCreatesItsFolder(@TempDir Path home) throws Exception {
        try (Database db = Database.openUrl(Database.resolveUrl(null, Map.of(), home))) {
            try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
        assertThat(home.resolve(".qforge")).isDirectory();
        assertThat(Files.exists(home.resolve(".qforge/qforge.mv.db"))).isTrue();
    }

    @Test
    void migrationsAreAppliedOncePerModuleWithTheirOwnHistory(@TempDir Path dir) throws Exception {
        String url = Database.resolveUrl(dir.resolve("db").toString(), Map.of(), dir);
        try (Database db = Database.openUrl(url)) {
            assertThat(db.migrate("data")).isEqualTo(1);
            assertThat(db.migrate("data")).isZero();
            assertThat(db.migrate("testmod")).isEqualTo(1); // a second module on a non-empty schema still runs its V1
            assertThat(count(db, "SELECT COUNT(*) FROM \"flyway_history_data\" WHERE \"version\" = '1' AND \"success\"")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM testmod_things")).isZero();
        }
        try (Database db = Database.openUrl(url)) { // reopened: still up to date
            assertThat(db.migrate("data")).isZero();
            assertThat(db.migrate("testmod")).isZero();
        }
    }

    @Test
    void unknownModuleIsAnError() {
        try (Database db = Database.inMemory("unknown-module")) {
            assertThatThrownBy(() -> db.migrate("nosuchmodule")).isInstanceOf(StoreException.class).hasMessageContaining("nosuchmodule");
            assertThatThrownBy(() -> db.migrate("Bad-Name")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void inMemoryDatabaseLivesUntilClosed() throws Exception {
        try (Database db = Database.inMemory("lives")) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (x INT)");
            }
            assertThat(count(db, "SELECT COUNT(*) FROM t")).isZero(); // a new connection still sees it
        }
    }

    static long count(Database db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
