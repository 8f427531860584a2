package dev.qforge.factors.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Straightforward references for the operators: every window is collected and computed from scratch with
 * two-pass formulas and textbook definitions (no running sums, no deques, no sorted windows).
 * Series are one instrument's span; the window at row i is rows max(0, i-w+1) .. i.
 */
final class NaiveOperators {

    private NaiveOperators() {
    }

    static double[] window(double[] x, int i, int w) {
        List<Double> v = new ArrayList<>();
        for (int j = Math.max(0, i - w + 1); j <= i; j++) if (!Double.isNaN(x[j])) v.add(x[j]);
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double mean(double[] v) {
        if (v.length == 0) return Double.NaN;
        double s = 0;
        for (double a : v) s += a;
        return s / v.length;
    }

    static boolean allEqual(double[] v) {
        for (double a : v) if (a != v[0]) return false;
        return true;
    }

    static double centralMoment(double[] v, int k) {
        double m = mean(v), s = 0;
        for (double a : v) s += Math.pow(a - m, k);
        return s / v.length;
    }

    static double[] rolling(String op, double[] x, double[] y, int w, double q) {
        int n = x.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double[] v = window(x, i, w);
            int len = v.length;
            out[i] = switch (op) {
                case "Mean" -> mean(v);
                case "Sum" -> len == 0 ? Double.NaN : mean(v) * len;
                case "Count" -> len;
                case "Var", "Std" -> {
                    if (len < 2) yield Double.NaN;
                    double var = centralMoment(v, 2) * len / (len - 1);
                    yield op.equals("Var") ? var : Math.sqrt(var);
                }
                case "Skew" -> {
                    double m2 = centralMoment(v, 2);
                    if (len < 3) yield Double.NaN;
                    if (allEqual(v)) yield 0; // pandas >= 1.5 forces 0 for a window of equal values
                    if (m2 <= 1e-14) yield Double.NaN;
                    yield Math.sqrt((double) len * (len - 1)) / (len - 2) * centralMoment(v, 3) / Math.pow(m2, 1.5);
                }
                case "Kurt" -> {
                    double m2 = centralMoment(v, 2);
                    if (len < 4) yield Double.NaN;
                    if (allEqual(v)) yield -3; // pandas >= 1.5 forces -3
                    if (m2 <= 1e-14) yield Double.NaN;
                    double g2 = centralMoment(v, 4) / (m2 * m2) - 3;
                    yield ((len + 1) * g2 + 6) * (len - 1) / ((len - 2.0) * (len - 3.0));
                }
                case "Max", "Min", "IdxMax", "IdxMin" -> extreme(op, x, i, w);
                case "Med" -> quantile(v, 0.5);
                case "Quantile" -> quantile(v, q);
                case "Rank" -> {
                    if (Double.isNaN(x[i])) yield Double.NaN;
                    int less = 0, eq = 0;
                    for (double a : v) {
                        if (a < x[i]) less++;
                        else if (a == x[i]) eq++;
                    }
                    // average of the 1-based ranks less+1 .. less+eq, as a fraction of the count
                    yield (less + (eq + 1) / 2.0) / len;
                }
                case "Mad" -> {
                    if (len == 0) yield Double.NaN;
                    double m = mean(v), s = 0;
                    for (double a : v) s += Math.abs(a - m);
                    yield s / len;
                }
                case "Slope", "Rsquare", "Resi" -> regression(op, x, i, w);
                case "Corr", "Cov" -> pair(op, x, y, i, w);
                case "WMA" -> {
                    int lo = Math.max(0, i - w + 1), size = i - lo + 1;
                    double wsum = size * (size - 1) / 2.0, s = 0;
                    int cnt = 0;
                    for (int j = lo; j <= i; j++) {
                        if (Double.isNaN(x[j])) continue;
                        s += (j - lo) / wsum * x[j];
                        cnt++;
                    }
                    yield cnt == 0 || wsum == 0 ? Double.NaN : s / cnt;
                }
                case "EMA" -> {
                    double alpha = w < 1 ? q : 2.0 / (w + 1), num = 0, den = 0;
                    for (int j = 0; j <= i; j++) {
                        if (Double.isNaN(x[j])) continue;
                        double wt = Math.pow(1 - alpha, i - j);
                        num += wt * x[j];
                        den += wt;
                    }
                    yield den == 0 ? Double.NaN : num / den;
                }
                case "Ref" -> i - w >= 0 && i - w < n ? x[i - w] : Double.NaN;
                case "Delta" -> i - w >= 0 ? x[i] - x[i - w] : Double.NaN;
                default -> throw new IllegalArgumentException(op);
            };
        }
        return out;
    }

