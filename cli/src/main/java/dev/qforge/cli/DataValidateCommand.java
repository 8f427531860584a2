package dev.qforge.cli;

import dev.qforge.data.MarketData;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.Problem;
import dev.qforge.data.validate.ProblemKind;
import dev.qforge.data.validate.Severity;
import dev.qforge.data.validate.ValidationResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qforge data validate PATH...}: reads each file and lists every problem without storing
 * anything. Exits 1 when any file has an error-level problem or cannot be read at all.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check files for problems (file, line and column of each) without importing them.")
final class DataValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptionsMixin load;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or bundled data set names.")
    List<String> paths;

    @Option(names = "--show", defaultValue = "20", description = "Problems listed per file (default ${DEFAULT-VALUE}).")
    int show;

    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;

    record FileReport(String file, String status, String symbol, String timeframe, int bars, long errors, long warnings,
                      Map<String, Long> byKind, List<String> problems, String message) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<FileReport> reports = new ArrayList<>();
        for (String path : paths) {
            reports.add(check(path));
        }
        if (json) {
            Json.print(out, reports);
        } else {
            for (FileReport r : reports) print(out, r);
        }
        return reports.stream().anyMatch(r -> !r.status().equals("ok")) ? 1 : 0;
    }

    private FileReport check(String path) {
        try {
            // DROP never throws on problems: every problem is collected and reported
            ValidationResult v = MarketData.load(path, load.options(), Policy.DROP);
            Map<String, Long> byKind = new LinkedHashMap<>();
            for (ProblemKind k : ProblemKind.values()) {
                long c = v.count(k);
                if (c > 0) byKind.put(k.name().toLowerCase(java.util.Locale.ROOT), c);
            }
            long errors = v.errorCount();
            long warnings = v.problems().stream().filter(p -> p.kind().severity() == Severity.WARNING).count();
            List<String> shown = v.problems().stream().limit(show).map(Problem::toString).toList();
            return new FileReport(path, errors > 0 ? "errors" : "ok", v.series().symbol(), v.series().timeframe().label(),
                    v.series().size() + v.droppedRows(), errors, warnings, byKind, shown, null);
        } catch (RuntimeException e) {
            return new FileReport(path, "unreadable", null, null, 0, 1, 0, Map.of(), List.of(), e.getMessage());
        }
    }

    private void print(PrintWriter out, FileReport r) {
        if (r.message() != null) {
            out.println(r.file() + ": cannot be read: " + r.message());
            return;
        }
        out.printf("%s: %s %s, %d rows, %d errors, %d warnings%n", r.file(), r.symbol(), r.timeframe(), r.bars(), r.errors(), r.warnings());
        r.byKind().forEach((k, c) -> out.printf("  %-22s %d%n", k.replace('_', ' '), c));
        r.problems().forEach(p -> out.println("  " + p));
        long total = r.errors() + r.warnings();
        if (total > r.problems().size()) out.println("  ... " + (total - r.problems().size()) + " more (--show N)");
    }
}
