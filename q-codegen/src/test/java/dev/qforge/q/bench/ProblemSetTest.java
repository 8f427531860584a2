package dev.qforge.q.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemSetTest {

    @Test
    void bundledSetHasAtLeastSixtyLabelledProblemsInRoughlyPaperProportions() {
        ProblemSet set = ProblemSet.bundled();
        assertThat(set.size()).isGreaterThanOrEqualTo(60);
        Map<Difficulty, Long> by = set.problems().stream().collect(Collectors.groupingBy(Problem::difficulty, Collectors.counting()));
        assertThat(by).doesNotContainKey(Difficulty.UNKNOWN);
        double n = set.size();
        assertThat(by.get(Difficulty.EASY) / n).isBetween(0.28, 0.42);
        assertThat(by.get(Difficulty.MEDIUM) / n).isBetween(0.42, 0.58);
        assertThat(by.get(Difficulty.HARD) / n).isBetween(0.10, 0.20);
        for (Problem p : set.problems()) {
            assertThat(p.tests()).as(p.id()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(p.solution()).as(p.id()).contains("solve:{[");
            assertThat(p.description()).as(p.id()).contains("solve:{[");
            assertThat(p.title()).as(p.id()).isNotEqualTo(p.id());
            assertThat(p.tags()).as(p.id()).isNotEmpty();
            for (TestCase t : p.tests()) {
                assertThat(t.harness()).as(p.id()).startsWith("result:solve[").contains("show result;");
                assertThat(t.expected().strip()).as(p.id()).isNotEmpty();
            }
        }
        assertThat(set.get("two-sum").difficulty()).isEqualTo(Difficulty.MEDIUM);
    }

    @Test
    void loadsAPaperFolderWithoutMetaJson(@TempDir Path dir) throws IOException {
        Path p = Files.createDirectories(dir.resolve("q_problem_7"));
        Files.writeString(p.resolve("problem_description.txt"), "Add one to x.");
        Files.writeString(p.resolve("q_sol.q"), "solve:{[x] x+1}\n");
        Files.writeString(p.resolve("python_sol.py"), "def solve(x): return x + 1\n");
        for (int i : new int[]{1, 2, 10}) {
            Files.writeString(p.resolve("q_test_case_" + i + ".q"), "result:solve[" + i + "];\nshow result;\n");
            Files.writeString(p.resolve("q_exact_ans_test_case_" + i + ".txt"), (i + 1) + "\n");
        }
        Files.writeString(p.resolve("test_case_1.py"), "ignored");
        Files.createDirectories(dir.resolve("not-a-problem"));

        ProblemSet set = ProblemSet.load(dir);

        assertThat(set.size()).isEqualTo(1);
        Problem q = set.get("q_problem_7");
        assertThat(q.difficulty()).isEqualTo(Difficulty.UNKNOWN);
        assertThat(q.title()).isEqualTo("q_problem_7");
        assertThat(q.tags()).isEmpty();
        assertThat(q.tests()).extracting(TestCase::index).containsExactly(1, 2, 10);
        assertThat(q.tests().get(2).expected()).isEqualTo("11\n");
        Map<Integer, TestResult> verdicts = q.tests().stream().collect(Collectors.toMap(TestCase::index,
                t -> Judge.run(new EmbeddedExecutor(), q.solution(), t, java.time.Duration.ofSeconds(2)), (a, b) -> a));
        assertThat(verdicts.values()).allMatch(TestResult::passed);
        // a single problem folder can be loaded directly
        assertThat(ProblemSet.load(p).problems()).extracting(Problem::id).containsExactly("q_problem_7");
    }

    @Test
    void aTestWithoutItsAnswerIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path p = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(p.resolve("problem_description.txt"), "x");
        Files.writeString(p.resolve("q_test_case_1.q"), "show 1;");
        assertThatThrownBy(() -> ProblemSet.load(dir)).hasMessageContaining("q_exact_ans_test_case_1.txt is missing");
    }

    @Test
    void emptyOrMissingFoldersAreErrors(@TempDir Path dir) {
        assertThatThrownBy(() -> ProblemSet.load(dir)).hasMessageContaining("no problem folders");
        assertThatThrownBy(() -> ProblemSet.load(dir.resolve("nope"))).hasMessageContaining("not found");
    }

    @Test
    void selectsByIdAndRejectsUnknownIds() {
        ProblemSet set = ProblemSet.bundled();
        assertThat(set.select(java.util.List.of("gcd", "two-sum")).problems()).extracting(Problem::id).containsExactly("gcd", "two-sum");
        assertThatThrownBy(() -> set.select(java.util.List.of("nope"))).hasMessageContaining("no problem 'nope'");
        assertThat(set.withDifficulty(Difficulty.HARD).problems()).extracting(Problem::difficulty).containsOnly(Difficulty.HARD);
        assertThat(set.problems().stream().map(Problem::id).collect(Collectors.toMap(Function.identity(), x -> 1))).hasSize(set.size());
    }
}
