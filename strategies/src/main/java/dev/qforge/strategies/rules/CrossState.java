package dev.qforge.strategies.rules;

/**
 * Detects one line crossing another, with ta4j's {@code CrossIndicator} semantics: line A crosses above line B
 * at a bar when A &gt; B there and, at the latest earlier bar where A and B differed, A &lt; B. Bars where they are
 * equal (or either is NaN) neither make a cross nor end the previous side: touching B and falling back is not a
 * cross, and touching B and going through is one, on the bar it goes through. Before the lines first differ
 * there is no side, so the first divergence is not a cross. Allocation-free.
 */
public final class CrossState {

    private int side;

    /** Feeds the two lines' values at the next bar; returns +1 when A crossed above B, -1 below, 0 neither. */
    public int update(double a, double b) {
        int s = a > b ? 1 : a < b ? -1 : 0;
        int cross = s > 0 && side < 0 ? 1 : s < 0 && side > 0 ? -1 : 0;
        if (s != 0) side = s;
        return cross;
    }

    /** +1 when A was last seen above B, -1 below, 0 before they first differed. */
    public int side() {
        return side;
    }
}
