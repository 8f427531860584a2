package dev.qforge.q.bench;

import dev.qforge.q.QRun;
import dev.qforge.q.QSession;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs scripts on qforge's embedded interpreter ({@link QSession}), a fresh session per script, so that no
 * kdb+ installation is needed. Limits: the time limit is enforced by running the script on a worker thread
 * and interrupting it when the limit passes (the interpreter checks for interruption as it steps); the step
 * budget ({@link #DEFAULT_MAX_STEPS}) and list-size cap ({@link #DEFAULT_MAX_CELLS}) stop runaway scripts
 * even where interruption is slow to be noticed, and report as q errors ({@code 'limit}-style). A worker
 * that ignores the interruption is abandoned (daemon thread) after the grace period so the caller never hangs.
 * The session is sandboxed: no files, sockets or processes.
 */
public final class EmbeddedExecutor implements Executor {
    public static final long DEFAULT_MAX_STEPS = 100_000_000L;
    public static final long DEFAULT_MAX_CELLS = 20_000_000L;
    private static final long GRACE_MS = 500;

    private final long maxSteps;
    private final long maxCells;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "qbench-embedded");
        t.setDaemon(true);
        return t;
    });

    public EmbeddedExecutor() {
        this(DEFAULT_MAX_STEPS, DEFAULT_MAX_CELLS);
    }

    public EmbeddedExecutor(long maxSteps, long maxCells) {
        if (maxSteps <= 0 || maxCells <= 0) throw new IllegalArgumentException("limits must be positive");
        this.maxSteps = maxSteps;
        this.maxCells = maxCells;
    }

    @Override
    public Execution execute(String script, Duration timeout) {
        long t0 = System.nanoTime();
        Future<QRun> f = workers.submit(() -> new QSession().maxSteps(maxSteps).maxCells(maxCells).runScript(script));
        try {
            QRun r = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Execution(r.stdout(), r.error(), r.exitCode(), false, ms(t0));
        } catch (TimeoutException e) {
            f.cancel(true);
            try {
                f.get(GRACE_MS, TimeUnit.MILLISECONDS);
            } catch (Exception ignored) {
                // stopped, cancelled or abandoned: the result is a timeout either way
            }
            return Execution.timeout("", ms(t0));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            String msg = c instanceof OutOfMemoryError ? "'wsfull" : "'" + c.getClass().getSimpleName() + ": " + c.getMessage();
            return new Execution("", msg, 1, false, ms(t0));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return new Execution("", "interrupted", -1, false, ms(t0));
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Override
    public String name() {
        return "embedded";
    }
}
