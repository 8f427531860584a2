package dev.qforge.backtest.sweep;

import dev.qforge.backtest.run.RunPoint;
import dev.qforge.backtest.run.RunRecord;
import dev.qforge.backtest.run.RunSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a finished sweep is recorded in the run store: one run of kind {@code sweep} (its best point's
 * parameters, score and final equity as metrics) and one stored point per grid point in grid order. Shared by
 * the {@code qforge sweep} command and the spark-submit application, so that a sweep lands in H2 the same way
 * whichever driver ran it.
 */
public final class SweepRecords {

    private SweepRecords() {
    }

    /** The run row; {@code started} only labels the run, {@code fingerprints} are the data's by symbol. */
    public static RunRecord record(String label, RunSpec spec, Map<String, String> fingerprints, Instant started,
                                   SweepResult result, MetricObjective objective) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rankBy", objective.metric());
        m.put("points", result.size());
        m.put("invalid", result.count(SweepPoint.Status.INVALID));
        result.best().ifPresent(b -> {
            m.put("bestParams", params(b.params()));
            m.put("best", objective.value(b.score()));
            m.put("finalEquity", b.finalEquity());
        });
        double fe = result.best().map(SweepPoint::finalEquity).orElse(Double.NaN);
        return new RunRecord(0, "sweep", label, spec, fingerprints, spec.seed(), started,
                result.elapsed().toMillis(), m, fe, null, null, 0, "");
    }

    /** Every grid point with its score, final equity, PnL, fills and error, in grid order. */
    public static List<RunPoint> points(SweepResult result, MetricObjective objective) {
        List<RunPoint> out = new ArrayList<>();
        for (SweepPoint p : result.inGridOrder()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(objective.metric(), objective.value(p.score()));
            m.put("finalEquity", p.finalEquity());
            m.put("pnl", p.pnl());
            m.put("fills", p.fills());
            out.add(new RunPoint(p.params(), p.score(), m, p.error()));
        }
        return out;
    }

    /** {@code fast=5 slow=20}: parameters as one line. */
    public static String params(Map<String, Object> p) {
        StringBuilder b = new StringBuilder();
        p.forEach((k, v) -> b.append(b.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return b.toString();
    }
}
