package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic datasets for the model tests: hand-filled grids and a planted-signal universe. */
public final class Grids {

    static final long DAY = 86_400_000L;
    static final long T0 = 1_577_836_800_000L; // 2020-01-01 UTC

    private Grids() {
    }

    static long[] days(int rows) {
        long[] t = new long[rows];
        for (int i = 0; i < rows; i++) t[i] = T0 + i * DAY;
        return t;
    }

    static List<String> symbols(int cols) {
        List<String> s = new ArrayList<>();
        for (int c = 0; c < cols; c++) s.add("S" + c);
        return s;
    }

    static FactorMatrix matrix(String name, int rows, int cols, double[] v) {
        return new FactorMatrix(name, days(rows), symbols(cols), v);
    }

    static Dataset dataset(int rows, int cols, double[][] features, double[] label) {
        List<FactorMatrix> fs = new ArrayList<>();
        for (int j = 0; j < features.length; j++) fs.add(matrix("f" + j, rows, cols, features[j]));
        return new Dataset(fs, label == null ? null : matrix("label", rows, cols, label), 0, rows);
    }

    /**
     * A universe with a planted signal: {@code k} i.i.d. normal features per cell, label
     * {@code signal(x) + noise·ε}. With {@code lagged}, the label depends on feature 0 of the <em>previous</em> day
     * of the same instrument (only a model with a window can see it).
     */
    static Dataset planted(int rows, int cols, int k, double noise, long seed, Signal signal) {
        Random rnd = new Random(seed);
        double[][] f = new double[k][rows * cols];
        for (int j = 0; j < k; j++) for (int i = 0; i < rows * cols; i++) f[j][i] = rnd.nextGaussian();
        double[] y = new double[rows * cols];
        double[] x = new double[k];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int idx = r * cols + c;
                for (int j = 0; j < k; j++) x[j] = f[j][idx];
                double prev = r > 0 ? f[0][idx - cols] : 0;
                y[idx] = signal.value(x, prev) + noise * rnd.nextGaussian();
            }
        }
        return dataset(rows, cols, f, y);
    }

    /** The label's noiseless part from the cell's features {@code x} and feature 0 of the day before. */
    @FunctionalInterface
    interface Signal {
        double value(double[] x, double prevF0);
    }

    /** The same features with the label's rows shuffled across cells (a control that has no signal). */
    static Dataset shuffledLabel(Dataset d, long seed) {
        double[] y = d.label().values().clone();
        Random rnd = new Random(seed);
        for (int i = y.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
        FactorMatrix l = new FactorMatrix("label", d.times(), d.symbols(), y);
        return new Dataset(d.features(), l, d.rowFrom(), d.rowTo());
    }

    /** Mean over rows of the daily Pearson correlation between a prediction and the label (the IC), naive. */
    static double meanIc(FactorMatrix pred, FactorMatrix label, int from, int to) {
        return meanIc(pred, label, from, to, 3);
    }

    /** The same, counting only days with at least {@code minPairs} instruments where both are finite. */
    public static double meanIc(FactorMatrix pred, FactorMatrix label, int from, int to, int minPairs) {
        int cols = pred.cols();
        double sum = 0;
        int days = 0;
        for (int r = from; r < to; r++) {
            double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
            int n = 0;
            for (int c = 0; c < cols; c++) {
                double a = pred.get(r, c), b = label.get(r, c);
                if (!Double.isFinite(a) || !Double.isFinite(b)) continue;
                n++;
                sx += a;
                sy += b;
                sxx += a * a;
                syy += b * b;
                sxy += a * b;
            }
            if (n < minPairs) continue;
            double cov = sxy - sx * sy / n, vx = sxx - sx * sx / n, vy = syy - sy * sy / n;
            if (vx <= 0 || vy <= 0) continue;
            sum += cov / Math.sqrt(vx * vy);
            days++;
        }
        return sum / days;
    }
}
