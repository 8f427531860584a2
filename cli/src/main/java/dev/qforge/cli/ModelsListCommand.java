package dev.qforge.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code qforge models list}: the saved forecasters with their type, split and valid/test IC. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List saved forecasters: type, features, split, valid and test IC.")
final class ModelsListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--models", paramLabel = "DIR", description = "Where models are saved (default ~/.qforge/forecasters).")
    Path models;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Path root = models != null ? models : ModelsCommand.defaultStore();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.list(root)) {
                for (Path d : s.sorted().toList()) {
                    Path f = d.resolve(ModelsStore.EXPERIMENT);
                    if (!Files.isRegularFile(f)) continue;
                    try {
                        Map<String, Object> e = Json.mapper().readValue(f.toFile(), new TypeReference<>() { });
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", d.getFileName().toString());
                        row.put("model", e.get("model"));
                        row.put("params", e.get("params"));
                        row.put("seed", e.get("seed"));
                        row.put("features", e.get("features") instanceof Map<?, ?> m ? m.size() : 0);
                        row.put("split", e.get("split"));
                        row.put("validIC", ic(e.get("valid")));
                        row.put("testIC", ic(e.get("test")));
                        rows.add(row);
                    } catch (IOException ex) {
                        err.println("warning: " + f + ": " + ex.getMessage());
                    }
                }
            }
        }
        if (json) {
            Json.print(out, rows);
            return 0;
        }
        if (rows.isEmpty()) {
            out.println("no saved forecasters in " + root + " (qforge models fit ... saves one)");
            return 0;
        }
        TextTable t = new TextTable("id", "model", "features", "split", "valid IC", "test IC");
        for (Map<String, Object> r : rows) {
            t.row(r.get("id"), r.get("model"), r.get("features"), r.get("split"), fmt(r.get("validIC")), fmt(r.get("testIC")));
        }
        t.print(out);
        return 0;
    }

    private static Object ic(Object metrics) {
        return metrics instanceof Map<?, ?> m ? m.get("IC") : null;
    }

    private static String fmt(Object v) {
        return v instanceof Number n ? FactorsEvalCommand.f4(n.doubleValue()) : "-";
    }
}
