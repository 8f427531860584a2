package dev.qforge.q.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A finished benchmark run. Aggregates: pass@k is the mean of the problems' pass@k (each problem weighs the
 * same); the test-case pass rate pools all tests of all samples; "solved" counts problems with c > 0.
 */
public record BenchResult(String runId, String model, String executor, BenchConfig config, Instant startedAt,
                          Instant finishedAt, List<ProblemResult> problems) {

    public BenchResult {
        problems = List.copyOf(problems);
    }

    /** Aggregates over one group of problems ({@code all}, or a difficulty label). */
    public record Summary(String group, int problems, int solved, Map<Integer, Double> passAtK, double testPassRate) {
    }

    /** Mean pass@k over all problems (0 when there are none). */
    public double passAtK(int k) {
        return mean(problems, k);
    }

    public double testPassRate() {
        return summarise("all", p -> true).testPassRate();
    }

    /** The summary of all problems first, then one per difficulty present (easy, medium, hard, unknown). */
    public List<Summary> summaries() {
        List<Summary> out = new ArrayList<>();
        out.add(summarise("all", p -> true));
        for (Difficulty d : Difficulty.values()) {
            if (problems.stream().anyMatch(p -> p.difficulty() == d)) out.add(summarise(d.label(), p -> p.difficulty() == d));
        }
        return out;
    }

    private Summary summarise(String group, Predicate<ProblemResult> which) {
        List<ProblemResult> ps = problems.stream().filter(which).toList();
        Map<Integer, Double> pk = new LinkedHashMap<>();
        for (int k : config.ks()) pk.put(k, mean(ps, k));
        long passed = ps.stream().mapToLong(ProblemResult::testsPassed).sum();
        long total = ps.stream().mapToLong(ProblemResult::testsTotal).sum();
        int solved = (int) ps.stream().filter(p -> p.c() > 0).count();
        return new Summary(group, ps.size(), solved, pk, total == 0 ? 0 : (double) passed / total);
    }

    private static double mean(List<ProblemResult> ps, int k) {
        return ps.isEmpty() ? 0 : ps.stream().mapToDouble(p -> p.passAtK(k)).average().orElse(0);
    }
}
