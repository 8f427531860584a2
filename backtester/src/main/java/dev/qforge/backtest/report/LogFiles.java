package dev.qforge.backtest.report;

import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.OrderEvent;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The complete fill and order logs of a run as CSV next to its report. */
final class LogFiles {

    private LogFiles() {
    }

    static void write(ReportInput in, Path dir) {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("fills.csv"), StandardCharsets.UTF_8)) {
            w.write("time,order_id,symbol,side,quantity,price,commission\n");
            for (Fill f : in.fills()) {
                w.write(Instant.ofEpochMilli(f.time()) + "," + f.orderId() + "," + csv(f.symbol()) + "," + f.side() + ","
                        + f.quantity() + "," + f.price() + "," + f.commission() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write fills.csv in " + dir + ": " + e.getMessage(), e);
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("orders.csv"), StandardCharsets.UTF_8)) {
            w.write("time,order_id,symbol,status,filled,reason\n");
            for (OrderEvent e : in.events()) {
                w.write(Instant.ofEpochMilli(e.time()) + "," + e.orderId() + "," + csv(e.symbol()) + "," + e.status() + ","
                        + e.filledQuantity() + "," + csv(e.reason()) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write orders.csv in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String csv(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
