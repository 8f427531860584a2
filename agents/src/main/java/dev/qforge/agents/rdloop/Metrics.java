package dev.qforge.agents.rdloop;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The eight numbers an experiment is judged by, as R&amp;D-Agent(Q) reports them: the daily IC and Rank IC of the
 * score against Qlib's label {@code Ref($close,-2)/Ref($close,-1)-1} (mean and mean/std, not annualised) and, of a
 * TopK-Dropout portfolio on the score with Qlib's costs, the annualised excess return (ARR, Qlib's summed x238
 * convention), information ratio (IR), maximum drawdown (MDD, a number <= 0 in Qlib's summed convention: -0.12 is
 * a 12% drawdown) and the Sharpe ratio of the portfolio's own daily returns (x sqrt 252). NaN where undefined.
 */
public record Metrics(double ic, double icir, double rankIc, double rankIcir, double arr, double ir, double mdd, double sharpe) {

    public static final Metrics NONE = new Metrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN);

    /** Names in the order of {@link #vector()}. */
    public static final String[] NAMES = {"IC", "ICIR", "Rank IC", "Rank ICIR", "ARR", "IR", "MDD", "Sharpe"};

    /** The metric called {@code name} (one of {@link #NAMES}, case and spaces ignored). */
    public double get(String name) {
        String k = name.toLowerCase(java.util.Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
        return switch (k) {
            case "ic" -> ic;
            case "icir" -> icir;
            case "rankic" -> rankIc;
            case "rankicir" -> rankIcir;
            case "arr" -> arr;
            case "ir" -> ir;
            case "mdd" -> mdd;
            case "sharpe" -> sharpe;
            default -> throw new IllegalArgumentException("unknown metric '" + name + "': expected one of " + String.join(", ", NAMES));
        };
    }

    public double[] vector() {
        return new double[]{ic, icir, rankIc, rankIcir, arr, ir, mdd, sharpe};
    }

    public static Metrics of(double[] v) {
        if (v.length != 8) throw new IllegalArgumentException("metrics need 8 values, got " + v.length);
        return new Metrics(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    public Map<String, Double> toMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] v = vector();
        for (int i = 0; i < NAMES.length; i++) m.put(NAMES[i], v[i]);
        return m;
    }

    public static Metrics fromMap(Map<String, ? extends Number> m) {
        double[] v = new double[8];
        for (int i = 0; i < 8; i++) {
            Number x = m.get(NAMES[i]);
            v[i] = x == null ? Double.NaN : x.doubleValue();
        }
        return of(v);
    }
}
