package dev.qforge.distributed;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import java.util.Objects;

/**
 * A Spark session for qforge's work units: the place every distributed run starts.
 *
 * <p>{@code master} is any Spark master URL: {@code local[2]} (two worker threads in this JVM),
 * {@code local[2,3]} (the same, with a failed task tried up to 3 times: Spark's local mode otherwise tries a
 * task once), {@code spark://host:7077}, {@code yarn}, {@code k8s://...}. Null takes the master that
 * {@code spark-submit} set ({@code spark.master}), and {@code local[*]} when there is none. On a cluster
 * {@code spark.task.maxFailures} (default 4) decides how often a task is retried; qforge leaves it alone.
 *
 * <p>The web UI is off (a batch tool, and port 4040 may be taken); Spark logs at WARN through the
 * application's SLF4J binding. Closing the engine stops the session only when this engine started it: a
 * session {@code spark-submit} or a notebook already has is reused and left running.
 */
public final class SparkEngine implements AutoCloseable {

    private final SparkSession session;
    private final boolean owned;

    private SparkEngine(SparkSession session, boolean owned) {
        this.session = session;
        this.owned = owned;
    }

    /** Starts (or joins) a session on {@code master}; null means the submitted or default master. */
    public static SparkEngine start(String master) {
        SparkConf conf = conf(master);
        boolean existed = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        SparkSession s = SparkSession.builder().config(conf).getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return new SparkEngine(s, !existed);
    }

    /** The configuration a session on {@code master} starts with (the checked, trimmed URL: Spark does not trim it). */
    static SparkConf conf(String master) {
        SparkConf conf = new SparkConf(true).setAppName("qforge");
        if (master != null && !master.isBlank()) {
            checkMaster(master);
            conf.setMaster(master.trim());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (conf.get("spark.master").startsWith("local")) {
            // no network lookups for a local run (a machine whose hostname does not resolve would stall)
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    /** Wraps a session the caller owns (a notebook's, a test's); closing the engine leaves it running. */
    public static SparkEngine of(SparkSession session) {
        return new SparkEngine(Objects.requireNonNull(session, "session"), false);
    }

    /** Rejects what cannot be a Spark master URL with a message that lists the accepted forms. */
    static void checkMaster(String master) {
        String m = master.trim();
        boolean ok = m.matches("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?])?") || m.startsWith("spark://") || m.equals("yarn")
                || m.startsWith("k8s://") || m.startsWith("mesos://") || m.startsWith("local-cluster[");
        if (!ok) {
            throw new IllegalArgumentException("--master '" + master + "' is not a Spark master URL: use local, local[N], local[*], "
                    + "local[N,MAX_FAILURES], spark://HOST:PORT, yarn or k8s://HOST:PORT");
        }
    }

    public SparkSession session() {
        return session;
    }

    JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(session.sparkContext());
    }

    public String master() {
        return session.sparkContext().master();
    }

    /** Task slots Spark schedules on at once ({@code spark.default.parallelism}: cores in local mode). */
    public int parallelism() {
        return session.sparkContext().defaultParallelism();
    }

    @Override
    public void close() {
        if (owned) session.stop();
    }
}
