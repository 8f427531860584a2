package dev.qforge.cli;

import dev.qforge.data.BarSeries;
import dev.qforge.factors.analysis.Sectors;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.io.FactorCache;
import dev.qforge.factors.io.UniverseLoader;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * The data options of {@code qforge factors} commands. Factors are computed on the whole history given
 * (so rolling windows are warm at {@code --from}); {@code --from}/{@code --to} choose the rows that are
 * scored. A data folder's {@code constituents.csv} supplies sector labels unless {@code --sectors} names a file.
 */
final class FactorDataOptions {

    @Option(names = "--data", required = true, split = ",", paramLabel = "PATH",
            description = "A folder of bar files (e.g. ../shared/data/sp500-daily), files, bundled sets or stored symbols.")
    List<String> data;

    @Option(names = "--from", paramLabel = "D", description = "First date scored (exchange zone) or ISO instant.")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "Last date scored (inclusive).")
    String to;

    @Option(names = "--policy", defaultValue = "drop", paramLabel = "reject|drop|repair",
            description = "Data validation policy (default ${DEFAULT-VALUE}: rows with errors are dropped and reported).")
    String policy;

    @Option(names = "--sectors", paramLabel = "FILE", description = "Sector labels (Symbol,...,Sector CSV); default: constituents.csv of the data folder.")
    Path sectors;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--cache", defaultValue = "qforge-out/factor-cache", paramLabel = "DIR",
            description = "Arrow cache of computed factors, keyed by expression and data fingerprint (default ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--no-cache", description = "Compute every factor afresh and write no cache files.")
    boolean noCache;

    /** Instruments per block of the factor engine. */
    static final int BLOCK = 32;

    /** Fewest instruments with a value on a day for that day's IC to count (fewer: the day is skipped). */
    static final int MIN_IC_PAIRS = 10;

    /** Says why every daily IC will be NaN when the universe has fewer instruments than an IC needs. */
    private static void warnIfTooFewForIc(Loaded d, PrintWriter err) {
        int n = d.universe().panel().instrumentCount();
        if (n < MIN_IC_PAIRS) {
            err.println("warning: " + n + " instruments; a daily IC needs at least " + MIN_IC_PAIRS
                    + " instruments with values, so ICs, rank autocorrelation and sector-neutral ICs will be NaN");
        }
    }

    /**
     * Flags a factor that reads rows after the one it scores (Ref with a negative offset): right for a label,
     * a leak in a factor, whose IC and backtest would then be too good to be true.
     */
    private static void warnIfLookAhead(dev.qforge.factors.expr.Expression e, PrintWriter err) {
        int ahead = e.extent()[1];
        if (ahead > 0) {
            err.println("warning: " + e.text() + " looks " + ahead + " row" + (ahead == 1 ? "" : "s")
                    + " ahead (Ref with a negative offset reads future bars): its IC and returns are not achievable");
        }
    }

    /** Everything a factors command needs about its data. */
    record Loaded(UniverseLoader.Universe universe, FactorEngine engine, Sectors sectors, int rowFrom, int rowTo, long fromTime,
                  long toTime, FactorCache cache) {

        int[] sectorColumns() {
            return sectors == null ? null : sectors.columns(universe.panel().symbols());
        }

        /** The factor's values, from the Arrow cache when there is one. */
        FactorMatrix compute(dev.qforge.factors.expr.Expression e) {
            return cache == null ? engine.evaluate(e) : cache.get(e, universe.fingerprint(), engine);
        }
    }

    /**
     * Loads the data for a factor command on {@code e}: warns when ICs cannot be computed or the factor looks
     * ahead, and checks that the data have every field the expression reads.
     */
    Loaded loadFor(dev.qforge.factors.expr.Expression e, PrintWriter err, boolean quiet) {
        Loaded d = load(err, quiet);
        warnIfTooFewForIc(d, err);
        warnIfLookAhead(e, err);
        e.checkFields(d.engine().data().fieldNames());
        return d;
    }

    Loaded load(PrintWriter err, boolean quiet) {
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        // checked before the (possibly long) load; the reader's own message would only name the path
        if (sectors != null && !Files.isRegularFile(sectors)) throw new IllegalArgumentException("--sectors " + sectors + ": no such file");
        UniverseLoader.Universe u;
        Sectors sec = null;
        if (!quiet) err.println("loading " + String.join(", ", data) + " ...");
        if (data.size() == 1 && Files.isDirectory(Path.of(data.get(0)))) {
            Path dir = Path.of(data.get(0));
            u = UniverseLoader.load(dir, BacktestData.policy(policy), m -> err.println("warning: " + m));
            sec = Sectors.find(dir);
        } else {
            List<BarSeries> s = BacktestData.load(data, null, null, null, BacktestData.policy(policy), err).series();
            u = UniverseLoader.of(s);
        }
        if (sectors != null) sec = Sectors.read(sectors);
        var panel = u.panel();
        ZoneId zone = u.series().get(0).instrument().exchangeZone();
        Long a = Times.parseStart(from, zone), b = Times.parseEnd(to, zone);
        if (a != null && b != null && a > b) throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        long[] t = panel.times();
        int r0 = 0, r1 = t.length;
        if (a != null) while (r0 < t.length && t[r0] < a) r0++;
        if (b != null) while (r1 > r0 && t[r1 - 1] > b) r1--;
        if (r1 <= r0) {
            throw new IllegalArgumentException("no bars between " + (from == null ? "the start" : from) + " and " + (to == null ? "the end" : to)
                    + "; the data cover " + Times.show(t[0], zone) + " to " + Times.show(t[t.length - 1], zone));
        }
        FactorData fd = new FactorData(panel);
        if (!quiet) {
            err.println("loaded " + panel.instrumentCount() + " instruments x " + panel.timeCount() + " bars" + (sec == null ? "" : ", sectors from "
                    + (sectors != null ? sectors : Sectors.FILE)) + (fd.vwapDerived() ? "; $vwap is (high+low+close)/3 (the data have no vwap)" : ""));
        }
        return new Loaded(u, new FactorEngine(fd, threads, BLOCK), sec, r0, r1, t[r0], t[r1 - 1], noCache ? null : new FactorCache(cache));
    }
}
