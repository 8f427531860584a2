package dev.qforge.q.bench;

import java.time.Duration;
import java.util.List;

/**
 * How a benchmark run samples and judges. Defaults follow the Q benchmark paper: temperature 0.7, top_p 0.95,
 * a 2-second limit per test. {@code samples} is n per problem; every k in {@code ks} must lie in 1..n;
 * {@code concurrency} is how many samples are generated and judged at once.
 */
public record BenchConfig(int samples, List<Integer> ks, double temperature, double topP, int maxTokens,
                          int concurrency, Duration timeout) {

    public BenchConfig {
        ks = List.copyOf(ks);
        if (samples < 1) throw new IllegalArgumentException("samples (n) must be at least 1, got " + samples);
        if (ks.isEmpty()) throw new IllegalArgumentException("give at least one k");
        for (int k : ks) {
            if (k < 1 || k > samples) {
                throw new IllegalArgumentException("k=" + k + " needs 1 <= k <= n=" + samples + " samples");
            }
        }
        if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        if (maxTokens < 1) throw new IllegalArgumentException("max tokens must be positive, got " + maxTokens);
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
    }

    /** n = 1, k = 1, temperature 0.7, top_p 0.95, 2048 tokens, 2 at once, 2 s per test. */
    public static BenchConfig defaults() {
        return new BenchConfig(1, List.of(1), 0.7, 0.95, 2048, 2, Duration.ofSeconds(2));
    }

    public BenchConfig withSamples(int n, List<Integer> k) {
        return new BenchConfig(n, k, temperature, topP, maxTokens, concurrency, timeout);
    }

    public BenchConfig withConcurrency(int c) {
        return new BenchConfig(samples, ks, temperature, topP, maxTokens, c, timeout);
    }

    public BenchConfig withTimeout(Duration t) {
        return new BenchConfig(samples, ks, temperature, topP, maxTokens, concurrency, t);
    }

    public BenchConfig withSampling(double t, double p, int tokens) {
        return new BenchConfig(samples, ks, t, p, tokens, concurrency, timeout);
    }
}
