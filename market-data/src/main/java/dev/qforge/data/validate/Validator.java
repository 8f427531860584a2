package dev.qforge.data.validate;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Timeframe;
import dev.qforge.data.load.RawBars;
import dev.qforge.data.load.TimeframeInference;
import java.util.List;

/**
 * Checks {@link RawBars} and turns them into a {@link BarSeries} under a {@link Policy}. Every problem
 * names the source, the 1-based line and the column.
 *
 * <p><b>Order of work.</b> (1) Rows the loader could not parse are errors. (2) When the source has an
 * adjusted close (and {@link ValidationOptions#adjust()}), O/H/L/C are multiplied by
 * {@code adjusted_close / close} and volume divided by it, as Qlib does, <em>before</em> the checks, so
 * that splits and dividends do not show up as jumps; a missing or non-positive adjusted close is an
 * error. (3) Time order. (4) Values. (5) Warnings on the resulting series.
 *
 * <p><b>Errors</b> (each REJECTs the import; DROP removes the row): unparsable value; time equal to an
 * earlier row's ({@code DUPLICATE_TIME}) or before it ({@code NON_INCREASING_TIME}); NaN or infinite
 * price or volume ({@code NOT_FINITE}: NaN is never a valid value here); price {@code <= 0};
 * high below max(open, close); low above min(open, close); volume {@code < 0}.
 *
 * <p><b>Warnings</b> (reported, never rejected): {@code GAP}, one per run of bars missing against the
 * instrument's session (see {@code SessionGaps}: trading days for daily bars, regular-hours minutes for
 * intraday equity bars, every step around the clock for crypto); {@code ZERO_VOLUME_RUN}, a run of at
 * least {@link ValidationOptions#minZeroVolumeRun()} (default 3) bars with zero volume;
 * {@code SPLIT_LIKE_JUMP}, a close-to-close ratio within {@link ValidationOptions#splitTolerance()} (in log
 * terms) of a common split ratio (2:1, 3:1, 3:2, 4:1, 5:1, 7:1, 8:1, 10:1, 20:1 and the reverse splits).
 *
 * <p><b>REPAIR</b>, per problem: unparsable row: dropped; bad adjusted close: the previous row's factor
 * is used (dropped when there is none); non-increasing times: rows sorted by time; duplicate times: the
 * last row of that time (in file order) is kept, the others dropped; non-finite price: set to the
 * previous kept close (dropped on the first row); non-finite volume: 0; non-positive price: cannot be
 * repaired, dropped; high below the body: high = max(open, close); low above the body: low =
 * min(open, close); negative volume: 0; split-like jump within
 * {@link ValidationOptions#splitRepairTolerance()} of a ratio: all earlier bars back-adjusted (prices times
 * the ratio, volume divided by it), looser matches only reported; gaps: filled with flat bars
 * (O=H=L=C=previous close, volume 0). Each problem's message says what was done. {@code repairedRows}
 * counts rows changed, plus back-adjusted splits, plus inserted gap bars.
 *
 * <p>The timeframe is the loader's, or else inferred from the median spacing of the kept bars
 * ({@link TimeframeInference}); with fewer than two bars it is taken as {@code 1d}.
 */
public final class Validator {

    private Validator() {
    }

    public static ValidationResult validate(RawBars raw, Policy policy) {
        return validate(raw, policy, ValidationOptions.defaults());
    }

    public static ValidationResult validate(RawBars raw, Policy policy, ValidationOptions options) {
        Policy p = policy == null ? Policy.REJECT : policy;
        Work w = new Work(raw, p);
        for (int i = 0; i < w.n; i++) if (raw.isUnparsable(i)) w.dropped.set(i); // reported by the loader; REJECT throws on it
        if (raw.hasAdjClose() && options.adjust()) RowChecks.adjust(w, raw);
        int[] order = RowChecks.order(w);
        RowChecks.values(w, order);
        if (p == Policy.REJECT) {
            List<Problem> errors = w.problems.stream().filter(x -> x.kind().severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) throw new DataValidationException(raw.source(), errors);
        }
        int dropped = w.dropped.cardinality() + raw.skippedLines();
        int repaired = w.repaired.cardinality();
        w.compact(order);
        Timeframe tf = raw.timeframe() != null ? raw.timeframe() : TimeframeInference.infer(w.t);
        if (tf == null) tf = Timeframe.D1;
        if (raw.hasVolume()) SeriesChecks.zeroVolumeRuns(w, options.minZeroVolumeRun());
        SeriesChecks.splitJumps(w, options.splitTolerance(), options.splitRepairTolerance());
        SessionGaps.check(w, tf, raw.instrument().session(), p == Policy.REPAIR);
        BarSeries series = BarSeries.of(raw.instrument(), tf, w.t, w.o, w.h, w.l, w.c, w.v);
        return new ValidationResult(series, w.problems, dropped, repaired + w.repairedSplits + w.inserted);
    }
}
