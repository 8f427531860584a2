package dev.qforge.cli;

import dev.qforge.distributed.SparkEngine;
import picocli.CommandLine.Option;

import java.util.Locale;

/** Where a sweep, walk-forward or factor run computes: in this process (default) or on Apache Spark. */
final class EngineOptions {

    @Option(names = "--engine", defaultValue = "local", paramLabel = "local|spark",
            description = "Where to compute (default ${DEFAULT-VALUE}): local (threads of this process) or spark (work units on a Spark "
                    + "master; results are the same).")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master with --engine spark: local[2], local[2,3] (3 tries per task), spark://host:7077, yarn, ... "
                    + "(default: the one spark-submit set, else local[*]).")
    String master;

    /** Whether the run goes to Spark; throws naming the option for an unknown engine or a master without Spark. */
    boolean spark() {
        String e = engine == null ? "local" : engine.trim().toLowerCase(Locale.ROOT);
        return switch (e) {
            case "local" -> {
                if (master != null) throw new IllegalArgumentException("--master " + master + " needs --engine spark");
                yield false;
            }
            case "spark" -> true;
            default -> throw new IllegalArgumentException("unknown --engine '" + engine + "': use local or spark");
        };
    }

    SparkEngine start() {
        return SparkEngine.start(master);
    }
}
