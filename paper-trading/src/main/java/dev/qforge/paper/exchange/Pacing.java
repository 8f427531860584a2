package dev.qforge.paper.exchange;

/**
 * How the exchange's replay clock moves from one bar to the next.
 *
 * <ul>
 *   <li>{@code lockStep()}: the next bar is published only once every subscribed client has acknowledged the
 *       last one (a TestRequest whose TestReqID is {@code BAR-ACK:<close millis>}, see {@link #ACK_PREFIX}).
 *       Deterministic: the order flow of each bar is complete before the next bar is matched. For tests and
 *       for reproducing a backtest.</li>
 *   <li>{@code speed(f)}: bars follow each other after {@code (close gap) / f} of wall time (f = 1 is real
 *       time), whether clients keep up or not.</li>
 * </ul>
 * The wall clock only paces the replay; the exchange's time is always the close time of the last bar.
 */
public record Pacing(boolean lockStep, double speed) {

    /** Prefix of the TestReqID with which a client acknowledges a bar in lock-step mode. */
    public static final String ACK_PREFIX = "BAR-ACK:";

    public Pacing {
        if (!lockStep && !(speed > 0 && Double.isFinite(speed))) {
            throw new IllegalArgumentException("replay speed must be a positive factor, got " + speed);
        }
    }

    public static Pacing lockStepMode() {
        return new Pacing(true, 0);
    }

    public static Pacing speedFactor(double f) {
        return new Pacing(false, f);
    }

    public long wallNanos(long marketGapMillis) {
        return lockStep ? 0 : (long) (marketGapMillis * 1e6 / speed);
    }

    @Override
    public String toString() {
        return lockStep ? "lock-step" : speed == 1 ? "real time" : "speed x" + speed;
    }
}
