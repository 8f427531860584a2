package dev.qforge.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings that every subcommand accepts wherever they appear on the line ({@code --verbose},
 * {@code --db}): picocli inherits them down the command tree and each setter lands here, so one
 * command line is one process-wide setting.
 */
final class CliGlobals {

    private static boolean verbose;
    private static String db;

    private CliGlobals() {
    }

    static void reset() {
        verbose = false;
        db = null;
        setRootLevel(Level.WARN);
    }

    static void verbose(boolean on) {
        verbose = on;
        setRootLevel(on ? Level.DEBUG : Level.WARN);
    }

    static boolean verbose() {
        return verbose;
    }

    static void db(String value) {
        db = value;
    }

    /** The {@code --db} value given on the command line, or null (then QFORGE_DB, then the default). */
    static String db() {
        return db;
    }

    private static void setRootLevel(Level level) {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(level);
        }
    }
}
