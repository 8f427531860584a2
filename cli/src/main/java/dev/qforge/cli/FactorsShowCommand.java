package dev.qforge.cli;

import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.store.FactorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code qforge factors show NAME}: a stored factor's definition and metrics, or an Alpha158 feature's expression. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a stored factor (or an Alpha158 feature such as ROC5).")
final class FactorsShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (StoreAccess access = StoreAccess.open()) {
            FactorStore store = new FactorStore(access.database());
            FactorStore.StoredFactor f = store.find(name);
            Alpha158.Feature a = f == null ? Alpha158.byName(name) : null;
            if (f == null && a == null) {
                String known = store.list().stream().map(FactorStore.StoredFactor::name).sorted().reduce((x, y) -> x + ", " + y).orElse("none");
                throw new IllegalArgumentException("no stored factor or Alpha158 feature named '" + name + "' (stored: " + known
                        + "; 'qforge factors list --alpha158' lists the built-in features)");
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f != null ? f.name() : a.name());
            m.put("expression", f != null ? f.expression() : a.expression().text());
            m.put("canonical", f != null ? f.canonical() : a.expression().canonical());
            m.put("source", f != null ? "stored" : "alpha158");
            if (f != null) {
                m.put("description", f.description());
                m.put("metrics", f.metrics());
            }
            if (json) {
                Json.print(out, m);
                return 0;
            }
            out.println(m.get("name") + " (" + m.get("source") + ")");
            out.println("  expression: " + m.get("expression"));
            out.println("  canonical:  " + m.get("canonical"));
            if (f != null && f.description() != null) out.println("  " + f.description());
            if (f != null && !f.metrics().isEmpty()) {
                TextTable t = new TextTable("data", "horizon", "metric", "value");
                for (var e : f.metrics().entrySet()) {
                    String[] k = e.getKey().split("/");
                    t.row(k[0].substring(0, Math.min(12, k[0].length())), k[1], k[2], FactorsEvalCommand.f4(e.getValue()));
                }
                t.print(out);
            }
        }
        return 0;
    }
}
