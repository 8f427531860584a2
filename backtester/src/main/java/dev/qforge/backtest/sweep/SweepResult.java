package dev.qforge.backtest.sweep;

import dev.qforge.backtest.BacktestResult;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a sweep: one {@link SweepPoint} per grid point, ranked by score from best to worst.
 * The ranking is total and independent of thread scheduling: higher score first, NaN scores (including
 * every invalid or failed point) last, equal scores in grid order ({@code 0.0} and {@code -0.0} count as
 * equal). Only summaries are kept, plus the full result of the best point when the runner was asked to
 * keep it.
 */
public final class SweepResult {

    /** Best first: score descending, NaN last, ties by grid index. */
    public static final Comparator<SweepPoint> RANKING = (a, b) -> {
        boolean na = Double.isNaN(a.score()), nb = Double.isNaN(b.score());
        if (na != nb) return na ? 1 : -1;
        if (a.score() > b.score()) return -1;
        if (a.score() < b.score()) return 1;
        return Integer.compare(a.index(), b.index());
    };

    private final List<SweepPoint> ranked;
    private final BacktestResult bestResult;
    private final Duration elapsed;

    SweepResult(List<SweepPoint> points, BacktestResult bestResult, Duration elapsed) {
        this.ranked = points.stream().sorted(RANKING).toList();
        this.bestResult = bestResult;
        this.elapsed = elapsed;
    }

    /**
     * A result from points scored elsewhere (another process, a cluster), one per grid index; the ranking is
     * the same as a {@link SweepRunner} would give for the same points.
     */
    public static SweepResult of(List<SweepPoint> points, Duration elapsed) {
        return new SweepResult(points, null, elapsed);
    }

    /** All points, best first. */
    public List<SweepPoint> ranked() {
        return ranked;
    }

    /** All points in grid order. */
    public List<SweepPoint> inGridOrder() {
        return ranked.stream().sorted(Comparator.comparingInt(SweepPoint::index)).toList();
    }

    public int size() {
        return ranked.size();
    }

    /**
     * The best point that ran: the first {@link SweepPoint.Status#OK} point of the ranking (when every such
     * point scored NaN, the first of them in grid order); empty when no point ran.
     */
    public Optional<SweepPoint> best() {
        return ranked.stream().filter(SweepPoint::ok).findFirst();
    }

    /** The full backtest of {@link #best()}, when the runner kept it. */
    public Optional<BacktestResult> bestResult() {
        return Optional.ofNullable(bestResult);
    }

    public long count(SweepPoint.Status status) {
        return ranked.stream().filter(p -> p.status() == status).count();
    }

    /** Points that did not run (invalid or failed), in grid order. */
    public List<SweepPoint> errors() {
        return inGridOrder().stream().filter(p -> !p.ok()).toList();
    }

    /** Wall time of the whole sweep. */
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public String toString() {
        return "SweepResult[" + size() + " points, " + count(SweepPoint.Status.INVALID) + " invalid, "
                + count(SweepPoint.Status.FAILED) + " failed, best " + best().map(SweepPoint::params).orElse(null) + "]";
    }
}
