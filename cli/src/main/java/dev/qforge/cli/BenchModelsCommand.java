package dev.qforge.cli;

import dev.qforge.agents.models.Baseline;
import dev.qforge.agents.models.Dataset;
import dev.qforge.agents.models.DatasetBuilder;
import dev.qforge.agents.models.FitReport;
import dev.qforge.agents.models.ModelExperiment;
import dev.qforge.agents.models.ModelMetrics;
import dev.qforge.agents.models.ModelSpec;
import dev.qforge.agents.models.RidgeForecaster;
import dev.qforge.agents.models.SplitSpec;
import dev.qforge.data.BarSeries;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import dev.qforge.data.validate.Policy;
import dev.qforge.factors.io.FactorCache;
import dev.qforge.factors.io.UniverseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code qforge bench models}: the forecasters on Alpha158 over the S&P 500 set (a synthetic universe when
 * {@code ../shared/data} is absent), split 2005-2014 / 2015-2016 / 2017-2020. Ridge against a naive reference solve
 * of the same problem in the same run (row-by-row accumulation of the full augmented normal equations and
 * Gauss-Jordan elimination, robust scaling by sorting each column: the obvious program), with the largest
 * coefficient difference as a correctness check; then XGBoost with Qlib's Alpha158 settings (the R&D-Agent(Q)
 * baseline) and, with {@code --nets}, the MLP, LSTM and GRU for a fixed number of epochs, each as fit time and its
 * ratio to ridge's (the LSTM and GRU twice: hand-written backpropagation, the default, and SameDiff's, with their ratio), with valid and test IC and the test TopK-Dropout numbers. One run per model: fits take seconds
 * to minutes and the machine's load is printed with them.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Forecaster fit times on Alpha158 (ridge vs a naive solve, XGBoost and the nets vs ridge) and the baseline's IC.")
