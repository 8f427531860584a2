package dev.qforge.backtest.run;

import dev.qforge.backtest.model.BpsCommission;
import dev.qforge.backtest.model.CommissionModel;
import dev.qforge.backtest.model.LatencyModel;
import dev.qforge.backtest.model.PerShareCommission;
import dev.qforge.backtest.model.SlippageModel;

import java.util.Locale;

/**
 * Text forms of the cost models, as users type them and runs record them.
 * <ul>
 *   <li>slippage: {@code none}, {@code bps:5}, {@code range:0.1} (fraction of the bar's range),
 *       {@code sqrt:0.5} (square-root impact coefficient)</li>
 *   <li>commission: {@code none}, {@code bps:10} (both sides), {@code bps:5:15:5} (buy bps, sell bps,
 *       minimum per order), {@code qlib} (= bps:5:15:5), {@code per-share:0.005:1} (per share, minimum)</li>
 *   <li>latency: {@code none}, {@code 250} (milliseconds for orders, cancels and replaces), {@code 250~100}
 *       (plus a uniform jitter of up to 100 ms drawn from the run's seed), {@code 250/50/80~20} (insert,
 *       cancel and replace delays)</li>
 * </ul>
 */
public final class ModelSpecs {

    private ModelSpecs() {
    }

    public static SlippageModel slippage(String spec) {
        String[] p = parts(spec);
        return switch (p[0]) {
            case "none", "0" -> SlippageModel.NONE;
            case "bps" -> SlippageModel.fixedBps(number(spec, p, 1));
            case "range" -> SlippageModel.rangeFraction(number(spec, p, 1));
            case "sqrt", "impact" -> SlippageModel.squareRootImpact(number(spec, p, 1));
            default -> throw new IllegalArgumentException("unknown slippage model '" + spec + "': use none, bps:N, range:F or sqrt:K");
        };
    }

    public static CommissionModel commission(String spec) {
        String[] p = parts(spec);
        return switch (p[0]) {
            case "none", "0" -> CommissionModel.NONE;
            case "qlib" -> CommissionModel.qlib();
            case "bps" -> p.length == 2 ? new BpsCommission(number(spec, p, 1), number(spec, p, 1), 0)
                    : new BpsCommission(number(spec, p, 1), number(spec, p, 2), p.length > 3 ? number(spec, p, 3) : 0);
            case "per-share", "pershare" -> new PerShareCommission(number(spec, p, 1), p.length > 2 ? number(spec, p, 2) : 0);
            default -> throw new IllegalArgumentException("unknown commission model '" + spec
                    + "': use none, bps:N, bps:BUY:SELL:MIN, qlib or per-share:AMOUNT:MIN");
        };
    }

    public static LatencyModel latency(String spec, long seed) {
        if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase("none") || spec.trim().equals("0")) return LatencyModel.NONE;
        String s = spec.trim();
        long jitter = 0;
        int tilde = s.indexOf('~');
        if (tilde >= 0) {
            jitter = millis(spec, s.substring(tilde + 1));
            s = s.substring(0, tilde);
        }
        String[] p = s.split("/");
        if (p.length != 1 && p.length != 3) {
            throw new IllegalArgumentException("latency '" + spec + "': use MS, MS~JITTER or INSERT/CANCEL/REPLACE~JITTER (milliseconds)");
        }
        long insert = millis(spec, p[0]);
        return p.length == 1 ? LatencyModel.of(insert, jitter, seed)
                : new LatencyModel(insert, millis(spec, p[1]), millis(spec, p[2]), jitter, seed);
    }

    private static long millis(String spec, String v) {
        try {
            long ms = Long.parseLong(v.trim());
            if (ms < 0) throw new NumberFormatException();
            return ms;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("latency '" + spec + "': '" + v.trim() + "' is not a whole number of milliseconds >= 0");
        }
    }

    private static String[] parts(String spec) {
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException("empty model specification");
        return spec.trim().toLowerCase(Locale.ROOT).split(":");
    }

    private static double number(String spec, String[] p, int i) {
        if (i >= p.length) throw new IllegalArgumentException("model '" + spec + "' needs a number after '" + p[i - 1] + ":'");
        try {
            double v = Double.parseDouble(p[i]);
            if (!Double.isFinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model '" + spec + "': '" + p[i] + "' is not a number");
        }
    }
}
