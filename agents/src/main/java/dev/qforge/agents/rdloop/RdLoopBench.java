package dev.qforge.agents.rdloop;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The offline research agent's search against its peer, uniform random search over the same grammar, at the same
 * budget of scored expressions and on the same validation rows: the best |IC| each finds, how many expressions each
 * scored before first reaching 80% of the best |IC| either found, and the expressions scored per second. Repeated
 * over seeds; prints one line per seed and the mean ratios (MCTS / random).
 */
public final class RdLoopBench {

    /** One seed's comparison. */
    public record Row(long seed, double mctsBest, double randomBest, int mctsToTarget, int randomToTarget, double mctsPerSecond,
                      double randomPerSecond) {
    }

    private RdLoopBench() {
    }

    public static List<Row> run(ResearchData data, int budget, int maxTokens, int seeds, PrintWriter out) {
        ExpressionGrammar g = ExpressionGrammar.standard(data.fieldNames(), maxTokens);
        List<Row> rows = new ArrayList<>();
        out.printf(Locale.ROOT, "search budget %d distinct expressions scored on %d validation days x %d instruments, grammar of %d symbols, up to %d%n",
                budget, data.rows().validTo() - data.rows().validFrom(), data.panel().instrumentCount(), g.symbols().size(), maxTokens);
        out.println("seed  MCTS best |IC|  random best |IC|  MCTS evals to 80%  random evals to 80%  MCTS expr/s  random expr/s");
        for (long seed = 1; seed <= seeds; seed++) {
            SearchScorer mctsScorer = new SearchScorer(data, 250);
            List<Double> mctsTrace = new ArrayList<>();
            long t0 = System.nanoTime();
            new MctsFactorSearch(g, 0.05, 0.5).search(budget * 4, new java.util.function.ToDoubleFunction<>() {
                @Override
                public double applyAsDouble(String t) {
                    if (mctsTrace.size() >= budget) return 0; // budget spent: later simulations score nothing new
                    double ic = mctsScorer.ic(t);
                    mctsTrace.add(Double.isFinite(ic) ? Math.abs(ic) : 0);
                    return ic;
                }
            }, new SplittableRandom(seed));
            double mctsSec = (System.nanoTime() - t0) / 1e9;

            SearchScorer randomScorer = new SearchScorer(data, 250);
            List<Double> randomTrace = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            SplittableRandom rng = new SplittableRandom(seed);
            t0 = System.nanoTime();
            for (int tries = 0; randomTrace.size() < budget && tries < budget * 50; tries++) {
                String t = g.render(g.complete(List.of(), rng));
                if (!seen.add(t)) continue;
                double ic = randomScorer.ic(t);
                randomTrace.add(Double.isFinite(ic) ? Math.abs(ic) : 0);
            }
            double randomSec = (System.nanoTime() - t0) / 1e9;
            double mb = max(mctsTrace), rb = max(randomTrace), target = 0.8 * Math.max(mb, rb);
            Row r = new Row(seed, mb, rb, firstReach(mctsTrace, target), firstReach(randomTrace, target),
                    mctsTrace.size() / mctsSec, randomTrace.size() / randomSec);
            rows.add(r);
            out.printf(Locale.ROOT, "%4d  %14.4f  %16.4f  %17s  %19s  %11.1f  %13.1f%n", seed, mb, rb, show(r.mctsToTarget()),
                    show(r.randomToTarget()), r.mctsPerSecond(), r.randomPerSecond());
            out.flush();
        }
        double bestRatio = rows.stream().mapToDouble(r -> r.mctsBest() / r.randomBest()).average().orElse(Double.NaN);
        double evalRatio = rows.stream().mapToDouble(r -> (double) r.mctsToTarget() / r.randomToTarget()).average().orElse(Double.NaN);
        out.printf(Locale.ROOT, "mean ratio MCTS / random: best |IC| %.2fx, evaluations to 80%% of the best %.2fx (lower is better)%n", bestRatio, evalRatio);
        return rows;
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** 1-based index of the first value at or above target; the trace length + 1 when none is. */
    private static int firstReach(List<Double> v, double target) {
        for (int i = 0; i < v.size(); i++) if (v.get(i) >= target) return i + 1;
        return v.size() + 1;
    }

    private static String show(int n) {
        return Integer.toString(n);
    }
}