    static double quantile(double[] v, double q) {
        if (v.length == 0) return Double.NaN;
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos), hi = (int) Math.ceil(pos);
        return s[lo] + (s[hi] - s[lo]) * (pos - lo);
    }

    private static double extreme(String op, double[] x, int i, int w) {
        int lo = Math.max(0, i - w + 1), best = -1;
        boolean max = op.endsWith("Max");
        for (int j = lo; j <= i; j++) {
            if (Double.isNaN(x[j])) continue;
            if (best < 0 || (max ? x[j] > x[best] : x[j] < x[best])) best = j;
        }
        if (best < 0) return Double.NaN;
        return op.startsWith("Idx") ? best - lo + 1 : x[best];
    }

    private static double regression(String op, double[] y, int i, int w) {
        int lo = Math.max(0, i - w + 1);
        List<double[]> pts = new ArrayList<>();
        for (int j = lo; j <= i; j++) if (!Double.isNaN(y[j])) pts.add(new double[]{j - lo + 1, y[j]});
        int n = pts.size();
        if (n < 2) return Double.NaN;
        double mx = 0, my = 0;
        for (double[] p : pts) {
            mx += p[0] / n;
            my += p[1] / n;
        }
        double sxx = 0, sxy = 0, syy = 0;
        for (double[] p : pts) {
            sxx += (p[0] - mx) * (p[0] - mx);
            sxy += (p[0] - mx) * (p[1] - my);
            syy += (p[1] - my) * (p[1] - my);
        }
        double slope = sxy / sxx;
        return switch (op) {
            case "Slope" -> slope;
            case "Rsquare" -> Math.sqrt(syy / (n - 1)) <= 2e-5 ? Double.NaN : sxy * sxy / (sxx * syy);
            default -> Double.isNaN(y[i]) ? Double.NaN : y[i] - (my + slope * ((i - lo + 1) - mx));
        };
    }

    private static double pair(String op, double[] x, double[] y, int i, int w) {
        int lo = Math.max(0, i - w + 1);
        List<double[]> pts = new ArrayList<>();
        for (int j = lo; j <= i; j++) if (!Double.isNaN(x[j]) && !Double.isNaN(y[j])) pts.add(new double[]{x[j], y[j]});
        int n = pts.size();
        if (n < 2) return Double.NaN;
        double mx = 0, my = 0;
        for (double[] p : pts) {
            mx += p[0] / n;
            my += p[1] / n;
        }
        double sxx = 0, sxy = 0, syy = 0;
        for (double[] p : pts) {
            sxx += (p[0] - mx) * (p[0] - mx);
            sxy += (p[0] - mx) * (p[1] - my);
            syy += (p[1] - my) * (p[1] - my);
        }
        if (op.equals("Cov")) return sxy / (n - 1);
        double[] wx = window(x, i, w), wy = window(y, i, w);
        double sdx = wx.length < 2 ? Double.NaN : Math.sqrt(centralMoment(wx, 2) * wx.length / (wx.length - 1));
        double sdy = wy.length < 2 ? Double.NaN : Math.sqrt(centralMoment(wy, 2) * wy.length / (wy.length - 1));
        if (sdx <= 2e-5 || sdy <= 2e-5 || sxx == 0 || syy == 0) return Double.NaN;
        return sxy / Math.sqrt(sxx * syy);
    }
}
