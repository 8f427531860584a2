package dev.qforge.cli;

import dev.qforge.q.QBench;
import dev.qforge.q.bench.BenchConfig;
import dev.qforge.q.bench.BenchResult;
import dev.qforge.q.bench.BenchRunner;
import dev.qforge.q.bench.EmbeddedExecutor;
import dev.qforge.q.bench.ProblemSet;
import dev.qforge.q.bench.ReferenceChatClient;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qforge bench q}: the embedded interpreter on vector work against a plain Java loop over the same
 * arrays in the same JVM (ratio = interpreter / Java), then the harness's throughput: the reference
 * solutions of every bundled problem judged on the embedded executor, in test cases per second.
 */
@Command(name = "q", mixinStandardHelpOptions = true,
        description = "Q interpreter vs plain Java loops, and the benchmark harness's test cases per second.")
final class BenchQCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-r", "--repetitions"}, defaultValue = "5", description = "Timed repetitions per case; medians reported (default ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--concurrency", defaultValue = "2", description = "Harness threads (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "qforge Q benchmark: %d cores, Java %s, %d repetitions (medians)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), reps);
        TextTable t = new TextTable("case", "interpreter ms", "java loop ms", "ratio");
        for (QBench.Result r : QBench.run(reps)) {
            t.row(r.name(), fmt(r.interpMs()), fmt(r.javaMs()), fmt(r.ratio()));
        }
        t.print(out);

        ProblemSet set = ProblemSet.bundled();
        int tests = set.problems().stream().mapToInt(p -> p.tests().size()).sum();
        BenchConfig config = BenchConfig.defaults().withConcurrency(concurrency).withSamples(1, List.of(1));
        BenchRunner runner = new BenchRunner(new ReferenceChatClient(set), new EmbeddedExecutor(), config);
        runner.run(set); // warm-up
        long t0 = System.nanoTime(); // wall time of the timed run only; never enters a result
        BenchResult r = runner.run(set);
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "harness: %d problems, %d test cases in %.2f s on the embedded executor = %.0f test cases/s "
                + "(%d threads), pass@1 %.1f%%%n", set.size(), tests, seconds, tests / seconds, concurrency, 100 * r.passAtK(1));
        return 0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
