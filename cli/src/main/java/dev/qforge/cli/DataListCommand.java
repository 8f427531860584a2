package dev.qforge.cli;

import dev.qforge.data.store.SeriesInfo;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qforge data list}: the series in the database. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the series stored in the database.")
final class DataListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (StoreAccess access = StoreAccess.open()) {
            List<SeriesInfo> all = access.store().list();
            if (json) {
                Json.print(out, all);
                return 0;
            }
            if (all.isEmpty()) {
                out.println("The database " + access.database().url() + " holds no series yet: try `qforge data import PATH` or `qforge demo`.");
                return 0;
            }
            out.println("Database " + access.database().url());
            table(all).print(out);
            return 0;
        }
    }

    static TextTable table(List<SeriesInfo> all) {
        TextTable t = new TextTable("symbol", "tf", "bars", "first (UTC)", "last (UTC)", "problems", "source", "imported");
        for (SeriesInfo s : all) {
            long problems = s.problemCounts().values().stream().mapToLong(Long::longValue).sum();
            t.row(s.symbol(), s.timeframe().label(), s.barCount(),
                    s.barCount() == 0 ? "" : Times.show(s.firstTime(), ZoneOffset.UTC),
                    s.barCount() == 0 ? "" : Times.show(s.lastTime(), ZoneOffset.UTC),
                    problems, shorten(s.source()), s.importedAt() == null ? "" : s.importedAt().toString());
        }
        return t;
    }

    private static String shorten(String source) {
        if (source == null) return "";
        return source.length() <= 48 ? source : "..." + source.substring(source.length() - 45);
    }
}
