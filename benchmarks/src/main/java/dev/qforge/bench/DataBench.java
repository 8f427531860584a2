package dev.qforge.bench;

import dev.qforge.data.BarSeries;
import dev.qforge.data.MarketData;
import dev.qforge.data.Timeframe;
import dev.qforge.data.load.LoadOptions;
import dev.qforge.data.store.BarStore;
import dev.qforge.data.store.DataImporter;
import dev.qforge.data.store.Database;
import dev.qforge.data.store.ImportReport;
import dev.qforge.data.store.SeriesInfo;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.ValidationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Side-by-side data benchmark ({@code qforge bench data}): in one run and one JVM, for every repetition,
 * (1) CSV parse: {@link MarketData#load} (parse and validate) against {@link PlainCsv} (split loop, no checks);
 * (2) import: {@link DataImporter} into a {@link BarStore} (parse, validate, fingerprint, one transaction per file;
 * it reads the next file on a second thread; qforge stores each series as columnar blocks of up to
 * {@link BarStore#BLOCK_BARS} bars, one SQL row per block) against {@link PlainCsv} + {@link PlainJdbc} batch inserts
 * of one SQL row per bar into a bare table keyed by (symbol, time); (3) read back: {@link BarStore#loadPanel} (blocks
 * decoded into aligned matrices, NaN where missing) against one plain {@code SELECT} of the row-per-bar table looped
 * into arrays. Each side counts its own rows (qforge drops or repairs bad
 * rows under the policy). Medians over the repetitions are printed with the ratio qforge/peer; the first repetition
 * includes JIT warm-up. Each repetition imports into fresh file databases in a temporary folder, or, with
 * {@code --target-db}, into the given database, which must hold no series (what the run imports is deleted after
 * each repetition). Timings are wall-clock; nothing here is asserted in tests.
 */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Import, read-back and CSV-parse throughput of qforge against plain JDBC and split-loop peers.")
public final class DataBench implements Callable<Integer> {

    @Option(names = "--data", description = "folder of daily CSV files (*.csv or *.csv.gz; default: ${DEFAULT-VALUE})")
    Path data = Path.of("../shared/data/sp500-daily");

    @Option(names = "--target-db", description = "JDBC URL of a database without stored series (default: fresh temporary file databases)")
    String db;

    @Option(names = {"-r", "--repetitions"}, description = "repetitions; medians are reported (default: ${DEFAULT-VALUE})")
    int repetitions = 3;

    @Option(names = "--policy", description = "validation policy for qforge: reject, drop or repair (default: ${DEFAULT-VALUE})")
    Policy policy = Policy.REPAIR;

    @Option(names = "--limit", description = "use only the first N files (0: all)")
    int limit;

    private final Function<Path, ValidationResult> source;
    private PrintStream out = System.out;

    public DataBench() {
        this(null);
    }

    /** A bench whose qforge side reads files with {@code source} instead of {@link MarketData#load} (tests). */
    public DataBench(Function<Path, ValidationResult> source) {
        this.source = source;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new DataBench()).execute(args));
    }

    public static CommandLine commandLine(DataBench bench) {
        return new CommandLine(bench).setCaseInsensitiveEnumValuesAllowed(true);
    }

    DataBench printTo(PrintStream stream) {
        this.out = stream;
        return this;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            out.println("no data folder " + data.toAbsolutePath() + "; pass --data <folder of CSV files>");
            return 2;
        }
        List<Path> files = files(data, limit);
        out.printf(Locale.ROOT, "qforge data benchmark: %d files from %s, %d repetitions, %d cores, Java %s%n", files.size(), data,
                repetitions, Runtime.getRuntime().availableProcessors(), Runtime.version());
        List<Comparison> results = run(files);
        out.print(table(results));
        if (results.get(0).qforgeRows() == 0) {
            try {
                MarketData.load(files.get(0), LoadOptions.auto(), policy);
            } catch (RuntimeException e) {
                out.println("qforge read no rows; first file: " + e);
            }
        }
        return 0;
    }

    /** The CSV files of {@code folder} in name order (the first {@code limit} when positive). */
    static List<Path> files(Path folder, int limit) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> all = s.filter(p -> p.getFileName().toString().matches("(?i).*\\.csv(\\.gz)?"))
                    .filter(p -> !p.getFileName().toString().startsWith("constituents")).sorted().toList();
            return limit > 0 ? all.subList(0, Math.min(limit, all.size())) : all;
        }
    }

    /** Runs every repetition and returns the median comparisons: parse, import, read back. */
    public List<Comparison> run(List<Path> files) throws Exception {
        Function<Path, ValidationResult> load = source != null ? source : p -> MarketData.load(p, LoadOptions.auto(), policy);
        int reps = Math.max(1, repetitions);
        double[][] q = new double[3][reps], p = new double[3][reps];
        long[] qRows = new long[3], pRows = new long[3];
        Path tmp = Files.createTempDirectory("qforge-bench");
        try {
            for (int r = 0; r < reps; r++) {
                long t0 = System.nanoTime();
                qRows[0] = 0;
                for (Path f : files) qRows[0] += parseQuietly(load, f);
                q[0][r] = seconds(t0);
                t0 = System.nanoTime();
                pRows[0] = 0;
                for (Path f : files) pRows[0] += plainParseQuietly(f);
                p[0][r] = seconds(t0);

                try (Database qdb = Database.openUrl(db != null ? db : "jdbc:h2:file:" + tmp.resolve("qforge-" + r));
                     Connection pc = DriverManager.getConnection(db != null ? db : "jdbc:h2:file:" + tmp.resolve("plain-" + r), "sa", "")) {
                    BarStore store = new BarStore(qdb, Clock.systemUTC());
                    if (!store.list().isEmpty()) throw new IllegalStateException(db + " already holds series; give --target-db an empty database");
                    t0 = System.nanoTime();
                    ImportReport report = new DataImporter(store, policy, load, true).importAll(files);
                    q[1][r] = seconds(t0);
                    qRows[1] = report.rows();
                    PlainJdbc.createTable(pc);
                    t0 = System.nanoTime();
                    pRows[1] = plainImport(pc, files);
                    p[1][r] = seconds(t0);

                    Timeframe tf = mostCommonTimeframe(store.list());
                    t0 = System.nanoTime();
                    var panel = store.loadPanel(tf, Long.MIN_VALUE, Long.MAX_VALUE);
                    q[2][r] = seconds(t0);
                    qRows[2] = store.list().stream().filter(s -> s.timeframe() == tf).mapToLong(SeriesInfo::barCount).sum();
                    t0 = System.nanoTime();
                    pRows[2] = PlainJdbc.readAll(pc).size();
                    p[2][r] = seconds(t0);
                    out.printf(Locale.ROOT, "repetition %d: %s; panel %s%n", r + 1, report.summary(), panel);
                    if (db != null) cleanUp(store, pc);
                }
                deleteFiles(tmp);
            }
        } finally {
            deleteFiles(tmp);
            Files.deleteIfExists(tmp);
        }
        String[] names = {"parse CSV", "import into H2", "read back into a panel"};
        List<Comparison> out = new ArrayList<>();
        for (int k = 0; k < 3; k++) out.add(new Comparison(names[k], qRows[k], median(q[k]), pRows[k], median(p[k])));
        return out;
    }

    /** The comparison table, with the aims (whole import under 30 s, read back under 3 s) checked. */
    public static String table(List<Comparison> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-24s %14s %14s %12s %10s %10s%n", "benchmark", "qforge rows/s", "peer rows/s",
                "qforge/peer", "qforge s", "peer s"));
        for (Comparison c : rows) {
            sb.append(String.format(Locale.ROOT, "%-24s %,14.0f %,14.0f %12.2f %10.2f %10.2f%n", c.name(), c.qforgeRate(),
                    c.peerRate(), c.ratio(), c.qforgeSeconds(), c.peerSeconds()));
        }
        if (rows.size() == 3) {
            sb.append(String.format(Locale.ROOT, "aims: import under 30 s: %s (%.1f s); read back under 3 s: %s (%.1f s)%n",
                    rows.get(1).qforgeSeconds() < 30 ? "met" : "missed", rows.get(1).qforgeSeconds(),
                    rows.get(2).qforgeSeconds() < 3 ? "met" : "missed", rows.get(2).qforgeSeconds()));
        }
        return sb.toString();
    }

    private static long parseQuietly(Function<Path, ValidationResult> load, Path f) {
        try {
            BarSeries s = load.apply(f).series();
            return s.size();
        } catch (RuntimeException e) {
            return 0; // a reject or a file that is not market data: counted as no rows, as in the import
        }
    }

    private static long plainParseQuietly(Path f) {
        try {
            return PlainCsv.parse(f).size();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long plainImport(Connection c, List<Path> files) throws SQLException {
        long rows = 0;
        for (int i = 0; i < files.size(); i++) {
            PlainCsv.Columns cols;
            try {
                cols = PlainCsv.parse(files.get(i));
            } catch (IOException | RuntimeException e) {
                continue;
            }
            PlainJdbc.insert(c, i, cols);
            rows += cols.size();
        }
        return rows;
    }

    private static Timeframe mostCommonTimeframe(List<SeriesInfo> list) {
        return Arrays.stream(Timeframe.values()).max(Comparator.comparingLong(
                tf -> list.stream().filter(s -> s.timeframe() == tf).count())).orElseThrow();
    }

    private static void cleanUp(BarStore store, Connection pc) throws SQLException {
        for (SeriesInfo s : store.list()) store.delete(s.symbol(), s.timeframe());
        try (Statement st = pc.createStatement()) {
            st.execute("DROP TABLE IF EXISTS plain_bars");
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void deleteFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cleaning " + dir, e);
        }
    }
}
