package dev.qforge.agents.rdloop;

import dev.qforge.agents.models.DatasetBuilder;
import dev.qforge.agents.models.SplitSpec;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Panel;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The data of a run split into what research may see and the held-out test period.
 *
 * <p>The test period is kept out structurally, not by convention: {@link #research()} is a {@link ResearchData}
 * whose panel and bars are copies cut at the end of the validation period, and the loop is only ever given that
 * object. The full data come out of {@link #openTestPeriod(String)}, which the final report calls; every opening is
 * counted and its caller named, so a test can prove that nothing opened it before the report.
 */
public final class HeldOutSplit {

    private final Panel full;
    private final List<BarSeries> fullSeries;
    private final SplitSpec split;
    private final SplitSpec.SplitRows fullRows;
    private final ResearchData research;
    private final AtomicInteger openings = new AtomicInteger();
    private final List<String> openedBy = java.util.Collections.synchronizedList(new ArrayList<>());

    public HeldOutSplit(Panel panel, List<BarSeries> series, SplitSpec split, ZoneId zone, String fingerprint, int threads) {
        this.full = panel;
        this.fullSeries = List.copyOf(series);
        this.split = split;
        SplitSpec.SplitRows raw = split.rows(panel.times(), zone);
        this.fullRows = raw.purged(DatasetBuilder.LABEL_HORIZON);
        // cut after the last validation day, not at the test start: with a gap between the two periods the rows in
        // between are after the validation end too, and the loop must not read them (not even through a label)
        int cut = raw.validTo();
        Panel head = headRows(panel, cut);
        long lastVisible = panel.time(cut - 1);
        List<BarSeries> cutSeries = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (BarSeries s : series) {
            BarSeries w = s.between(Long.MIN_VALUE, lastVisible);
            if (!w.isEmpty()) {
                cutSeries.add(w);
                kept.add(s.symbol());
            }
        }
        if (!kept.equals(head.symbols())) head = keepColumns(head, kept);
        SplitSpec.SplitRows researchRows = new SplitSpec.SplitRows(raw.trainFrom(), raw.trainTo(), raw.validFrom(), raw.validTo(), cut, cut)
                .purged(DatasetBuilder.LABEL_HORIZON);
        this.research = new ResearchData(head, cutSeries, researchRows, fingerprint, threads);
    }

    /** What the loop sees: data up to the last validation day. */
    public ResearchData research() {
        return research;
    }

    public SplitSpec split() {
        return split;
    }

    /** The whole data set, test period included; {@code who} is recorded. Only the final report should call this. */
    public TestPeriod openTestPeriod(String who) {
        openings.incrementAndGet();
        openedBy.add(who);
        return new TestPeriod(full, fullSeries, fullRows);
    }

    /** How many times the test period was opened. */
    public int openings() {
        return openings.get();
    }

    public List<String> openedBy() {
        synchronized (openedBy) {
            return List.copyOf(openedBy);
        }
    }

    /** The full data and the row ranges of all three periods on its grid. */
    public record TestPeriod(Panel panel, List<BarSeries> series, SplitSpec.SplitRows rows) {
    }

    static Panel headRows(Panel p, int rows) {
        int cols = p.instrumentCount();
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String f : p.fieldNames()) m.put(f, java.util.Arrays.copyOf(p.matrix(f), rows * cols));
        return Panel.ofMatrices(java.util.Arrays.copyOf(p.times(), rows), p.symbols(), m);
    }

    private static Panel keepColumns(Panel p, List<String> symbols) {
        int rows = p.timeCount(), cols = p.instrumentCount();
        int[] idx = symbols.stream().mapToInt(p::columnOf).toArray();
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String f : p.fieldNames()) {
            double[] src = p.matrix(f), dst = new double[rows * idx.length];
            for (int r = 0; r < rows; r++) for (int j = 0; j < idx.length; j++) dst[r * idx.length + j] = src[r * cols + idx[j]];
            m.put(f, dst);
        }
        return Panel.ofMatrices(p.times(), symbols, m);
    }
}