final class BenchModelsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "../shared/data/sp500-daily", description = "Folder of daily bars (default ${DEFAULT-VALUE}; synthetic when absent).")
    Path data;

    @Option(names = "--instruments", defaultValue = "0", description = "Use only the first N instruments (0: all; default ${DEFAULT-VALUE}).")
    int instruments;

    @Option(names = "--split", defaultValue = "2005:2014,2015:2016,2017:2020", description = "Train, valid, test (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--nets", description = "Also fit the MLP, LSTM and GRU (slow on the whole set).")
    boolean nets;

    @Option(names = "--net-epochs", defaultValue = "2", description = "Epochs of each net with --nets (default ${DEFAULT-VALUE}).")
    int netEpochs;

    @Option(names = "--cache", defaultValue = "qforge-out/factor-cache", description = "Arrow cache of the features (default ${DEFAULT-VALUE}).")
    Path cache;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SplitSpec sp = SplitSpec.parse(split);
        List<BarSeries> series;
        if (Files.isDirectory(data)) {
            series = new ArrayList<>(UniverseLoader.load(data, Policy.DROP, m -> { }).series());
        } else {
            out.println("data: " + data + " is absent; synthetic universe of 100 instruments x 4300 days");
            series = new ArrayList<>(UniverseGenerator.generate(UniverseSpec.of(100, 4300, 0.05).withStart(LocalDate.of(2004, 1, 2)), 1).series());
        }
        if (instruments > 0 && instruments < series.size()) series = series.subList(0, instruments);
        out.printf(Locale.ROOT, "qforge models benchmark: %d cores, Java %s, max heap %,d MiB, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long t0 = System.nanoTime();
        FactorCache fc = new FactorCache(cache);
        ModelExperiment x = ModelExperiment.prepare(series, DatasetBuilder.alpha158(), sp, 2, (engine, fp, e) -> fc.get(e, fp, engine));
        Dataset d = x.dataset();
        SplitSpec.SplitRows r = x.rows();
        out.printf(Locale.ROOT, "data: %s, %d instruments, %d rows; Alpha158 features and label in %.1f s (cache %s)%n",
                Files.isDirectory(data) ? data : "synthetic", d.symbols().size(), d.times().length, secs(t0), cache);

        long t1 = System.nanoTime();
        double[] naive = naiveRidge(d.rows(r.trainFrom(), r.trainTo()), 1.0);
        double naiveS = secs(t1);
        ModelExperiment.Fitted ridge = x.fit(ModelSpec.of("ridge", 1).with("alpha", 1.0), false);
        RidgeForecaster rf = (RidgeForecaster) ridge.model();
        double diff = Math.abs(rf.intercept() - naive[0]);
        for (int j = 0; j < rf.coefficients().length; j++) diff = Math.max(diff, Math.abs(rf.coefficients()[j] - naive[j + 1]));
        double ridgeS = ridge.report().millis() / 1000.0;
        out.printf(Locale.ROOT, "ridge: %.2f s; naive reference solve %.2f s; ratio naive/ours %.1fx; max |coefficient difference| %.2e%n",
                ridgeS, naiveS, naiveS / ridgeS, diff);

        TextTable t = new TextTable("model", "fit s", "vs ridge", "iterations", "best", "valid IC", "valid RankIC", "test IC", "test ICIR",
                "test RankIC", "test RankICIR", "test ARR", "test IR", "test MDD");
        row(t, "ridge", ridge, x.test(ridge.model()), ridgeS);
        out.println("fitting xgboost (Qlib's Alpha158 settings) ...");
        out.flush();
        ModelExperiment.Fitted xgb = x.fit(Baseline.qlibXgboost(1), false);
        row(t, "xgboost", xgb, x.test(xgb.model()), ridgeS);
        List<String> gradLines = new ArrayList<>();
        if (nets) {
            for (String type : new String[]{"mlp", "lstm", "gru"}) {
                out.println("fitting " + type + " (" + netEpochs + " epochs) ...");
                out.flush();
                ModelSpec ms = ModelSpec.of(type, 1).with("epochs", netEpochs).with("patience", netEpochs);
                ModelExperiment.Fitted f = x.fit(ms, false);
                row(t, type + " x" + netEpochs + "ep", f, x.test(f.model()), ridgeS);
                if (type.equals("mlp")) continue;
                // the recurrent nets' peer in the same run: SameDiff's automatic differentiation of the same graph
                out.println("fitting " + type + " with grad=samediff (" + netEpochs + " epochs) ...");
                out.flush();
                ModelExperiment.Fitted g = x.fit(ms.with("grad", "samediff"), false);
                row(t, type + " samediff x" + netEpochs + "ep", g, x.test(g.model()), ridgeS);
                double hand = f.report().millis() / 1000.0, sd = g.report().millis() / 1000.0;
                gradLines.add(String.format(Locale.ROOT, "%s: hand-written BPTT %.2f s vs SameDiff %.2f s for %d epochs: %.1fx faster; "
                        + "valid loss %.5f vs %.5f", type, hand, sd, netEpochs, sd / hand, f.report().validLoss(), g.report().validLoss()));
            }
        }
        t.print(out);
        gradLines.forEach(out::println);
        out.println("fit s: wall time of Forecaster.fit on train (early stopping on valid); IC against Ref($close,-2)/Ref($close,-1)-1; "
                + "test ARR/IR/MDD: TopK-Dropout 50/5 with Qlib's costs, excess over the equal-weighted universe (summed).");
        return 0;
    }

    private static void row(TextTable t, String name, ModelExperiment.Fitted f, ModelMetrics test, double ridgeS) {
        FitReport rep = f.report();
        double s = rep.millis() / 1000.0;
        t.row(name, String.format(Locale.ROOT, "%.2f", s), String.format(Locale.ROOT, "%.1fx", s / ridgeS), rep.iterations(), rep.bestIteration(),
                FactorsEvalCommand.f4(f.valid().ic().mean()), FactorsEvalCommand.f4(f.valid().rankIc().mean()), FactorsEvalCommand.f4(test.ic().mean()),
                FactorsEvalCommand.f4(test.ic().icir()), FactorsEvalCommand.f4(test.rankIc().mean()), FactorsEvalCommand.f4(test.rankIc().icir()),
                FactorsEvalCommand.pct(test.arr()), FactorsEvalCommand.f3(test.ir()), FactorsEvalCommand.pct(test.mdd()));
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * The obvious program: samples are the cells with a finite label and a finite feature, robust z-score per column
     * by sorting (median, 1.4826 MAD, clip 3, NaN → 0, rounded to float as the models see it), the full augmented
     * normal equations [1 x]ᵀ[1 x] accumulated row by row, then Gauss-Jordan with partial pivoting. Returns {a, b...}.
     */
    static double[] naiveRidge(Dataset d, double alpha) {
        int k = d.featureCount(), cols = d.symbols().size();
        List<Integer> cells = new ArrayList<>();
        double[] lab = d.label().values();
        for (int idx = d.rowFrom() * cols; idx < d.rowTo() * cols; idx++) {
            if (!Double.isFinite(lab[idx])) continue;
            boolean any = false;
            for (int j = 0; j < k && !any; j++) any = Double.isFinite(d.features().get(j).values()[idx]);
            if (any) cells.add(idx);
        }
        int n = cells.size();
        double[][] z = new double[n][k];
        for (int j = 0; j < k; j++) {
            double[] v = d.features().get(j).values();
            double[] col = cells.stream().mapToDouble(i -> (float) v[i]).filter(q -> !Double.isNaN(q)).sorted().toArray();
            double med = median(col);
            double[] dev = Arrays.stream(col).map(q -> Math.abs(q - med)).sorted().toArray();
            double s = 1.4826 * median(dev) + 1e-12;
            for (int i = 0; i < n; i++) {
                double q = (float) v[cells.get(i)];
                z[i][j] = Double.isNaN(q) ? 0 : (float) Math.max(-3, Math.min(3, (q - med) / s));
            }
        }
        int m = k + 1;
        double[][] a = new double[m][m + 1];
        double[] row = new double[m];
        for (int i = 0; i < n; i++) {
            row[0] = 1;
            System.arraycopy(z[i], 0, row, 1, k);
            double y = (float) lab[cells.get(i)];
            for (int p = 0; p < m; p++) {
                for (int q = 0; q < m; q++) a[p][q] += row[p] * row[q];
                a[p][m] += row[p] * y;
            }
        }
        for (int p = 1; p < m; p++) a[p][p] += alpha;
        for (int c = 0; c < m; c++) {
            int piv = c;
            for (int q = c + 1; q < m; q++) if (Math.abs(a[q][c]) > Math.abs(a[piv][c])) piv = q;
            double[] tmp = a[c];
            a[c] = a[piv];
            a[piv] = tmp;
            for (int q = 0; q < m; q++) {
                if (q == c) continue;
                double f = a[q][c] / a[c][c];
                for (int p = c; p <= m; p++) a[q][p] -= f * a[c][p];
            }
        }
        double[] sol = new double[m];
        for (int p = 0; p < m; p++) sol[p] = a[p][m] / a[p][p];
        return sol;
    }

    private static double median(double[] s) {
        int m = s.length;
        return m % 2 == 1 ? s[m / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
    }
}
