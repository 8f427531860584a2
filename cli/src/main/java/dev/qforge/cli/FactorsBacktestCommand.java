package dev.qforge.cli;

import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.portfolio.FactorBacktest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code qforge factors backtest}: TopK-Dropout on the factor with Qlib's costs, and the eight numbers R&D-Agent(Q) compares. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Portfolio check of a factor: TopK-Dropout on its score through the backtester with Qlib's costs "
                + "(5/15 bps, min 5), reporting IC, ICIR, Rank IC, Rank ICIR, ARR, IR and MDD, summed (Qlib) and compounded.")
final class FactorsBacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--expr", required = true, paramLabel = "EXPR", description = "Qlib expression; higher values are bought.")
    String expr;

    @Mixin
    FactorDataOptions dataOptions;

    @Option(names = "--topk", defaultValue = "50", paramLabel = "K", description = "Names held (default ${DEFAULT-VALUE}).")
    int topk;

    @Option(names = "--ndrop", defaultValue = "5", paramLabel = "N", description = "Names replaced per day at most (default ${DEFAULT-VALUE}).")
    int ndrop;

    @Option(names = "--cash", defaultValue = "100000000", paramLabel = "AMOUNT", description = "Initial cash (default ${DEFAULT-VALUE}, Qlib's default account).")
    double cash;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Expression e = Expression.parse(expr);
        if (topk < 1 || ndrop < 0) throw new IllegalArgumentException("need --topk >= 1 and --ndrop >= 0, got " + topk + " and " + ndrop);
        FactorDataOptions.Loaded d = dataOptions.loadFor(e, err, json);
        FactorMatrix score = d.compute(e);
        FactorMatrix label = d.compute(Alpha158.label());
        if (!json) err.println("backtesting TopK-Dropout (topk " + topk + ", ndrop " + ndrop + ") ...");
        FactorBacktest.Result r = FactorBacktest.run(score, label, d.universe().series(), d.fromTime(), d.toTime(),
                new FactorBacktest.Options(topk, ndrop, cash, 0.95));
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("expression", e.text());
            m.put("topk", topk);
            m.put("ndrop", ndrop);
            m.putAll(r.toMap());
            Json.print(out, m);
            return 0;
        }
        ZoneId zone = d.universe().series().get(0).instrument().exchangeZone();
        out.printf(Locale.ROOT, "factor %s, TopK-Dropout topk %d ndrop %d, %s .. %s, %d instruments%n", e.text(), topk, ndrop,
                Times.show(d.fromTime(), zone), Times.show(d.toTime(), zone), score.cols());
        TextTable t = new TextTable("metric", "value");
        t.row("IC", FactorsEvalCommand.f4(r.ic().mean()));
        t.row("ICIR", FactorsEvalCommand.f4(r.ic().icir()));
        t.row("Rank IC", FactorsEvalCommand.f4(r.rankIc().mean()));
        t.row("Rank ICIR", FactorsEvalCommand.f4(r.rankIc().icir()));
        t.row("ARR (summed, x238)", FactorsEvalCommand.pct(r.summed().annualizedReturn()));
        t.row("IR (summed)", FactorsEvalCommand.f3(r.summed().informationRatio()));
        t.row("MDD (summed)", FactorsEvalCommand.pct(r.summed().maxDrawdown()));
        t.row("ARR (compounded, 252)", FactorsEvalCommand.pct(r.compoundedArr()));
        t.row("IR (compounded)", FactorsEvalCommand.f3(r.compoundedIr()));
        t.row("MDD (compounded)", FactorsEvalCommand.pct(r.compoundedMdd()));
        t.row("fees", String.format(Locale.ROOT, "%,.0f", r.run().fees()));
        t.row("fills", r.run().fills().size());
        t.print(out);
        out.println("IC against Qlib's label Ref($close,-2)/Ref($close,-1)-1; returns are excess over the equal-weighted universe, after costs.");
        return 0;
    }
}
