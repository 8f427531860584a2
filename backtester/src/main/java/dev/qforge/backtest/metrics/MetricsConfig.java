package dev.qforge.backtest.metrics;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How performance metrics are computed.
 *
 * @param riskFreeRate    annual risk-free rate as a fraction (0.02 = 2%); per period it is
 *                        {@code riskFreeRate / periodsPerYear} (simple division, not compounding)
 * @param periodsPerYear  daily periods in a year, used to annualise: 252 for exchange-traded markets,
 *                        365 for markets that trade every day (crypto)
 * @param zone            the zone whose local dates define the daily points and the calendar months
 * @param qlibConventions when true, the metrics also carry Qlib's {@code risk_analysis} block
 *                        ({@link QlibRiskAnalysis}), which uses Qlib's own conventions (summed returns, 238
 *                        periods a year) whatever {@code periodsPerYear} says
 */
public record MetricsConfig(double riskFreeRate, int periodsPerYear, ZoneId zone, boolean qlibConventions) {

    /** Trading days per year on exchanges: the default annualisation. */
    public static final int TRADING_DAYS_PER_YEAR = 252;
    /** Calendar days per year, for markets open every day (crypto). */
    public static final int CALENDAR_DAYS_PER_YEAR = 365;

    public MetricsConfig {
        if (!Double.isFinite(riskFreeRate)) {
            throw new IllegalArgumentException("riskFreeRate must be finite, got " + riskFreeRate);
        }
        if (periodsPerYear <= 0) {
            throw new IllegalArgumentException("periodsPerYear must be positive, got " + periodsPerYear);
        }
        Objects.requireNonNull(zone, "zone");
    }

    /** No risk-free rate, 252 periods a year, UTC dates, Qlib block off. */
    public static MetricsConfig defaults() {
        return new MetricsConfig(0.0, TRADING_DAYS_PER_YEAR, ZoneOffset.UTC, false);
    }

    public MetricsConfig withRiskFreeRate(double rate) {
        return new MetricsConfig(rate, periodsPerYear, zone, qlibConventions);
    }

    public MetricsConfig withPeriodsPerYear(int periods) {
        return new MetricsConfig(riskFreeRate, periods, zone, qlibConventions);
    }

    public MetricsConfig withZone(ZoneId newZone) {
        return new MetricsConfig(riskFreeRate, periodsPerYear, newZone, qlibConventions);
    }

    public MetricsConfig withQlibConventions(boolean on) {
        return new MetricsConfig(riskFreeRate, periodsPerYear, zone, on);
    }

    /** Risk-free rate per period: {@code riskFreeRate / periodsPerYear}. */
    public double periodRiskFreeRate() {
        return riskFreeRate / periodsPerYear;
    }
}
