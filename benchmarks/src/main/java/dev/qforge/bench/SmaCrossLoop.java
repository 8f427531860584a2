package dev.qforge.bench;

/**
 * The bare-loop peer of {@code sma-cross}: one pass over a {@code double[]} of closes computing the same trades as
 * {@link dev.qforge.strategies.rules.SmaCrossStrategy} run by the engine with fills at the signal bar's close and no
 * costs, without the engine (no clock, history, venue, orders, portfolio or equity curve).
 *
 * <p>The same rule, written out: SMA(n) at bar i is the running sum of the last {@code min(n, i+1)} closes (add the
 * new close, then subtract the one that left the window) divided by that count; a cross is judged against the side
 * at the latest earlier bar where the averages differed (ties skipped, the first divergence is not a cross); signals
 * are acted on from bar index {@code slow} on; the entry is only taken while flat and the exit only while long. A
 * trade fills at the bar's close exactly (the caller puts prices on a grid the instrument's tick divides, so the
 * venue's rounding to the tick changes nothing).
 */
public final class SmaCrossLoop {

    /** What one pass produced: fills (entries and exits), realized PnL of the closed round trips, final holding and cash. */
    public record Outcome(int trades, double realizedPnl, double position, double cash, double lastClose) {

        /** Cash plus the holding at the last close, minus the starting cash: the engine's {@code pnl()}. */
        public double pnl(double initialCash) {
            return cash + position * lastClose - initialCash;
        }
    }

    private SmaCrossLoop() {
    }

    public static Outcome run(double[] close, int fast, int slow, double quantity, double initialCash) {
        if (fast < 1 || slow <= fast) throw new IllegalArgumentException("need 1 <= fast < slow, got " + fast + "/" + slow);
        double sumFast = 0, sumSlow = 0;
        int side = 0;
        double position = 0, entry = 0, realized = 0, cash = initialCash;
        int trades = 0;
        int n = close.length;
        for (int i = 0; i < n; i++) {
            double c = close[i];
            sumFast += c;
            if (i >= fast) sumFast -= close[i - fast];
            sumSlow += c;
            if (i >= slow) sumSlow -= close[i - slow];
            double f = sumFast / Math.min(fast, i + 1);
            double s = sumSlow / Math.min(slow, i + 1);
            int now = f > s ? 1 : f < s ? -1 : 0;
            int cross = now > 0 && side < 0 ? 1 : now < 0 && side > 0 ? -1 : 0;
            if (now != 0) side = now;
            if (i < slow || cross == 0) continue;
            if (cross > 0 && position == 0) {
                position = quantity;
                entry = c;
                cash -= quantity * c;
                trades++;
            } else if (cross < 0 && position > 0) {
                realized += (c - entry) * position;
                cash += position * c;
                position = 0;
                trades++;
            }
        }
        return new Outcome(trades, realized, position, cash, n == 0 ? Double.NaN : close[n - 1]);
    }
}
