package dev.qforge.cli;

import dev.qforge.factors.analysis.FactorEvaluation;
import dev.qforge.factors.analysis.IcStats;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.store.Duplicates;
import dev.qforge.factors.store.FactorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code qforge factors eval}: IC, Rank IC, quantile returns and turnover of one expression. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a factor expression: daily IC and Rank IC for several horizons, quantile returns, turnover, "
                + "rank autocorrelation, coverage, sector-neutral ICs; checks stored factors for duplicates.")
final class FactorsEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--expr", required = true, paramLabel = "EXPR", description = "Qlib expression, e.g. \"Mean($close,5)/$close-1\".")
    String expr;

    @Mixin
    FactorDataOptions dataOptions;

    @Option(names = "--horizons", split = ",", defaultValue = "1,5,10,20", paramLabel = "H", description = "Forward-return horizons in bars (default ${DEFAULT-VALUE}).")
    int[] horizons;

    @Option(names = "--quantiles", defaultValue = "5", paramLabel = "Q", description = "Quantile groups (default ${DEFAULT-VALUE}).")
    int quantiles;

    @Option(names = "--save", paramLabel = "NAME", description = "Store the factor and its metrics in the database under NAME (refused for a duplicate unless --force).")
    String save;

    @Option(names = "--force", description = "Save even when the factor duplicates a stored one.")
    boolean force;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Expression e = Expression.parse(expr);
        for (int h : horizons) if (h < 1) throw new IllegalArgumentException("--horizons must be positive, got " + h);
        FactorDataOptions.Loaded d = dataOptions.loadFor(e, err, json);
        FactorMatrix f = d.compute(e);
        FactorEvaluation.Result r = FactorEvaluation.evaluate(f, d.universe().panel().matrix("close"), d.rowFrom(), d.rowTo(),
                d.sectorColumns(), new FactorEvaluation.Options(horizons, quantiles, FactorDataOptions.MIN_IC_PAIRS));
        List<Duplicates.Match> dups = List.of();
        try (StoreAccess access = StoreAccess.open()) {
            FactorStore store = new FactorStore(access.database());
            var stored = store.list().stream().filter(s -> save == null || !s.name().equals(save)).toList();
            if (!stored.isEmpty()) dups = Duplicates.check(f, stored, d::compute, Duplicates.DEFAULT_THRESHOLD);
            boolean duplicate = dups.stream().anyMatch(Duplicates.Match::duplicate);
            if (save != null && (!duplicate || force)) {
                store.save(save, e, null);
                store.saveMetrics(save, d.universe().fingerprint(), r);
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>(r.summary());
                m.put("expression", e.text());
                m.put("instruments", f.cols());
                m.put("days_scored", d.rowTo() - d.rowFrom());
                m.put("data_fingerprint", d.universe().fingerprint());
                List<Map<String, Object>> dl = new ArrayList<>();
                for (Duplicates.Match x : dups) dl.add(Map.of("name", x.name(), "mean_correlation", x.meanCorrelation(), "duplicate", x.duplicate()));
                m.put("stored_factor_correlations", dl);
                m.put("saved", save != null && (!duplicate || force) ? save : null);
                Json.print(out, m);
                return 0;
            }
            print(out, e, d, r);
            for (Duplicates.Match x : dups) {
                if (x.duplicate()) out.printf(Locale.ROOT, "DUPLICATE of stored factor %s (%s): mean daily correlation %.4f >= %.2f%n",
                        x.name(), x.expression(), x.meanCorrelation(), Duplicates.DEFAULT_THRESHOLD);
            }
            if (!dups.isEmpty() && dups.stream().noneMatch(Duplicates.Match::duplicate)) {
                out.printf(Locale.ROOT, "no duplicate among %d stored factors (closest: %s, mean daily correlation %.4f)%n", dups.size(),
                        dups.get(0).name(), dups.get(0).meanCorrelation());
            }
            if (save != null) {
                out.println(duplicate && !force ? "not saved: it duplicates a stored factor (use --force to save anyway)"
                        : "saved as " + save + " (with its metrics on data " + d.universe().fingerprint().substring(0, 12) + ")");
            }
        }
        return 0;
    }

    static void print(PrintWriter out, Expression e, FactorDataOptions.Loaded d, FactorEvaluation.Result r) {
        ZoneId zone = d.universe().series().get(0).instrument().exchangeZone();
        out.printf(Locale.ROOT, "factor %s%n  %d instruments, %s .. %s (%d bars scored), coverage %.1f%%, rank autocorrelation %.3f%n",
                e.text(), d.universe().panel().instrumentCount(), Times.show(d.fromTime(), zone), Times.show(d.toTime(), zone),
                d.rowTo() - d.rowFrom(), 100 * r.coverage(), r.rankAutocorrelation());
        TextTable t = new TextTable("h", "IC", "IC std", "ICIR", "t", "hit", "RankIC", "RankIC std", "RankICIR", "t", "hit");
        for (FactorEvaluation.Horizon h : r.horizons()) {
            IcStats a = h.ic(), b = h.rankIc();
            t.row(h.h(), f4(a.mean()), f4(a.std()), f3(a.icir()), f2(a.tStat()), pct(a.hitRate()), f4(b.mean()), f4(b.std()), f3(b.icir()),
                    f2(b.tStat()), pct(b.hitRate()));
        }
        t.print(out);
        if (r.horizons()[0].neutralIc() != null) {
            out.println("sector-neutral (factor and returns demeaned within sectors):");
            TextTable n = new TextTable("h", "IC", "ICIR", "RankIC", "RankICIR");
            for (FactorEvaluation.Horizon h : r.horizons()) n.row(h.h(), f4(h.neutralIc().mean()), f3(h.neutralIc().icir()), f4(h.neutralRankIc().mean()), f3(h.neutralRankIc().icir()));
            n.print(out);
        }
        int q = r.horizons()[0].quantiles().groups();
        List<String> head = new ArrayList<>(List.of("h"));
        for (int k = 1; k <= q; k++) head.add("Q" + k + " bps");
        head.addAll(List.of("top-bottom bps", "top turnover", "bottom turnover"));
        TextTable qt = new TextTable(head.toArray(String[]::new));
        for (FactorEvaluation.Horizon h : r.horizons()) {
            List<Object> row = new ArrayList<>(List.of(h.h()));
            for (double m : h.quantiles().mean()) row.add(String.format(Locale.ROOT, "%.2f", m * 1e4));
            row.add(String.format(Locale.ROOT, "%.2f", h.quantiles().meanSpread() * 1e4));
            row.add(pct(h.quantiles().meanTopTurnover()));
            row.add(pct(h.quantiles().meanBottomTurnover()));
            qt.row(row.toArray());
        }
        out.println("quantile mean forward returns (Q1 = lowest factor; equal weights; turnover per bar):");
        qt.print(out);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
