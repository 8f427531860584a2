package dev.qforge.q.bench;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundled canonical solution passes every one of its tests on the embedded interpreter. The expected
 * texts were derived from q's documented display rules, not from this interpreter, so a failure here is either
 * a wrong problem or an interpreter gap.
 */
class CanonicalSolutionsTest {
    private static final EmbeddedExecutor EXEC = new EmbeddedExecutor();

    @TestFactory
    Stream<DynamicTest> canonicalSolutionsPassOnTheEmbeddedInterpreter() {
        return ProblemSet.bundled().problems().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            List<String> failures = new ArrayList<>();
            for (TestCase t : p.tests()) {
                TestResult r = Judge.run(EXEC, p.solution(), t, Duration.ofSeconds(5));
                if (!r.passed()) {
                    failures.add("test " + t.index() + " (" + r.reason() + ")\n" + t.harness() + "-- expected\n" + t.expected()
                            + "-- got\n" + r.stdout());
                }
            }
            assertThat(failures).as(p.id()).isEmpty();
        }));
    }
}
