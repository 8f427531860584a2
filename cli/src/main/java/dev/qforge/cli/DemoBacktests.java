package dev.qforge.cli;

import dev.qforge.backtest.run.RunSpec;
import dev.qforge.data.validate.Policy;
import dev.qforge.backtest.run.RunStore;
import dev.qforge.data.store.Database;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backtests of {@code qforge demo}: built-in strategies on the bundled AAPL daily bars and BTC minute
 * bars, with a 5 bps commission and 2 bps slippage, fills at the next bar's open. Each run is recorded
 * and gets a report; the table compares them.
 */
final class DemoBacktests {

    private record Case(String data, String strategy, String... params) {
    }

    private static final List<Case> CASES = List.of(
            new Case("aapl-2013-daily", "buy-and-hold"),
            new Case("aapl-2013-daily", "sma-cross", "fast=10", "slow=30"),
            new Case("aapl-2013-daily", "ema-cross", "fast=12", "slow=26"),
            new Case("aapl-2013-daily", "rsi-reversion"),
            new Case("aapl-2013-daily", "macd"),
            new Case("aapl-2013-daily", "bollinger", "mode=reversion"),
            new Case("btc-bitstamp-2013", "buy-and-hold"),
            new Case("btc-bitstamp-2013", "sma-cross", "fast=30", "slow=120"),
            new Case("btc-bitstamp-2013", "dual-thrust", "n=2"));

    private DemoBacktests() {
    }

    static boolean run(Database db, Path outRoot, PrintWriter out, PrintWriter err) {
        out.println("Backtests on the bundled data (next-open fills, commission 5 bps, slippage 2 bps, 100,000 cash):");
        RunStore store = new RunStore(db);
        TextTable t = new TextTable("run", "data", "strategy", "closed trades", "total return", "CAGR", "Sharpe", "max DD", "fees");
        List<String> reports = new ArrayList<>();
        boolean ok = true;
        Map<String, BacktestData.Loaded> loaded = new LinkedHashMap<>();
        for (Case c : CASES) {
            try {
                BacktestData.Loaded data = loaded.computeIfAbsent(c.data(), d -> BacktestData.load(List.of(d), null, null, null, Policy.REJECT, err));
                Map<String, String> params = new LinkedHashMap<>();
                for (String p : c.params()) params.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
                RunSpec spec = new RunSpec(c.strategy(), null, null, params, List.of(c.data()), null, null, null, "open", "directional",
                        "bps:2", "bps:5", 0, 100_000, 1, true, 0, null, 0, 0, false, 0, "none", "reject");
                BacktestJob.Outcome o = BacktestJob.run(spec, data, store, outRoot, true, "demo", err);
                Map<String, Object> m = o.record().metrics();
                t.row(o.record().id(), c.data(), o.record().strategy(), MetricsView.format(m.get("trades"), MetricsView.Kind.COUNT),
                        MetricsView.format(m.get("totalReturn"), MetricsView.Kind.PERCENT), MetricsView.format(m.get("cagr"), MetricsView.Kind.PERCENT),
                        MetricsView.format(m.get("sharpe"), MetricsView.Kind.RATIO), MetricsView.format(m.get("maxDrawdown"), MetricsView.Kind.PERCENT),
                        MetricsView.format(m.get("fees"), MetricsView.Kind.MONEY));
                reports.add("  run " + o.record().id() + ": " + o.report().toAbsolutePath());
            } catch (RuntimeException e) {
                ok = false;
                err.println("demo backtest " + c.strategy() + " on " + c.data() + " failed: " + e.getMessage());
            }
        }
        t.print(out);
        out.println();
        out.println("Reports:");
        reports.forEach(out::println);
        out.println("Compare runs with 'qforge runs compare ID ID', replay one with 'qforge runs replay ID'.");
        return ok;
    }
}
