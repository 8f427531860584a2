package dev.qforge.agents.models;

import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;

import java.util.function.Supplier;

/**
 * Runs a step with ND4J's OpenMP team limited to {@code n} threads, restoring the previous limits afterwards.
 * The nets here are small (batches of hundreds, tens of units): on a loaded two-core machine a multi-threaded
 * team spins on every tiny op, and an LSTM test ran 20x slower with it than with one thread. A fixed count also
 * keeps results independent of the machine. ND4J's limits are process-wide, so steps are serialised on this class.
 */
final class Nd4jThreads {

    private Nd4jThreads() {
    }

    static synchronized <T> T with(int n, Supplier<T> step) {
        Environment env = Nd4j.getEnvironment();
        int threads = env.maxThreads(), master = env.maxMasterThreads();
        env.setMaxThreads(n);
        env.setMaxMasterThreads(n);
        try {
            return step.get();
        } finally {
            env.setMaxThreads(threads);
            env.setMaxMasterThreads(master);
        }
    }
}
