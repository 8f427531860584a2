package dev.qforge.cli;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Fingerprint;
import dev.qforge.data.MarketData;
import dev.qforge.data.store.SeriesInfo;
import dev.qforge.data.store.UnknownSymbolException;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.Problem;
import dev.qforge.data.validate.ProblemKind;
import dev.qforge.data.validate.ValidationResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Resolves the {@code --data} references of backtest commands, in this order: an existing file or folder
 * (every market-data file in it), a bundled data set name, a symbol in the database. Data are validated
 * (errors reject a file, naming file, line and column; in a folder, a rejected file is skipped with a
 * warning); gaps inside trading hours are reported as warnings, not silently bridged.
 */
final class BacktestData {

    /** The series to backtest and each one's fingerprint, by symbol. */
    record Loaded(List<BarSeries> series, Map<String, String> fingerprints) {
    }

    private BacktestData() {
    }

    /** The data of a run spec: its references, timeframe, window and policy. */
    static Loaded load(dev.qforge.backtest.run.RunSpec spec, PrintWriter err) {
        return load(spec.data(), spec.timeframe(), spec.from(), spec.to(), policy(spec.policy()), err);
    }

    static Policy policy(String name) {
        try {
            return Policy.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown data policy '" + name + "': use reject, drop or repair");
        }
    }

    static Loaded load(List<String> refs, String timeframe, String from, String to, Policy policy, PrintWriter err) {
        if (refs == null || refs.isEmpty()) throw new IllegalArgumentException("no data: give --data FILE, FOLDER, BUNDLED_NAME or SYMBOL");
        List<BarSeries> out = new ArrayList<>();
        StoreAccess[] access = new StoreAccess[1];
        try {
            for (String ref : refs) {
                for (BarSeries s : resolve(ref, timeframe, policy, err, access)) out.add(window(s, from, to, ref));
            }
        } finally {
            if (access[0] != null) access[0].close();
        }
        Map<String, String> fp = new LinkedHashMap<>();
        for (BarSeries s : out) {
            if (fp.put(s.symbol(), Fingerprint.of(s)) != null) {
                throw new IllegalArgumentException("symbol " + s.symbol() + " is given twice in --data");
            }
        }
        return new Loaded(out, fp);
    }

    private static List<BarSeries> resolve(String ref, String timeframe, Policy policy, PrintWriter err, StoreAccess[] access) {
        Path p = Path.of(ref);
        if (Files.isDirectory(p)) return folder(p, policy, err);
        if (Files.isRegularFile(p) || MarketData.bundledNames().contains(ref)) {
            return List.of(checked(MarketData.load(ref, null, policy), ref, err));
        }
        if (access[0] == null) access[0] = StoreAccess.open();
        SeriesInfo info;
        try {
            info = access[0].find(ref, timeframe);
        } catch (UnknownSymbolException e) {
            throw new IllegalArgumentException("no file, bundled data set or stored symbol named '" + ref + "'"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + "; bundled: " + MarketData.bundledNames()
                    + "; 'qforge data list' shows the stored symbols");
        }
        return List.of(access[0].load(info, null, null));
    }

    private static List<BarSeries> folder(Path dir, Policy policy, PrintWriter err) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        List<BarSeries> out = new ArrayList<>();
        List<String> other = new ArrayList<>();
        int skipped = 0;
        for (Path f : files) {
            try {
                out.add(checked(MarketData.load(f, null, policy), f.toString(), err));
            } catch (dev.qforge.data.load.NotMarketDataException e) {
                other.add(f.getFileName().toString()); // licences, lists of names: not an error in a data folder
            } catch (RuntimeException e) {
                skipped++;
                err.println("warning: skipped " + f + ": " + firstLine(e.getMessage()));
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no readable market data in folder " + dir);
        if (!other.isEmpty()) err.println("note: " + dir + ": " + Strings.names(other, 5) + " " + (other.size() == 1 ? "is" : "are") + " not market data, left out");
        if (skipped > 0) err.println("warning: " + skipped + " of " + files.size() + " files in " + dir + " were rejected");
        return out;
    }

    private static BarSeries checked(ValidationResult v, String ref, PrintWriter err) {
        long gaps = v.count(ProblemKind.GAP);
        if (gaps > 0) {
            Problem first = v.problems().stream().filter(p -> p.kind() == ProblemKind.GAP).findFirst().orElseThrow();
            err.println("warning: " + v.series().symbol() + " (" + ref + ") has " + gaps + " gap" + (gaps > 1 ? "s" : "")
                    + " in trading hours, first: " + first.message() + "; the backtest steps over them (no bars are invented)");
        }
        return v.series();
    }

    private static BarSeries window(BarSeries s, String from, String to, String ref) {
        if (from == null && to == null) return s;
        var zone = s.instrument().exchangeZone();
        Long a = Times.parseStart(from, zone);
        Long b = Times.parseEnd(to, zone);
        BarSeries w = s.between(a == null ? Long.MIN_VALUE : a, b == null ? Long.MAX_VALUE : b);
        if (w.isEmpty()) {
            throw new IllegalArgumentException(s.symbol() + " (" + ref + ") has no bars between " + (from == null ? "the start" : from)
                    + " and " + (to == null ? "the end" : to) + "; it covers " + Times.show(s.firstTime(), zone) + " to "
                    + Times.show(s.lastTime(), zone));
        }
        return w;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
