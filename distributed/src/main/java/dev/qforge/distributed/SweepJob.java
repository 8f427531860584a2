package dev.qforge.distributed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qforge.backtest.run.RunSpec;
import dev.qforge.backtest.sweep.MetricObjective;
import dev.qforge.backtest.sweep.SweepPoint;
import dev.qforge.backtest.sweep.SweepResult;
import dev.qforge.backtest.sweep.SweepRunner;
import dev.qforge.data.BarSeries;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one sweep task needs, as plain serialisable values: the strategy recipe, the data reference,
 * the run spec (venue, cost and account models, seed) as JSON, the ranking metric, and the bar spans the
 * points run over (one per walk-forward window; a plain sweep has one span, the whole data).
 *
 * <p>A task runs its points one after another with the very {@link SweepRunner} the local engine uses (one
 * thread), so a point's status, score and message are the ones the local engine gives: an
 * {@link IllegalArgumentException} from the factory marks the point invalid and a strategy failure marks it
 * failed, without failing the task. Anything else fails the task, and Spark retries it.
 *
 * @param spans {@code [from, to)} bar index pairs per window; empty means the whole data
 */
record SweepJob(StrategySource strategy, DataRef data, String specJson, String metric, double riskFreeRate, int[][] spans)
        implements Serializable {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String specJson(RunSpec spec) {
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the run spec as JSON: " + e.getMessage(), e);
        }
    }

    RunSpec spec() {
        try {
            return JSON.readValue(specJson, RunSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the run spec JSON: " + e.getMessage(), e);
        }
    }

    /** Runs a partition's points (rows of window, grid index, parameters) and returns their result rows. */
    Iterator<Row> run(Iterator<Row> points) {
        Map<Integer, List<Row>> byWindow = new TreeMap<>();
        while (points.hasNext()) {
            Row r = points.next();
            byWindow.computeIfAbsent(r.getInt(0), k -> new ArrayList<>()).add(r);
        }
        if (byWindow.isEmpty()) return java.util.Collections.emptyIterator();
        List<BarSeries> all = DataRefLoader.load(data);
        SweepRunner runner = new SweepRunner(spec().toConfig()).withThreads(1);
        MetricObjective objective = new MetricObjective(metric, riskFreeRate);
        var factory = strategy.factory();
        List<Row> out = new ArrayList<>();
        for (var e : byWindow.entrySet()) {
            int w = e.getKey();
            List<BarSeries> bars = spans.length == 0 ? all : all.stream().map(s -> s.slice(spans[w][0], spans[w][1])).toList();
            List<Map<String, Object>> params = new ArrayList<>();
            for (Row r : e.getValue()) {
                @SuppressWarnings("unchecked") Map<String, String> m = (Map<String, String>) r.get(2);
                params.add(new LinkedHashMap<>(m));
            }
            SweepResult res = runner.run(bars, params, factory, objective);
            for (SweepPoint p : res.inGridOrder()) {
                int index = e.getValue().get(p.index()).getInt(1);
                out.add(RowFactory.create(w, index, p.status().name(), p.score(), p.finalEquity(), p.pnl(), p.fills(), p.error(),
                        p.elapsed().toNanos()));
            }
        }
        return out.iterator();
    }
}
