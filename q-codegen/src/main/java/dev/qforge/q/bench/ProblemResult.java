package dev.qforge.q.bench;

import java.util.List;

/**
 * All samples drawn for one problem. n is the number of samples, c the number that passed every test;
 * pass@k follows {@link PassAtK}. The test-case pass rate counts, over all samples, the tests that passed out
 * of n times the problem's {@code testCount} (a sample whose code could not be run fails all its tests).
 */
public record ProblemResult(String problemId, String title, Difficulty difficulty, int testCount, List<SampleResult> samples) {

    public ProblemResult {
        samples = List.copyOf(samples);
    }

    public int n() {
        return samples.size();
    }

    public int c() {
        return (int) samples.stream().filter(SampleResult::passed).count();
    }

    public double passAtK(int k) {
        return PassAtK.estimate(n(), c(), k);
    }

    public int testsPassed() {
        return samples.stream().mapToInt(SampleResult::testsPassed).sum();
    }

    public int testsTotal() {
        return n() * testCount;
    }
}
