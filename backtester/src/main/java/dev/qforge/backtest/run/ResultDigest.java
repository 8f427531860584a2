package dev.qforge.backtest.run;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.order.Fill;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over a result's fills and equity curve, bit for bit. Two runs with the same digest produced
 * the same trades at the same prices and the same equity at every step: what "replay gives identical
 * results" is checked against.
 */
public final class ResultDigest {

    private ResultDigest() {
    }

    public static String of(BacktestResult r) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer b = ByteBuffer.allocate(64);
        for (Fill f : r.fills()) {
            b.clear();
            b.putLong(f.orderId()).putLong(f.time()).putDouble(f.quantity()).putDouble(f.price()).putDouble(f.commission())
                    .putInt(f.side().ordinal());
            md.update(b.array(), 0, b.position());
            md.update(f.symbol().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (int i = 0; i < r.steps(); i++) {
            b.clear();
            b.putLong(r.time()[i]).putDouble(r.equity()[i]).putDouble(r.cash()[i]);
            md.update(b.array(), 0, b.position());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
