package dev.qforge.distributed;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures what Spark costs around the work: a job shaped like a sweep (the same number of tasks and of
 * point rows, the same parameter maps shipped out and result rows collected back) whose tasks run no
 * backtest. Its wall time is Spark's overhead for that job on this session: scheduling, serialising tasks
 * and rows, and the driver's collection of the results.
 */
public final class SparkOverhead {

    private SparkOverhead() {
    }

    /** Wall seconds of one empty job of {@code tasks} tasks over {@code points} point rows with {@code params} parameters each. */
    public static double emptyJobSeconds(SparkEngine engine, int points, int tasks, int params) {
        List<Row> units = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            Map<String, String> p = new LinkedHashMap<>();
            for (int k = 0; k < params; k++) p.put("p" + k, Integer.toString(i + k));
            units.add(RowFactory.create(0, i, p));
        }
        long t0 = System.nanoTime();
        JavaRDD<Row> out = engine.context().parallelize(units, Math.max(1, tasks)).mapPartitions(SparkOverhead::echo);
        int n = engine.session().createDataFrame(out, SweepRows.RESULTS).collectAsList().size();
        double s = (System.nanoTime() - t0) / 1e9;
        if (n != points) throw new IllegalStateException("empty job returned " + n + " of " + points + " rows");
        return s;
    }

    /** A result row per point, as a sweep task would return it, without running anything. */
    private static Iterator<Row> echo(Iterator<Row> in) {
        List<Row> out = new ArrayList<>();
        while (in.hasNext()) {
            Row r = in.next();
            out.add(RowFactory.create(0, r.getInt(1), "OK", 0.0, 0.0, 0.0, 0, null, 0L));
        }
        return out.iterator();
    }
}
