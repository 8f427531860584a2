package dev.qforge.backtest.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers of Qlib's {@code qlib.contrib.evaluate.risk_analysis} in its default mode ({@code "sum"},
 * frequency {@code "day"}), so that a run can be compared with a Qlib report figure for figure.
 *
 * <p>Qlib accumulates returns by summing, not compounding. On daily returns {@code r} (in qforge: the
 * strategy's daily return minus the benchmark's when a benchmark is given, the raw daily return otherwise):
 * <ul>
 *   <li>{@code mean = mean(r)}, {@code std = stdev(r)} with divisor n - 1;</li>
 *   <li>{@code annualizedReturn = mean * 238} (Qlib's scaler for daily data, not 252);</li>
 *   <li>{@code informationRatio = mean / std * sqrt(238)} (plain division, as in Qlib: infinite when std is 0);</li>
 *   <li>{@code maxDrawdown = min_t (cumsum(r)_t - max_{s<=t} cumsum(r)_s)}, a negative number or zero. The
 *       running maximum starts at the first cumulated return, not at zero, again as in Qlib.</li>
 * </ul>
 * Empty input gives NaN throughout; a single return gives NaN for the standard deviation and the ratio.
 */
public record QlibRiskAnalysis(double mean, double std, double annualizedReturn, double informationRatio,
                               double maxDrawdown) {

    /** Qlib's annualisation scaler for daily returns ({@code Freq.NORM_FREQ_DAY: 238}). */
    public static final int DAY_SCALER = 238;

    /** Qlib's {@code risk_analysis(r, freq="day")} on these returns. */
    public static QlibRiskAnalysis of(double[] returns) {
        double mean = Stats.mean(returns);
        double std = Stats.sampleStdev(returns);
        double maxDrawdown = Double.NaN;
        double cumsum = 0;
        double runningMax = Double.NEGATIVE_INFINITY;
        for (double r : returns) {
            cumsum += r;
            runningMax = Math.max(runningMax, cumsum);
            double dd = cumsum - runningMax;
            maxDrawdown = Double.isNaN(maxDrawdown) ? dd : Math.min(maxDrawdown, dd);
        }
        return new QlibRiskAnalysis(mean, std, mean * DAY_SCALER, mean / std * Math.sqrt(DAY_SCALER), maxDrawdown);
    }

    /** The five numbers under camelCase names, in Qlib's order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", mean);
        m.put("std", std);
        m.put("annualizedReturn", annualizedReturn);
        m.put("informationRatio", informationRatio);
        m.put("maxDrawdown", maxDrawdown);
        return m;
    }
}
