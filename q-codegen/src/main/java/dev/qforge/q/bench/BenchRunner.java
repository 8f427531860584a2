package dev.qforge.q.bench;

import dev.qforge.llm.ChatClient;
import dev.qforge.llm.ChatRequest;
import dev.qforge.llm.ChatResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the benchmark: for every problem, n samples (requests tagged {@code <problemId>#<sample>}, sample
 * 0..n-1, with the paper's prompt and the configured temperature and top_p); each answer's code is extracted
 * ({@link CodeExtractor}) and run against every test case ({@link Judge}) on the {@link Executor}. Samples are
 * generated and judged {@code concurrency} at a time; the result lists problems in set order and samples in
 * index order, whatever order they finished in. A failing model call does not stop the run: that sample fails
 * with the error as its reason. Start and finish times come from the injected clock.
 */
public final class BenchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BenchRunner.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** Told about every finished sample (from worker threads; implementations must be thread-safe). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (p, s, done, total) -> { };

        void sampleDone(Problem problem, SampleResult sample, int done, int total);
    }

    private final ChatClient client;
    private final Executor executor;
    private final BenchConfig config;
    private final Clock clock;

    public BenchRunner(ChatClient client, Executor executor, BenchConfig config) {
        this(client, executor, config, Clock.systemUTC());
    }

    public BenchRunner(ChatClient client, Executor executor, BenchConfig config, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public BenchResult run(ProblemSet set) {
        return run(set, Listener.NONE);
    }

    public BenchResult run(ProblemSet set, Listener listener) {
        Instant start = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String runId = "qb-" + ID_TIME.format(start) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        List<Problem> problems = set.problems();
        int total = problems.size() * config.samples();
        LOG.info("qbench {}: {} problems x {} samples with {} on {}", runId, problems.size(), config.samples(), client.name(), executor.name());
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(config.concurrency(), r -> {
            Thread t = new Thread(r, "qbench-sample");
            t.setDaemon(true);
            return t;
        });
        List<ProblemResult> results = new ArrayList<>();
        try {
            List<List<Future<SampleResult>>> futures = new ArrayList<>();
            for (Problem p : problems) {
                List<Future<SampleResult>> fs = new ArrayList<>();
                for (int i = 0; i < config.samples(); i++) {
                    int sample = i;
                    fs.add(pool.submit(() -> {
                        SampleResult s = sample(p, sample);
                        listener.sampleDone(p, s, done.incrementAndGet(), total);
                        return s;
                    }));
                }
                futures.add(fs);
            }
            for (int j = 0; j < problems.size(); j++) {
                Problem p = problems.get(j);
                List<SampleResult> samples = new ArrayList<>();
                for (Future<SampleResult> f : futures.get(j)) samples.add(f.get());
                results.add(new ProblemResult(p.id(), p.title(), p.difficulty(), p.tests().size(), samples));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark run " + runId + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark run " + runId + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Instant end = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        BenchResult r = new BenchResult(runId, client.name(), executor.name(), config, start, end, results);
        LOG.info("qbench {}: pass@{} = {}", runId, config.ks().get(0), r.passAtK(config.ks().get(0)));
        return r;
    }

    /** Draws and judges one sample. */
    SampleResult sample(Problem p, int sample) {
        ChatRequest req = new ChatRequest(Prompts.messages(p), config.temperature(), config.topP(), config.maxTokens(),
                null, p.id() + "#" + sample);
        String answer;
        try {
            ChatResponse resp = client.complete(req);
            answer = resp.content() == null ? "" : resp.content();
        } catch (RuntimeException e) {
            LOG.warn("{}#{}: model call failed: {}", p.id(), sample, e.getMessage());
            return new SampleResult(sample, "", "", "model call failed: " + e.getMessage(), List.of());
        }
        String code = CodeExtractor.extract(answer);
        if (code.isBlank()) return new SampleResult(sample, answer, code, "no code in the answer", List.of());
        List<TestResult> tests = new ArrayList<>();
        for (TestCase t : p.tests()) tests.add(Judge.run(executor, code, t, config.timeout()));
        return new SampleResult(sample, answer, code, null, tests);
    }
}
