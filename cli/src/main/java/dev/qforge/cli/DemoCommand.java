package dev.qforge.cli;

import dev.qforge.data.BarSeries;
import dev.qforge.data.MarketData;
import dev.qforge.data.store.SaveResult;
import dev.qforge.data.store.SeriesInfo;
import dev.qforge.data.store.SourceInfo;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.ValidationResult;
import dev.qforge.report.Charts;
import dev.qforge.report.HtmlPage;
import dev.qforge.report.RunOutput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qforge demo}: the main job on embedded defaults. Imports the bundled data sets into the
 * database (a no-op when already there), prints what the database holds and writes an HTML report with
 * a chart per series under {@code qforge-out/data/<run-id>/}; then backtests several built-in strategies
 * on the bundled AAPL daily and BTC minute data, prints a comparison table and writes a report per run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Import the bundled data, backtest built-in strategies on it, compare them and write HTML reports.")
final class DemoCommand implements Callable<Integer> {

    /** Series listed on the console and charted in the report; the report's table lists all. */
    private static final int SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "qforge-out", paramLabel = "DIR", description = "Output root (default ${DEFAULT-VALUE}).")
    Path outRoot;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> names = MarketData.bundledNames();
        try (StoreAccess access = StoreAccess.open()) {
            out.println("qforge demo: importing the bundled data sets " + names + " into " + access.database().url());
            boolean failed = false;
            for (String name : names) {
                failed |= !importBundled(access, name, out);
            }
            out.println();
            List<SeriesInfo> stored = access.store().list();
            out.println("The database holds " + stored.size() + " series:");
            List<SeriesInfo> head = stored.size() > SHOWN ? stored.subList(0, SHOWN) : stored;
            DataListCommand.table(head).print(out);
            if (stored.size() > SHOWN) out.println("... and " + (stored.size() - SHOWN) + " more (qforge data list)");
            RunOutput run = RunOutput.create(outRoot, "data", Instant.now(), "demo"); // the run id only names the folder
            Path page = report(access, stored, run);
            out.println();
            out.println("data report: " + page.toAbsolutePath());
            out.println();
            failed |= !DemoBacktests.run(access.database(), outRoot, out, spec.commandLine().getErr());
            return failed ? 1 : 0;
        }
    }

    /**
     * Stores one bundled set under source {@code bundled:<name>}, unless the database already holds the same
     * symbol and timeframe from another source (say the full AAPL history): the demo never overwrites a user's data.
     */
    private static boolean importBundled(StoreAccess access, String name, PrintWriter out) {
        String source = "bundled:" + name;
        try {
            ValidationResult v = MarketData.load(name, null, Policy.REJECT);
            BarSeries s = v.series();
            var existing = stored(access, s);
            if (existing.isPresent() && !source.equals(existing.get().source())) {
                out.printf("  %-18s kept the stored %s %s from %s%n", name, s.symbol(), s.timeframe(), existing.get().source());
                return true;
            }
            SaveResult r = access.store().save(s, SourceInfo.of(source, Policy.REJECT, v));
            out.printf("  %-18s %s %s %s, %d bars, %d warnings%n", name, r.status().name().toLowerCase(java.util.Locale.ROOT),
                    s.symbol(), s.timeframe(), s.size(), v.problems().size());
            return true;
        } catch (RuntimeException e) {
            out.printf("  %-18s failed: %s%n", name, e.getMessage());
            return false;
        }
    }

    private static java.util.Optional<SeriesInfo> stored(StoreAccess access, BarSeries s) {
        try {
            return access.store().info(s.symbol(), s.timeframe());
        } catch (dev.qforge.data.store.UnknownSymbolException e) {
            return java.util.Optional.empty();
        }
    }

    private static Path report(StoreAccess access, List<SeriesInfo> stored, RunOutput run) {
        HtmlPage page = new HtmlPage("qforge data report");
        page.paragraph("Database: " + access.database().url() + ". Times are bar close times.");
        List<List<String>> rows = new ArrayList<>();
        TextTable t = DataListCommand.table(stored);
        rows.addAll(t.rows());
        page.table(t.header(), rows);
        for (SeriesInfo info : stored.size() > SHOWN ? stored.subList(0, SHOWN) : stored) {
            BarSeries s = access.load(info, null, null);
            if (s.isEmpty()) continue;
            String png = "close-" + info.symbol().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + info.timeframe().label() + ".png";
            Charts.writePng(Charts.closeChart(s), run.file(png), 900, 360);
            ZoneId zone = access.store().instrument(info.symbol()).exchangeZone();
            page.heading(info.symbol() + " " + info.timeframe() + " (" + s.size() + " bars, source " + info.source() + ")");
            page.image(png, info.symbol() + " close");
            List<List<String>> bars = new ArrayList<>();
            for (int i : new int[] {0, 1, 2, s.size() - 3, s.size() - 2, s.size() - 1}) {
                if (i < 0 || i >= s.size()) continue;
                bars.add(List.of(Times.show(s.time(i), zone), DataShowCommand.num(s.open(i)), DataShowCommand.num(s.high(i)),
                        DataShowCommand.num(s.low(i)), DataShowCommand.num(s.close(i)), DataShowCommand.num(s.volume(i))));
            }
            page.table(List.of("close time (" + zone + ")", "open", "high", "low", "close", "volume"), bars);
        }
        return page.write(run.file("report.html"));
    }
}
