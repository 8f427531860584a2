package dev.qforge.bench;

import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.store.Database;
import dev.qforge.paper.PaperDatabase;
import dev.qforge.paper.StoreKind;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.Pacing;
import dev.qforge.paper.exchange.PaperExchange;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Load test of the FIX paper exchange on loopback ({@code qforge bench paper}): for each QuickFIX/J message store
 * (memory, file, H2 JDBC), in one run and one JVM, a fresh exchange and load client exchange market orders that
 * fill at once (fill timing: signal close, on a replay paused at its first bar). Two phases per store:
 * <b>throughput</b>, {@code --orders} orders with up to {@code --window} in flight (orders/s sustained, and the round
 * trips under that load); <b>latency</b>, {@code --pings} orders one at a time (round trip from just before the send
 * to the fill's execution report in the client, p50/p99/p99.9 with HdrHistogram). A warm-up of {@code --warmup}
 * orders precedes both, and one whole unreported round with the first store precedes the first store's. The
 * persistent stores are then stated relative to the memory store measured in the same run.
 * The exchange's own journal (restart state) is off: this measures the FIX engine and the exchange's message store;
 * the load client keeps its messages in memory only (the stores cost as much in a client; here only the exchange is measured).
 */
@Command(name = "paper", mixinStandardHelpOptions = true,
        description = "Orders/s and order-to-fill round trip of the FIX paper exchange with the memory, file and H2 JDBC stores.")
public final class PaperBench implements Callable<Integer> {

    @Option(names = "--orders", defaultValue = "100000", description = "Orders in the throughput phase (default ${DEFAULT-VALUE}).") int orders;
    @Option(names = "--window", defaultValue = "500", description = "Orders in flight in the throughput phase (default ${DEFAULT-VALUE}).") int window;
    @Option(names = "--pings", defaultValue = "20000", description = "Orders sent one at a time in the latency phase (default ${DEFAULT-VALUE}).") int pings;
    @Option(names = "--warmup", defaultValue = "20000", description = "Warm-up orders per store (default ${DEFAULT-VALUE}).") int warmup;
    @Option(names = "--stores", defaultValue = "memory,file,jdbc", split = ",", description = "Stores to measure (default ${DEFAULT-VALUE}).") List<String> stores;
    @Option(names = "--no-validate", description = "The exchange skips the data-dictionary check of incoming messages (paper exchange --no-validate).")
    boolean noValidate;

    record Row(StoreKind store, double ordersPerSecond, double cpuMicrosPerOrder, Histogram loaded, Histogram single) {
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        List<Row> rows = new ArrayList<>();
        List<StoreKind> kinds = stores.stream().map(StoreKind::parse).toList();
        // a whole round, not reported, before the first measured one: without it the first store measured ran on
        // less compiled code than the next (the file store came out faster than the memory store measured first)
        measure(kinds.get(0), new PrintStream(java.io.OutputStream.nullOutputStream()));
        for (String s : stores) {
            StoreKind kind = StoreKind.parse(s);
            rows.add(measure(kind, out));
        }
        out.println();
        out.printf(Locale.ROOT, "%-7s %12s %12s %10s %10s %10s %10s %10s %10s%n", "store", "orders/s", "cpu us/order", "load p50", "load p99",
                "p50 us", "p99 us", "p99.9 us", "max us");
        Row base = rows.stream().filter(r -> r.store() == StoreKind.MEMORY).findFirst().orElse(rows.get(0));
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-7s %12.0f %12.1f %10.0f %10.0f %10.1f %10.1f %10.1f %10.1f%n", r.store().name().toLowerCase(Locale.ROOT),
                    r.ordersPerSecond(), r.cpuMicrosPerOrder(), us(r.loaded(), 50), us(r.loaded(), 99), us(r.single(), 50), us(r.single(), 99), us(r.single(), 99.9),
                    r.single().getMaxValue() / 1e3);
        }
        out.println();
        for (Row r : rows) {
            if (r == base) continue;
            out.printf(Locale.ROOT, "%s store vs %s: throughput x%.2f, CPU per order x%.2f, p50 x%.2f, p99 x%.2f, p99.9 x%.2f%n", r.store().name().toLowerCase(Locale.ROOT),
                    base.store().name().toLowerCase(Locale.ROOT), r.ordersPerSecond() / base.ordersPerSecond(),
                    r.cpuMicrosPerOrder() / base.cpuMicrosPerOrder(), us(r.single(), 50) / us(base.single(), 50), us(r.single(), 99) / us(base.single(), 99),
                    us(r.single(), 99.9) / us(base.single(), 99.9));
        }
        out.println("(exchange " + (noValidate ? "skips" : "runs") + " the data-dictionary check of incoming messages;");
        out.println(" load p50/p99: round trip in microseconds with " + window + " orders in flight; p50..max: one order at a time;");
        out.println(" cpu us/order: CPU time of the whole process during the throughput phase, exchange and load client together)");
        return 0;
    }

    private Row measure(StoreKind kind, PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("qforge-paper-bench-" + kind.name().toLowerCase(Locale.ROOT));
        try {
            return measure(kind, dir, out);
        } finally {
            deleteTree(dir);
        }
    }

    private Row measure(StoreKind kind, Path dir, PrintStream out) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        long total = (long) warmup * 2 + orders + pings;
        try (Database d = Database.openUrl(url); PaperDatabase db = PaperDatabase.of(d)) {
            ExecutionModel model = ExecutionModel.defaults().withTiming(FillTiming.SIGNAL_CLOSE);
            ExchangeConfig cfg = ExchangeConfig.defaults(dir.resolve("exchange")).withAccount(1e12, model, AccountRules.defaults())
                    .withPacing(Pacing.lockStepMode()).withStore(kind, false).withIncomingValidation(!noValidate);
            try (PaperExchange ex = new PaperExchange(cfg, new BarTape(List.of(tape())), db)) {
                ex.start();
                // the load client keeps nothing (memory store, messages not persisted): what a row measures is the
                // exchange's store, not the generator's
                quickfix.SessionSettings s = PaperLoadClient.settings(ex.port(), dir.resolve("client"));
                PaperLoadClient c = new PaperLoadClient(StoreKind.MEMORY.factory(s, null), s);
                try {
                    c.start();
                    int offset = 0;
                    c.offset(offset);
                    c.run(warmup, window, offset, ns -> { });
                    offset += warmup;
                    Histogram loaded = new Histogram(3_600_000_000L, 3);
                    c.offset(offset);
                    long cpu0 = processCpuNanos();
                    long nanos = c.run(orders, window, offset, loaded::recordValue);
                    double cpuPerOrder = (processCpuNanos() - cpu0) / 1e3 / orders;
                    offset += orders;
                    c.offset(offset);
                    c.run(warmup, 1, offset, ns -> { });
                    offset += warmup;
                    Histogram single = new Histogram(3_600_000_000L, 3);
                    c.offset(offset);
                    c.run(pings, 1, offset, single::recordValue);
                    double rate = orders / (nanos / 1e9);
                    out.printf(Locale.ROOT, "%s store: %d orders in %.2f s = %.0f orders/s, %.1f us of CPU per order (both sides); "
                                    + "one at a time p50 %.1f us, p99 %.1f us (%d orders in all)%n",
                            kind.name().toLowerCase(Locale.ROOT), orders, nanos / 1e9, rate, cpuPerOrder, us(single, 50), us(single, 99), total);
                    return new Row(kind, rate, cpuPerOrder, loaded, single);
                } finally {
                    c.stop();
                }
            }
        }
    }

    /** The run's stores and database are scratch: nothing is left in the temp folder. */
    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * CPU time of the whole process (exchange, load client, MINA and GC threads): orders/s depend on what else the
     * machine runs, the CPU spent per order much less, so it is the figure to compare across runs on a busy box.
     */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double us(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e3;
    }

    /** Two daily bars: the exchange publishes the first and, in lock-step without acknowledgements, stays there. */
    private static BarSeries tape() {
        return BarSeries.of(Instrument.usEquity("BENCH"), Timeframe.D1, new long[] {1704229200000L, 1704315600000L},
                new double[] {100, 101}, new double[] {101, 102}, new double[] {99, 100}, new double[] {100.5, 101.5}, new double[] {1e12, 1e12});
    }
}
