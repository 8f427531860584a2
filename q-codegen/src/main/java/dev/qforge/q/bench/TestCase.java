package dev.qforge.q.bench;

import java.util.Objects;

/**
 * One test of a problem: the q harness that runs after the solution (for example
 * {@code result:solve[58];} and {@code show result;}) and the exact text real q prints for it. The
 * comparison trims both texts at their ends only; inner blanks and line breaks must match.
 */
public record TestCase(int index, String harness, String expected) {

    public TestCase {
        Objects.requireNonNull(harness, "harness");
        Objects.requireNonNull(expected, "expected");
        if (index < 1) throw new IllegalArgumentException("test case numbers start at 1, got " + index);
    }
}
