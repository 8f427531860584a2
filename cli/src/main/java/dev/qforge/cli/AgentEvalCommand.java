package dev.qforge.cli;

import dev.qforge.agents.qtnet.EvalWindow;
import dev.qforge.agents.qtnet.ModelStore;
import dev.qforge.agents.qtnet.QtNetAblation;
import dev.qforge.agents.qtnet.QtNetEvaluation;
import dev.qforge.agents.qtnet.StoredModel;
import dev.qforge.agents.qtnet.AblationRow;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Fingerprint;
import dev.qforge.data.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code qforge agent eval MODEL_ID}: backtests a trained policy next to buy-and-hold and Dual Thrust. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Backtest a trained model on a test period (fills at the signal close with the training costs), next to buy-and-hold and Dual Thrust.")
final class AgentEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL_ID")
    String modelId;

    @Option(names = "--from", paramLabel = "DATE", description = "Start of the test period (default: the end of training).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "End of the test period, inclusive (default: the data's end).")
    String to;

    @Option(names = "--data", paramLabel = "REF", description = "Data to evaluate on (default: the data the model was trained on; same instrument).")
    String data;

    @Option(names = "--policy", defaultValue = "repair", description = "Bad data policy (default ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--warmup-sessions", paramLabel = "N", description = "Sessions before the test period shown to every strategy as history only, no trading, no metrics (default: Dual Thrust's n).")
    Integer warmupSessions;

    @Option(names = "--json", description = "Print the metrics as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = Database.open(CliGlobals.db())) {
            ModelStore store = new ModelStore(db, Path.of("."), Clock.systemUTC());
            StoredModel m = store.find(modelId).orElseThrow(() -> new IllegalArgumentException("no QTNet model '" + modelId + "' (see qforge agent list)"));
            String ref = data != null ? data : m.dataSource();
            BarSeries s = AgentOptions.loadOne(ref, policy, err);
            if (!s.symbol().equals(m.symbol())) throw new IllegalArgumentException("model " + m.id() + " trades " + m.symbol() + ", " + ref + " holds " + s.symbol());
            if (data == null && !Fingerprint.of(s).equals(m.dataFingerprint())) {
                err.println("warning: " + ref + " changed since model " + m.id() + " was trained (fingerprint differs)");
            }
            var zone = s.instrument().exchangeZone();
            long testFrom = from != null ? Times.parseStart(from, zone) : m.trainUntil();
            long testTo = to != null ? Times.parseEnd(to, zone) : s.lastTime();
            var env = m.config().env();
            EvalWindow w = EvalWindow.of(s, testFrom, testTo, warmupSessions != null ? warmupSessions : env.dtSessions());
            BarSeries test = w.test();
            List<AblationRow> rows = new ArrayList<>();
            rows.add(row("buy-and-hold", QtNetEvaluation.buyAndHold(w, env)));
            rows.add(row("dual-thrust", QtNetEvaluation.dualThrust(w, env)));
            rows.add(row(m.id(), QtNetEvaluation.policy(store.loadAgent(m), s, w, env)));
            if (json) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("model", m.id());
                r.put("testFrom", java.time.Instant.ofEpochMilli(test.firstTime()).toString());
                r.put("testTo", java.time.Instant.ofEpochMilli(test.lastTime()).toString());
                r.put("warmupSessions", w.warmupSessions());
                List<Map<String, Object>> l = new ArrayList<>();
                for (AblationRow a : rows) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("strategy", a.strategy());
                    x.put("totalReturn", fin(a.meanReturn()));
                    x.put("sharpe", fin(a.meanSharpe()));
                    x.put("volatility", fin(a.meanVolatility()));
                    x.put("maxDrawdown", fin(a.meanMaxDrawdown()));
                    x.put("trades", a.meanTrades());
                    l.add(x);
                }
                r.put("rows", l);
                Json.print(out, r);
                return 0;
            }
            out.println(m.id() + " (" + m.variant().label() + ", seed " + m.seed() + ") on " + s.symbol() + " from "
                    + Times.show(test.firstTime(), zone) + " to " + Times.show(test.lastTime(), zone) + ", " + test.size() + " bars, after " + w.warmupSessions() + " warm-up sessions");
            TextTable t = new TextTable(QtNetAblation.HEADER.toArray(String[]::new));
            for (List<String> c : QtNetAblation.cells(rows)) t.row(c.toArray(String[]::new));
            t.print(out);
        }
        return 0;
    }

    private static Object fin(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static AblationRow row(String name, dev.qforge.backtest.BacktestResult r) {
        var pm = QtNetEvaluation.metrics(r);
        return AblationRow.of(name, List.of(new AblationRow.Run(pm.totalReturn(), pm.sharpe(), pm.annualVolatility(), pm.maxDrawdown(), pm.trades())));
    }
}
