package dev.qforge.cli;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work: a progress bar on an interactive terminal, plain lines at most every few
 * seconds otherwise (logs, CI, pipes), and nothing at all when quiet (for --json output).
 */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;
    private final PrintWriter plain;
    private final String task;
    private final long total;
    private long done;
    private long lastPrintNanos;
    private boolean closed;

    private Progress(ProgressBar bar, PrintWriter plain, String task, long total) {
        this.bar = bar;
        this.plain = plain;
        this.task = task;
        this.total = total;
    }

    static Progress start(String task, long total, String unit, PrintWriter err, boolean quiet) {
        if (quiet) return new Progress(null, null, task, total);
        if (interactive()) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).showSpeed().continuousUpdate().build();
            return new Progress(bar, null, task, total);
        }
        return new Progress(null, err, task, total);
    }

    void step(long n, String detail) {
        done += n;
        if (bar != null) {
            bar.stepBy(n);
            if (detail != null) bar.setExtraMessage(" " + detail);
        } else if (plain != null) {
            long now = System.nanoTime(); // only paces the log lines, never enters results
            if (done >= total || now - lastPrintNanos > 2_000_000_000L) {
                lastPrintNanos = now;
                plain.println(task + ": " + done + "/" + total + (detail == null ? "" : " " + detail));
                plain.flush();
            }
        }
    }

    @Override
    public void close() {
        if (bar != null && !closed) bar.close();
        closed = true;
    }

    private static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) return false;
        try { // Console.isTerminal() exists from JDK 22; before that a console means a terminal
            Method m = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
