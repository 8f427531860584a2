package dev.qforge.backtest.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Formats a metrics map for display: returns and rates as percent, ratios with three decimals. */
public final class MetricsTable {

    private static final Set<String> PERCENT = Set.of("totalReturn", "cagr", "annualVolatility", "maxDrawdown", "winRate",
            "exposure", "averageGrossExposure", "benchmarkTotalReturn", "alpha", "trackingError");
    private static final Set<String> COUNT = Set.of("trades", "tradingDays");

    private MetricsTable() {
    }

    public static Map<String, String> format(Map<String, Object> metrics) {
        Map<String, String> out = new LinkedHashMap<>();
        metrics.forEach((k, v) -> {
            if (v instanceof Map<?, ?> nested) {
                nested.forEach((nk, nv) -> out.put(k + "." + nk, value(nk.toString(), nv)));
            } else {
                out.put(k, value(k, v));
            }
        });
        return out;
    }

    public static String value(String key, Object v) {
        if (v == null) return "-";
        if (!(v instanceof Number n)) return v.toString();
        double d = n.doubleValue();
        if (Double.isNaN(d)) return "-";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (PERCENT.contains(key)) return String.format(Locale.ROOT, "%.2f%%", d * 100);
        if (COUNT.contains(key) || v instanceof Integer || v instanceof Long) return String.format(Locale.ROOT, "%d", Math.round(d));
        if (Math.abs(d) >= 1000) return String.format(Locale.ROOT, "%,.2f", d);
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
