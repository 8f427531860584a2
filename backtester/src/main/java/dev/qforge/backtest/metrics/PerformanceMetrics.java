package dev.qforge.backtest.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The performance of one backtest, as computed by {@link MetricsCalculator}.
 *
 * <p>Return statistics use simple returns between daily points (see {@link EquityCurve#daily}), sample
 * standard deviations (divisor n - 1) and annualise with {@code periodsPerYear} from {@link MetricsConfig}
 * (square root of it for volatilities and ratios). Drawdowns are measured on every bar. A ratio whose
 * denominator is zero, and any statistic that needs more data than there is, is NaN.
 *
 * @param startTime               first bar's time
 * @param endTime                 last bar's time
 * @param tradingDays             number of daily points
 * @param initialEquity           equity at the first bar
 * @param finalEquity             equity at the last bar
 * @param pnl                     {@code finalEquity - initialEquity}
 * @param totalReturn             {@code finalEquity / initialEquity - 1}
 * @param cagr                    {@code (final / initial)^(365.25 days / elapsed) - 1}, elapsed being the
 *                                calendar time from the first bar to the last; NaN when no time elapsed
 * @param annualVolatility        {@code stdev(r) * sqrt(periodsPerYear)}
 * @param sharpe                  {@code (mean(r) - rf) / stdev(r) * sqrt(periodsPerYear)}, rf per period
 * @param sortino                 {@code (mean(r) - rf) / sqrt(mean(min(0, r - rf)^2)) * sqrt(periodsPerYear)},
 *                                the downside mean taken over all periods
 * @param maxDrawdown             largest fall from a running peak, a positive fraction (0.2 = 20%)
 * @param maxDrawdownPeakTime     time of that drawdown's peak; null when equity never fell
 * @param maxDrawdownTroughTime   time of its trough; null when equity never fell
 * @param maxDrawdownRecoveryTime first time equity was back at the peak; null when not recovered
 * @param maxDrawdownDuration     longest drawdown period of the curve (not necessarily the deepest one's),
 *                                peak to recovery or to the last bar if not recovered
 * @param calmar                  {@code cagr / maxDrawdown}; NaN when there was no drawdown
 * @param turnover                traded notional (quantity x price x multiplier, both sides) over the mean
 *                                equity of the daily points
 * @param annualTurnover          {@code turnover} per 365.25 days elapsed
 * @param exposure                fraction of bars with a non-zero gross exposure
 * @param averageGrossExposure    mean over bars of {@code grossExposure / equity}
 * @param trades                  number of closed round trips (FIFO, see {@link RoundTrips})
 * @param winRate                 fraction of round trips with a positive net P&amp;L
 * @param profitFactor            sum of winning net P&amp;L over the absolute sum of losing net P&amp;L; infinite
 *                                with winners and no losers, NaN with neither
 * @param averageWin              mean net P&amp;L of the winners
 * @param averageLoss             mean net P&amp;L of the losers (negative)
 * @param largestWin              best round trip's net P&amp;L
 * @param largestLoss             worst round trip's net P&amp;L (negative)
 * @param fees                    total commission of all fills
 * @param benchmark               the benchmark's name; null without one
 * @param benchmarkTotalReturn    the benchmark's compounded return over the periods compared
 * @param beta                    {@code cov(r, rb) / var(rb)}
 * @param alpha                   annualised CAPM alpha: {@code (mean(r - rf) - beta * mean(rb - rf)) * periodsPerYear}
 * @param informationRatio        {@code mean(r - rb) / stdev(r - rb) * sqrt(periodsPerYear)}
 * @param trackingError           {@code stdev(r - rb) * sqrt(periodsPerYear)}
 * @param qlib                    Qlib's risk analysis; null unless {@link MetricsConfig#qlibConventions()}
 */
public record PerformanceMetrics(
        Instant startTime, Instant endTime, int tradingDays,
        double initialEquity, double finalEquity, double pnl, double totalReturn, double cagr,
        double annualVolatility, double sharpe, double sortino,
        double maxDrawdown, Instant maxDrawdownPeakTime, Instant maxDrawdownTroughTime,
        Instant maxDrawdownRecoveryTime, Duration maxDrawdownDuration, double calmar,
        double turnover, double annualTurnover, double exposure, double averageGrossExposure,
        int trades, double winRate, double profitFactor, double averageWin, double averageLoss,
        double largestWin, double largestLoss, double fees,
        String benchmark, double benchmarkTotalReturn, double beta, double alpha, double informationRatio,
        double trackingError,
        QlibRiskAnalysis qlib) {

    /**
     * Every field under its camelCase name, in a fixed order, for JSON. Times are ISO-8601 strings (null
     * when absent), the drawdown duration is both an ISO-8601 duration ({@code maxDrawdownDuration}) and a
     * number of days ({@code maxDrawdownDurationDays}); {@code qlib} is a nested map or null. NaN and
     * infinite values are left as they are.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startTime", iso(startTime));
        m.put("endTime", iso(endTime));
        m.put("tradingDays", tradingDays);
        m.put("initialEquity", initialEquity);
        m.put("finalEquity", finalEquity);
        m.put("pnl", pnl);
        m.put("totalReturn", totalReturn);
        m.put("cagr", cagr);
        m.put("annualVolatility", annualVolatility);
        m.put("sharpe", sharpe);
        m.put("sortino", sortino);
        m.put("maxDrawdown", maxDrawdown);
        m.put("maxDrawdownPeakTime", iso(maxDrawdownPeakTime));
        m.put("maxDrawdownTroughTime", iso(maxDrawdownTroughTime));
        m.put("maxDrawdownRecoveryTime", iso(maxDrawdownRecoveryTime));
        m.put("maxDrawdownDuration", maxDrawdownDuration == null ? null : maxDrawdownDuration.toString());
        m.put("maxDrawdownDurationDays", maxDrawdownDuration == null ? Double.NaN
                : maxDrawdownDuration.toMillis() / 86_400_000.0);
        m.put("calmar", calmar);
        m.put("turnover", turnover);
        m.put("annualTurnover", annualTurnover);
        m.put("exposure", exposure);
        m.put("averageGrossExposure", averageGrossExposure);
        m.put("trades", trades);
        m.put("winRate", winRate);
        m.put("profitFactor", profitFactor);
        m.put("averageWin", averageWin);
        m.put("averageLoss", averageLoss);
        m.put("largestWin", largestWin);
        m.put("largestLoss", largestLoss);
        m.put("fees", fees);
        m.put("benchmark", benchmark);
        m.put("benchmarkTotalReturn", benchmarkTotalReturn);
        m.put("beta", beta);
        m.put("alpha", alpha);
        m.put("informationRatio", informationRatio);
        m.put("trackingError", trackingError);
        m.put("qlib", qlib == null ? null : qlib.toMap());
        return m;
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
