package dev.qforge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How metrics are shown in tables: which keys, their labels and number formats. */
final class MetricsView {

    enum Kind { PERCENT, RATIO, MONEY, COUNT, DAYS, TEXT }

    record Row(String key, String label, Kind kind) {
    }

    static final List<Row> MAIN = List.of(
            new Row("trades", "closed trades", Kind.COUNT),
            new Row("finalEquity", "final equity", Kind.MONEY),
            new Row("pnl", "pnl", Kind.MONEY),
            new Row("totalReturn", "total return", Kind.PERCENT),
            new Row("cagr", "CAGR", Kind.PERCENT),
            new Row("annualVolatility", "volatility", Kind.PERCENT),
            new Row("sharpe", "Sharpe", Kind.RATIO),
            new Row("sortino", "Sortino", Kind.RATIO),
            new Row("maxDrawdown", "max drawdown", Kind.PERCENT),
            new Row("maxDrawdownDurationDays", "max DD days", Kind.DAYS),
            new Row("calmar", "Calmar", Kind.RATIO),
            new Row("winRate", "win rate", Kind.PERCENT),
            new Row("profitFactor", "profit factor", Kind.RATIO),
            new Row("exposure", "exposure", Kind.PERCENT),
            new Row("turnover", "turnover", Kind.RATIO),
            new Row("fees", "fees", Kind.MONEY));

    static final List<Row> MORE = List.of(
            new Row("averageWin", "average win", Kind.MONEY),
            new Row("averageLoss", "average loss", Kind.MONEY),
            new Row("largestWin", "largest win", Kind.MONEY),
            new Row("largestLoss", "largest loss", Kind.MONEY),
            new Row("averageGrossExposure", "avg gross exposure", Kind.PERCENT),
            new Row("annualTurnover", "annual turnover", Kind.RATIO),
            new Row("maxDrawdownPeakTime", "max DD peak", Kind.TEXT),
            new Row("maxDrawdownTroughTime", "max DD trough", Kind.TEXT),
            new Row("maxDrawdownRecoveryTime", "max DD recovery", Kind.TEXT),
            new Row("benchmark", "benchmark", Kind.TEXT),
            new Row("benchmarkTotalReturn", "benchmark return", Kind.PERCENT),
            new Row("beta", "beta", Kind.RATIO),
            new Row("alpha", "alpha", Kind.PERCENT),
            new Row("informationRatio", "information ratio", Kind.RATIO),
            new Row("trackingError", "tracking error", Kind.PERCENT));

    private MetricsView() {
    }

    static String format(Object v, Kind kind) {
        if (v == null) return "-";
        if (!(v instanceof Number n)) return v.toString();
        double d = n.doubleValue();
        if (Double.isNaN(d)) return "-";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return switch (kind) {
            case PERCENT -> String.format(Locale.ROOT, "%.2f%%", d * 100);
            case RATIO -> String.format(Locale.ROOT, "%.3f", d);
            case MONEY -> String.format(Locale.ROOT, "%,.2f", d);
            case COUNT -> String.format(Locale.ROOT, "%d", Math.round(d));
            case DAYS -> String.format(Locale.ROOT, "%.1f", d);
            case TEXT -> v.toString();
        };
    }

    /** Rows of label and formatted value for the keys present in {@code m}. */
    static List<List<String>> rows(Map<String, Object> m, List<Row> which) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : which) {
            if (m.containsKey(r.key())) out.add(List.of(r.label(), format(m.get(r.key()), r.kind())));
        }
        return out;
    }

    static Row row(String key) {
        for (Row r : MAIN) if (r.key().equals(key)) return r;
        for (Row r : MORE) if (r.key().equals(key)) return r;
        return new Row(key, key, Kind.RATIO);
    }
}
