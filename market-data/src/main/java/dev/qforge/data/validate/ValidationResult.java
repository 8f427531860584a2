package dev.qforge.data.validate;

import dev.qforge.data.BarSeries;
import java.util.List;

/** A validated series with every problem found (including those dropped or repaired under the policy). */
public record ValidationResult(BarSeries series, List<Problem> problems, int droppedRows, int repairedRows) {

    public ValidationResult {
        problems = List.copyOf(problems);
    }

    public long count(ProblemKind kind) {
        return problems.stream().filter(p -> p.kind() == kind).count();
    }

    public long errorCount() {
        return problems.stream().filter(p -> p.kind().severity() == Severity.ERROR).count();
    }
}
