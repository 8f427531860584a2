package dev.qforge.q.bench;

import java.util.List;
import java.util.Objects;

/**
 * One benchmark problem: a description for the model, the canonical q solution (defines {@code solve}), and
 * its test cases in order. {@code title} falls back to the id and {@code difficulty} to
 * {@link Difficulty#UNKNOWN} for problems without metadata.
 */
public record Problem(String id, String title, Difficulty difficulty, List<String> tags, String description,
                      String solution, List<TestCase> tests) {

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(solution, "solution");
        title = title == null || title.isBlank() ? id : title;
        tags = List.copyOf(tags);
        tests = List.copyOf(tests);
        if (tests.isEmpty()) throw new IllegalArgumentException("problem " + id + " has no test cases");
    }
}
