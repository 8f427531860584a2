package dev.qforge.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Wall times of the repeated runs of one side of a comparison. First come warm-up runs (JIT compilation, first
 * allocations): at least {@code warmupRuns} (and at least one), and more until they add up to {@code warmupSeconds},
 * but no more than {@value #MAX_WARMUP_RUNS} once the minimum is done; the first of them, the cold run, is reported
 * apart and the others are discarded. Then come {@code repetitions}
 * measured runs, each preceded by a {@code System.gc()} outside the timing (so that one side's garbage is not
 * collected in the next side's time); their median is reported.
 */
final class Runs {

    static final int MAX_WARMUP_RUNS = 20;

    private final double warmupSeconds;
    private final int minWarmupRuns;
    private final double[] seconds;
    private double first = Double.NaN;
    private double warmed;
    private int warmupRuns;
    private int count;

    Runs(int repetitions, int warmupRuns, double warmupSeconds) {
        this.seconds = new double[Math.max(1, repetitions)];
        this.minWarmupRuns = Math.max(1, warmupRuns);
        this.warmupSeconds = warmupSeconds;
    }

    private boolean warming() {
        return warmupRuns < minWarmupRuns || (warmed < warmupSeconds && warmupRuns < MAX_WARMUP_RUNS);
    }

    /** True once every warm-up and measured run is done. */
    boolean done() {
        return !warming() && count == seconds.length;
    }

    /** Runs {@code work} once, as the next warm-up or measured run, and returns what it returned. */
    <T> T time(Supplier<T> work) {
        boolean warm = warming();
        if (!warm) System.gc();
        long t0 = System.nanoTime();
        T out = work.get();
        double s = (System.nanoTime() - t0) / 1e9;
        if (warm) {
            if (warmupRuns++ == 0) first = s;
            warmed += s;
        } else {
            seconds[count++] = s;
        }
        return out;
    }

    /** Seconds of the first, cold run. */
    double first() {
        return first;
    }

    int warmupRuns() {
        return warmupRuns;
    }

    /** Median seconds of the measured runs. */
    double median() {
        if (count == 0) throw new IllegalStateException("no measured run yet");
        double[] s = Arrays.copyOf(seconds, count);
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Measured runs so far. */
    int measured() {
        return count;
    }

    /** Runs every side's remaining warm-up and measured runs, the sides interleaved (one run of each in turn). */
    static void interleave(Runs[] runs, Runnable... sides) {
        boolean more = true;
        while (more) {
            more = false;
            for (int k = 0; k < runs.length; k++) {
                if (runs[k].done()) continue;
                sides[k].run();
                more |= !runs[k].done();
            }
        }
    }

    /** One line about the machine and the JVM: cores, Java version and VM, max heap, JVM flags, OS, load average. */
    static String machine() {
        Runtime rt = Runtime.getRuntime();
        var os = ManagementFactory.getOperatingSystemMXBean();
        var args = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return String.format(Locale.ROOT, "machine: %d cores, Java %s (%s %s), max heap %,d MiB, JVM flags %s, %s %s %s, load average %s",
                rt.availableProcessors(), Runtime.version(), System.getProperty("java.vm.vendor"), System.getProperty("java.vm.name"),
                rt.maxMemory() >> 20, args.isEmpty() ? "none" : String.join(" ", args), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), load());
    }

    /** The system load average over the last minute, or "n/a". */
    static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", l);
    }
}
