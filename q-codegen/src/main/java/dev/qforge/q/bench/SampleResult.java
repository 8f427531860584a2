package dev.qforge.q.bench;

import java.util.List;

/**
 * One sampled answer to a problem and its test verdicts. {@code failure} is set when no tests could run (the
 * model call failed, or no code was found) and is null otherwise. The sample passes when it has no failure,
 * and every test of the problem passed.
 */
public record SampleResult(int sample, String answer, String code, String failure, List<TestResult> tests) {

    public SampleResult {
        tests = List.copyOf(tests);
    }

    public boolean passed() {
        return failure == null && !tests.isEmpty() && tests.stream().allMatch(TestResult::passed);
    }

    public int testsPassed() {
        return (int) tests.stream().filter(TestResult::passed).count();
    }
}
