package dev.qforge.data.validate;

import java.util.List;

/** Thrown under {@link Policy#REJECT}: lists the first problems and how many there are in all. */
public final class DataValidationException extends RuntimeException {

    private static final int SHOWN = 10;
    private final transient List<Problem> problems;

    public DataValidationException(String source, List<Problem> problems) {
        super(describe(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append(" (policy reject; use --policy drop or repair to import anyway)");
        for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
            sb.append(System.lineSeparator()).append("  ").append(problems.get(i));
        }
        if (problems.size() > SHOWN) {
            sb.append(System.lineSeparator()).append("  ... and ").append(problems.size() - SHOWN).append(" more");
        }
        return sb.toString();
    }
}
