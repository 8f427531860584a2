package dev.qforge.agents.rdloop;

/**
 * The rows {@code [from, to)} of the research grid on which the offline search scores its candidates and on which a
 * factor's sign is decided ({@link LoopConfig#searchOn()}).
 *
 * <p>{@value LoopConfig#SEARCH_VALID}: the validation rows, as the issue words it; the thousands of candidates the
 * search scores and the Feedback stage's accept/reject then share the same ~500 days, so what the loop accepts is
 * selected on validation twice and its validation metrics are biased upward. {@value LoopConfig#SEARCH_TRAIN_TAIL}:
 * the last {@code searchDays} train rows. The train rows already end {@link dev.qforge.agents.models.DatasetBuilder#LABEL_HORIZON}
 * rows before validation starts ({@link dev.qforge.agents.models.SplitSpec.SplitRows#purged}), so no label in the
 * slice reads a validation close, and the scorer's panel is cut at the slice's end, so no candidate reads one
 * either: validation is left to the Feedback stage alone.
 *
 * @param name {@code valid} or {@code train-tail}, quoted in proposals' notes
 */
public record SearchSlice(String name, int from, int to) {

    public SearchSlice {
        if (from < 0 || to <= from) throw new IllegalArgumentException("search slice '" + name + "' has no rows: [" + from + ", " + to + ")");
    }

    /** The slice a config asks for on {@code data}'s grid; a train period shorter than the slice is used whole. */
    public static SearchSlice of(ResearchData data, LoopConfig config) {
        var r = data.rows();
        if (config.searchOn().equals(LoopConfig.SEARCH_VALID)) return new SearchSlice(LoopConfig.SEARCH_VALID, r.validFrom(), r.validTo());
        int from = Math.max(r.trainFrom(), r.trainTo() - config.searchDays());
        if (r.trainTo() - from < 20) {
            throw new IllegalArgumentException("--search-on train-tail: the train period has only " + (r.trainTo() - r.trainFrom())
                    + " rows after purging, fewer than the 20 a slice needs");
        }
        return new SearchSlice(LoopConfig.SEARCH_TRAIN_TAIL, from, r.trainTo());
    }

    public int rows() {
        return to - from;
    }
}
