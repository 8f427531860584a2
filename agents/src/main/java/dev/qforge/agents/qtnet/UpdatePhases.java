package dev.qforge.agents.qtnet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time accumulated per phase of {@link QtNetAgent#update} (batch assembly, target forward, critic and actor
 * passes, optimiser steps, soft update): the profile that {@code agent bench} prints. Uses the monotonic
 * {@link System#nanoTime()} for durations only, never as a clock of the simulation.
 */
final class UpdatePhases {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long mark;

    void start() {
        mark = System.nanoTime();
    }

    /** Adds the time since the previous mark to {@code phase} and moves the mark. */
    void lap(String phase) {
        long now = System.nanoTime();
        nanos.merge(phase, now - mark, Long::sum);
        mark = now;
    }

    Map<String, Double> seconds() {
        Map<String, Double> s = new LinkedHashMap<>();
        nanos.forEach((k, v) -> s.put(k, v / 1e9));
        return s;
    }
}
