package dev.qforge.paper;

import quickfix.FileStoreFactory;
import quickfix.JdbcStoreFactory;
import quickfix.MemoryStoreFactory;
import quickfix.MessageStoreFactory;
import quickfix.SessionSettings;

import javax.sql.DataSource;
import java.util.Locale;

/**
 * Where QuickFIX/J keeps a session's sequence numbers and sent messages (for resend requests). {@code MEMORY}
 * forgets them when the process ends (a restart starts at sequence 1 on both sides only if both reset);
 * {@code FILE} writes them under the settings' {@code FileStorePath}; {@code JDBC} writes them to the H2
 * database in the tables created by the {@code paper} Flyway migration.
 */
public enum StoreKind {
    MEMORY, FILE, JDBC;

    public static StoreKind parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown message store '" + s + "': use memory, file or jdbc");
        }
    }

    public boolean persistent() {
        return this != MEMORY;
    }

    /** The factory for this kind; {@code dataSource} is used (and required) by {@code JDBC} only. */
    public MessageStoreFactory factory(SessionSettings settings, DataSource dataSource) {
        return switch (this) {
            case MEMORY -> new MemoryStoreFactory();
            case FILE -> new FileStoreFactory(settings);
            case JDBC -> {
                if (dataSource == null) throw new IllegalArgumentException("the jdbc message store needs a database (--db)");
                JdbcStoreFactory f = new JdbcStoreFactory(settings);
                f.setDataSource(dataSource);
                yield f;
            }
        };
    }
}
