package dev.qforge.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command inherits: logging detail and the database. */
class GlobalOptions {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Log debug detail to stderr.")
    void setVerbose(boolean on) {
        CliGlobals.verbose(on);
    }

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH|URL",
            description = "H2 database: a file path or a JDBC URL (default: $QFORGE_DB, else ~/.qforge/qforge).")
    void setDb(String value) {
        CliGlobals.db(value);
    }
}
