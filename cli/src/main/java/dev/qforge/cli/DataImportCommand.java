package dev.qforge.cli;

import dev.qforge.data.MarketData;
import dev.qforge.data.store.DataImporter;
import dev.qforge.data.store.FileResult;
import dev.qforge.data.store.ImportReport;
import dev.qforge.data.store.ImportStatus;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qforge data import PATH...}: reads, validates and stores files (a folder stands for its files,
 * a bundled set is named by its name). Each file is one transaction; a failing file is reported and the
 * others go on; importing the same content again changes nothing. Exits 1 when any file failed.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import files, folders or bundled data sets into the database.")
final class DataImportCommand implements Callable<Integer> {

    private static final int LIST_ALL_UP_TO = 40;

    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptionsMixin load;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (their files) or bundled names: "
            + "aapl-2013-daily, btc-bitstamp-2013, eth-2023-5m.")
    List<String> paths;

    @Option(names = "--all", description = "List every file, not only those with drops, repairs or failures.")
    boolean all;

    @Option(names = "--json", description = "Print the per-file results as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Policy policy = load.policy();
        var options = load.options();
        if (load.symbol != null && paths.size() > 1) {
            throw new IllegalArgumentException("--symbol names one series: give a single file with it");
        }
        List<Path> files = expand(paths);
        try (StoreAccess access = StoreAccess.open();
             Progress progress = Progress.start("import", files.size(), "files", spec.commandLine().getErr(), json)) {
            DataImporter importer = new DataImporter(access.store(), policy,
                    p -> MarketData.load(p.toString(), options, policy), true);
            ImportReport report = importer.importAll(files, new DataImporter.Listener() {
                @Override
                public void fileDone(FileResult r, int done, int total, long rows) {
                    progress.step(1, r.symbol() == null ? String.valueOf(r.path().getFileName()) : r.symbol());
                }
            });
            progress.close();
            if (json) {
                Json.print(out, report);
            } else {
                print(out, report, access.database().url());
            }
            return report.count(ImportStatus.FAILED) > 0 ? 1 : 0;
        }
    }

    private void print(PrintWriter out, ImportReport report, String url) {
        boolean listAll = all || report.files().size() <= LIST_ALL_UP_TO;
        TextTable t = new TextTable("file", "symbol", "rows", "dropped", "repaired", "warnings", "status");
        for (FileResult r : report.files()) {
            if (!listAll && r.droppedRows() == 0 && r.repairedRows() == 0 && !r.failed()) continue;
            long warnings = r.problems().entrySet().stream().filter(e -> e.getKey().severity() == Severity.WARNING)
                    .mapToLong(e -> e.getValue()).sum();
            t.row(r.path().getFileName(), r.symbol(), r.rows(), r.droppedRows(), r.repairedRows(), warnings,
                    r.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!t.isEmpty()) t.print(out);
        else out.println("no file needed dropping, repairing or failed (--all lists every file)");
        for (FileResult r : report.failures()) {
            out.println(r.message().startsWith(r.path().toString()) ? r.message() : r.path() + ": " + r.message());
        }
        out.println(report.summary() + " -> " + url);
        long dropped = report.files().stream().mapToLong(FileResult::droppedRows).sum();
        if (dropped > 0) {
            out.println("dropped rows by problem: " + report.files().stream().flatMap(f -> f.problems().entrySet().stream())
                    .filter(e -> e.getKey().severity() == Severity.ERROR)
                    .collect(java.util.stream.Collectors.groupingBy(e -> e.getKey(), java.util.TreeMap::new,
                            java.util.stream.Collectors.summingLong(e -> e.getValue()))));
        }
    }

    /**
     * Named files are taken as they are; a folder stands for its files that look like data by their
     * extension (.csv, .txt, .json, optionally .gz), so licence and read-me files beside data are skipped.
     */
    static List<Path> expand(List<String> args) {
        List<Path> out = new java.util.ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (!java.nio.file.Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            DataImporter.expand(List.of(p)).stream()
                    .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(csv|txt|json)(\\.gz)?"))
                    .forEach(out::add);
        }
        return out;
    }
}
