package dev.qforge.bench;

/**
 * One line of a side-by-side benchmark: how many rows each side handled and its median wall time.
 * Rates are rows per second; {@link #ratio} above 1 means qforge is faster than the peer.
 */
public record Comparison(String name, long qforgeRows, double qforgeSeconds, long peerRows, double peerSeconds) {

    public double qforgeRate() {
        return qforgeRows / qforgeSeconds;
    }

    public double peerRate() {
        return peerRows / peerSeconds;
    }

    public double ratio() {
        return qforgeRate() / peerRate();
    }
}
