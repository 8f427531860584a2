package dev.qforge.cli;

import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.store.FactorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code qforge factors list}: stored factors (and, with --alpha158, the built-in feature set). */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored factors with their headline metrics.")
final class FactorsListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--alpha158", description = "List Qlib's Alpha158 features instead.")
    boolean alpha158;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (alpha158) {
            List<Map<String, Object>> l = new ArrayList<>();
            TextTable t = new TextTable("name", "expression");
            for (Alpha158.Feature f : Alpha158.features()) {
                l.add(Map.of("name", f.name(), "expression", f.expression().text()));
                t.row(f.name(), f.expression().text());
            }
            if (json) Json.print(out, l);
            else t.print(out);
            return 0;
        }
        try (StoreAccess access = StoreAccess.open()) {
            List<FactorStore.StoredFactor> all = new FactorStore(access.database()).list();
            if (json) {
                List<Map<String, Object>> l = new ArrayList<>();
                for (FactorStore.StoredFactor f : all) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", f.name());
                    m.put("expression", f.expression());
                    m.put("metrics", f.metrics());
                    l.add(m);
                }
                Json.print(out, l);
                return 0;
            }
            if (all.isEmpty()) {
                out.println("no stored factors; save one with: qforge factors eval --expr EXPR --data DATA --save NAME");
                return 0;
            }
            TextTable t = new TextTable("name", "expression", "rank IC (h1)", "rank ICIR (h1)", "data sets");
            for (FactorStore.StoredFactor f : all) {
                Double ric = null, rir = null;
                java.util.Set<String> sets = new java.util.TreeSet<>();
                for (var e : f.metrics().entrySet()) {
                    String[] k = e.getKey().split("/");
                    sets.add(k[0]);
                    if (k[1].equals("h1") && k[2].equals("rank_ic_mean")) ric = e.getValue();
                    if (k[1].equals("h1") && k[2].equals("rank_ic_ir")) rir = e.getValue();
                }
                t.row(f.name(), Strings.clip(f.expression(), 60), ric == null ? "" : FactorsEvalCommand.f4(ric), rir == null ? "" : FactorsEvalCommand.f3(rir), sets.size());
            }
            t.print(out);
        }
        return 0;
    }
}
