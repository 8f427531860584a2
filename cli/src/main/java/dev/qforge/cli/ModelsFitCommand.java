package dev.qforge.cli;

import dev.qforge.agents.models.FitReport;
import dev.qforge.agents.models.ModelExperiment;
import dev.qforge.agents.models.ModelMetrics;
import dev.qforge.agents.models.ModelSpec;
import dev.qforge.agents.models.SplitSpec;
import dev.qforge.data.BarSeries;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.io.FactorCache;
import dev.qforge.factors.io.UniverseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code qforge models fit}: computes the features on the split (plus warm-up), fits the model on train with early
 * stopping on valid, reports IC/ICIR/Rank IC/Rank ICIR on valid and test and a TopK-Dropout 50/5 backtest on test
 * (Qlib's costs), and saves the model with its config.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit a forecaster on train (early stopping on valid); report IC, ICIR, Rank IC, Rank ICIR on valid and test "
                + "and ARR, IR, MDD of TopK-Dropout 50/5 on test; save it with its config.")
final class ModelsFitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "TYPE", description = "ridge, xgboost, mlp, lstm or gru.")
    String model;

    @Option(names = "--features", defaultValue = "alpha158", paramLabel = "alpha158|FILE",
            description = "alpha158 (default) or a file of expressions, one per line, optionally NAME: EXPR.")
    String features;

    @Option(names = "--data", required = true, split = ",", paramLabel = "PATH",
            description = "A folder of bar files (e.g. ../shared/data/sp500-daily), files, bundled sets or stored symbols.")
    List<String> data;

    @Option(names = "--split", defaultValue = "2005:2014,2015:2016,2017:2020", paramLabel = "TRAIN,VALID,TEST",
            description = "Periods as FROM:TO years or dates (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--param", paramLabel = "K=V", description = "A hyperparameter, repeatable (e.g. --param max_depth=8).")
    List<String> params;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of every random draw (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--policy", defaultValue = "drop", paramLabel = "reject|drop|repair", description = "Data validation policy (default ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Factor engine threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--cache", defaultValue = "qforge-out/factor-cache", paramLabel = "DIR", description = "Arrow cache of computed factors (default ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--no-cache", description = "Compute every feature afresh and write no cache files.")
    boolean noCache;

    @Option(names = "--save", paramLabel = "NAME", description = "Name of the saved model (default: type, seed and a hash of the config).")
    String save;

    @Option(names = "--no-save", description = "Do not save the fitted model.")
    boolean noSave;

    @Option(names = "--models", paramLabel = "DIR", description = "Where models are saved (default ~/.qforge/forecasters).")
    Path models;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        SplitSpec sp = SplitSpec.parse(split);
        ModelSpec ms = new ModelSpec(model, parseParams(params), seed);
        dev.qforge.agents.models.Forecasters.create(ms); // refuse a bad type or parameter before the long load
        Map<String, Expression> fs = ModelFeatures.resolve(features);
        if (save != null && !save.matches("[A-Za-z0-9._-]+")) throw new IllegalArgumentException("--save " + save + ": use letters, digits, '.', '_' and '-'");
        List<BarSeries> series = load(err);
        if (!json) err.println("computing " + fs.size() + " features on " + series.size() + " instruments, split " + sp + " ...");
        FactorCache fc = noCache ? null : new FactorCache(cache);
        ModelExperiment x = ModelExperiment.prepare(series, fs, sp, threads,
                (engine, fp, e) -> fc == null ? engine.evaluate(e) : fc.get(e, fp, engine));
        if (!json) err.println("fitting " + ms + " ...");
        ModelExperiment.Fitted fit = x.fit(ms, false);
        if (!json) err.println("scoring the test period and backtesting TopK-Dropout 50/5 ...");
        ModelMetrics test = x.test(fit.model());
        Map<String, Object> result = result(x, sp, ms, fs, fit, test);
        if (!noSave) {
            String id = save != null ? save : ModelsStore.id(ms, sp, fs, x);
            Path dir = (models != null ? models : ModelsCommand.defaultStore()).resolve(id);
            fit.model().save(dir);
            ModelsStore.writeExperiment(dir, result);
            result.put("saved", dir.toString());
        }
        if (json) {
            Json.print(out, result);
            return 0;
        }
        print(out, x, ms, fs.size(), fit, test);
        if (result.containsKey("saved")) out.println("saved to " + result.get("saved"));
        return 0;
    }

    private List<BarSeries> load(PrintWriter err) {
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        if (!json) err.println("loading " + String.join(", ", data) + " ...");
        if (data.size() == 1 && Files.isDirectory(Path.of(data.get(0)))) {
            return UniverseLoader.load(Path.of(data.get(0)), BacktestData.policy(policy), m -> err.println("warning: " + m)).series();
        }
        return BacktestData.load(data, null, null, null, BacktestData.policy(policy), err).series();
    }

    /** {@code k=v} pairs; a value that reads as a number is one. */
    static Map<String, Object> parseParams(List<String> kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (kv == null) return m;
        for (String p : kv) {
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) throw new IllegalArgumentException("--param " + p + ": expected KEY=VALUE");
            String k = p.substring(0, eq).strip(), v = p.substring(eq + 1).strip();
            Object val;
            try {
                val = v.matches("[-+]?\\d+") ? (Object) Long.parseLong(v) : Double.parseDouble(v);
            } catch (NumberFormatException e) {
                val = v;
            }
            m.put(k, val);
        }
        return m;
    }

    private static Map<String, Object> result(ModelExperiment x, SplitSpec sp, ModelSpec ms, Map<String, Expression> fs,
                                              ModelExperiment.Fitted fit, ModelMetrics test) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", ms.type());
        m.put("params", ms.params());
        m.put("seed", ms.seed());
        m.put("split", sp.toString());
        Map<String, String> feats = new LinkedHashMap<>();
        fs.forEach((k, e) -> feats.put(k, e.text()));
        m.put("features", feats);
        m.put("instruments", x.dataset().symbols().size());
        FitReport r = fit.report();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("iterations", r.iterations());
        f.put("bestIteration", r.bestIteration());
        f.put("trainLoss", r.trainLoss());
        f.put("validLoss", r.validLoss());
        f.put("seconds", r.millis() / 1000.0);
        m.put("fit", f);
        m.put("valid", fit.valid().toMap());
        m.put("test", test.toMap());
        return m;
    }

    private static java.time.LocalDate day(long millis, ZoneId z) {
        return SplitSpec.dateOf(millis, z); // a close at midnight is the bar of the day before
    }

    private static void print(PrintWriter out, ModelExperiment x, ModelSpec ms, int nFeatures, ModelExperiment.Fitted fit, ModelMetrics test) {
        ZoneId z = x.zone();
        long[] t = x.dataset().times();
        SplitSpec.SplitRows r = x.rows();
        out.printf(Locale.ROOT, "model %s, %d features, %d instruments%n", ms, nFeatures, x.dataset().symbols().size());
        out.printf(Locale.ROOT, "train %s .. %s, valid %s .. %s, test %s .. %s (train and valid end %d days early: the label's horizon)%n",
                day(t[r.trainFrom()], z), day(t[r.trainTo() - 1], z), day(t[r.validFrom()], z), day(t[r.validTo() - 1], z),
                day(t[r.testFrom()], z), day(t[r.testTo() - 1], z), dev.qforge.agents.models.DatasetBuilder.LABEL_HORIZON);
        FitReport f = fit.report();
        out.printf(Locale.ROOT, "fit: %d iterations, best %d, train loss %.5f, valid loss %.5f (MSE on the rank-normalised label), %.1f s%n",
                f.iterations(), f.bestIteration(), f.trainLoss(), f.validLoss(), f.millis() / 1000.0);
        TextTable tt = new TextTable("period", "IC", "ICIR", "Rank IC", "Rank ICIR", "ARR", "IR", "MDD");
        for (ModelMetrics m : new ModelMetrics[]{fit.valid(), test}) {
            tt.row(m.period(), FactorsEvalCommand.f4(m.ic().mean()), FactorsEvalCommand.f4(m.ic().icir()), FactorsEvalCommand.f4(m.rankIc().mean()),
                    FactorsEvalCommand.f4(m.rankIc().icir()), m.portfolio() == null ? "-" : FactorsEvalCommand.pct(m.arr()),
                    m.portfolio() == null ? "-" : FactorsEvalCommand.f3(m.ir()), m.portfolio() == null ? "-" : FactorsEvalCommand.pct(m.mdd()));
        }
        tt.print(out);
        out.println("IC against Qlib's label Ref($close,-2)/Ref($close,-1)-1; ARR/IR/MDD: TopK-Dropout 50/5 on test, Qlib's costs, "
                + "excess over the equal-weighted universe (summed, x238).");
    }
}
