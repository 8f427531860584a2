package dev.qforge.backtest.run;

import java.util.Map;

/** One stored point of a sweep or walk-forward: its parameters, score, metrics, or why it could not run. */
public record RunPoint(Map<String, Object> params, double score, Map<String, Object> metrics, String error) {
}
