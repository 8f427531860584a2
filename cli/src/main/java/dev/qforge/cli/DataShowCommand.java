package dev.qforge.cli;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Bar;
import dev.qforge.data.store.SeriesInfo;
import dev.qforge.report.Charts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qforge data show SYMBOL}: bars of a stored series, times in the exchange zone. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the bars of a stored series.")
final class DataShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYMBOL")
    String symbol;

    @Option(names = "--timeframe", paramLabel = "T", description = "Needed when the symbol is stored in several timeframes.")
    String timeframe;

    @Option(names = "--from", paramLabel = "D", description = "First date (exchange zone) or ISO instant.")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "Last date (inclusive) or ISO instant.")
    String to;

    @Option(names = "--tail", paramLabel = "N", description = "Only the last N bars.")
    Integer tail;

    @Option(names = "--head", paramLabel = "N", defaultValue = "20", description = "Only the first N bars when no --tail (default ${DEFAULT-VALUE}; 0 for all).")
    int head;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also write a close-price chart.")
    Path chart;

    @Option(names = "--json", description = "Print the bars as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (StoreAccess access = StoreAccess.open()) {
            SeriesInfo info = access.find(symbol, timeframe);
            ZoneId zone = access.store().instrument(info.symbol()).exchangeZone();
            BarSeries s = access.load(info, Times.parseStart(from, zone), Times.parseEnd(to, zone));
            BarSeries shown = tail != null ? s.slice(Math.max(0, s.size() - tail), s.size())
                    : head > 0 ? s.slice(0, Math.min(head, s.size())) : s;
            if (chart != null) Charts.writePng(Charts.closeChart(s), chart, 1000, 500);
            if (json) {
                List<Map<String, Object>> bars = new ArrayList<>();
                for (int i = 0; i < shown.size(); i++) {
                    Bar b = shown.bar(i);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("time", b.closeTime().toString());
                    m.put("open", b.open());
                    m.put("high", b.high());
                    m.put("low", b.low());
                    m.put("close", b.close());
                    m.put("volume", b.volume());
                    bars.add(m);
                }
                Json.print(out, Map.of("symbol", info.symbol(), "timeframe", info.timeframe().label(), "bars", bars));
                return 0;
            }
            out.printf("%s %s: %d bars in range, showing %d (times are bar closes, %s)%n", info.symbol(), info.timeframe(), s.size(),
                    shown.size(), zone);
            TextTable t = new TextTable("close time", "open", "high", "low", "close", "volume");
            for (int i = 0; i < shown.size(); i++) {
                t.row(Times.show(shown.time(i), zone), num(shown.open(i)), num(shown.high(i)), num(shown.low(i)), num(shown.close(i)),
                        num(shown.volume(i)));
            }
            t.print(out);
            if (chart != null) out.println("chart: " + chart.toAbsolutePath());
            return 0;
        }
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
