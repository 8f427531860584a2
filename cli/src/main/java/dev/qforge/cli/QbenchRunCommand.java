package dev.qforge.cli;

import dev.qforge.llm.ChatClient;
import dev.qforge.llm.OpenAiChatClient;
import dev.qforge.llm.OpenAiConfig;
import dev.qforge.llm.RecordingChatClient;
import dev.qforge.llm.ReplayChatClient;
import dev.qforge.q.bench.BenchConfig;
import dev.qforge.q.bench.BenchReport;
import dev.qforge.q.bench.BenchResult;
import dev.qforge.q.bench.BenchRunner;
import dev.qforge.q.bench.EmbeddedExecutor;
import dev.qforge.q.bench.Executor;
import dev.qforge.q.bench.KdbExecutor;
import dev.qforge.q.bench.ProblemSet;
import dev.qforge.q.bench.QbenchStore;
import dev.qforge.q.bench.ReferenceChatClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qforge qbench run}: asks a model for n solutions per problem, judges each on every test case and
 * reports pass@k. {@code --model reference} answers with the canonical solutions (must score 100%);
 * {@code --replay FILE} answers from a recording; otherwise {@code --base-url} names an OpenAI-compatible server.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the benchmark against a model and store the results.")
final class QbenchRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, description = "reference, or the model name served at --base-url.")
    String model;

    @Option(names = "--base-url", paramLabel = "URL", description = "OpenAI-compatible API, e.g. http://localhost:8000/v1.")
    String baseUrl;

    @Option(names = "--api-key-env", defaultValue = "OPENAI_API_KEY", paramLabel = "VAR",
            description = "Environment variable holding the API key (default ${DEFAULT-VALUE}; unset: no key sent).")
    String apiKeyEnv;

    @Option(names = "--replay", paramLabel = "FILE.jsonl", description = "Answer from recorded completions instead of a server.")
    Path replay;

    @Option(names = "--record", paramLabel = "FILE.jsonl", description = "Append every completion to this file (replayable).")
    Path record;

    @Option(names = "-n", defaultValue = "1", description = "Samples per problem (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--k", split = ",", paramLabel = "K", description = "pass@k to report, e.g. 1,2,4,8 (default 1).")
    List<Integer> ks;

    @Option(names = "--temperature", defaultValue = "0.7")
    double temperature;

    @Option(names = "--top-p", defaultValue = "0.95")
    double topP;

    @Option(names = "--max-tokens", defaultValue = "2048")
    int maxTokens;

    @Option(names = "--concurrency", defaultValue = "2", description = "Samples generated and judged at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--timeout", defaultValue = "2", description = "Seconds per test case (default ${DEFAULT-VALUE}, as in the paper).")
    double timeoutSeconds;

    @Option(names = "--problems", paramLabel = "DIR", description = "Problems in the paper's folder layout (default: the bundled set).")
    Path problemsDir;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Only these problem ids.")
    List<String> only;

    @Option(names = "--executor", defaultValue = "embedded", description = "embedded (our interpreter) or q (a real kdb+ process).")
    String executorName;

    @Option(names = "--q-path", paramLabel = "PATH", description = "The q binary for --executor q.")
    Path qPath;

    @Option(names = "--out", defaultValue = "qforge-out", paramLabel = "DIR")
    Path outRoot;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProblemSet set = QbenchCommand.problems(problemsDir);
        if (only != null && !only.isEmpty()) set = set.select(only);
        BenchConfig config = new BenchConfig(samples, ks == null ? List.of(1) : ks, temperature, topP, maxTokens, concurrency,
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        ChatClient client = client(set);
        if (record != null) client = new RecordingChatClient(client, record);
        Executor executor = switch (executorName.toLowerCase(Locale.ROOT)) {
            case "embedded" -> new EmbeddedExecutor();
            case "q", "kdb" -> {
                if (qPath == null) throw new IllegalArgumentException("--executor q needs --q-path pointing at the q binary");
                yield new KdbExecutor(qPath);
            }
            default -> throw new IllegalArgumentException("unknown executor '" + executorName + "'; expected embedded or q");
        };
        int total = set.size() * samples;
        BenchResult result;
        try (Progress progress = Progress.start("qbench", total, "samples", spec.commandLine().getErr(), json)) {
            result = new BenchRunner(client, executor, config).run(set, (p, s, done, all) -> {
                synchronized (progress) {
                    progress.step(1, p.id());
                }
            });
        } finally {
            if (client instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing an HTTP client cannot lose results
                }
            }
        }
        try (QbenchStore store = QbenchCommand.store()) {
            store.save(result);
        }
        Path page = BenchReport.write(result, outRoot.resolve("qbench").resolve(result.runId()));
        if (json) {
            Json.print(out, BenchReport.json(result));
        } else {
            printSummary(out, result);
            out.println("run " + result.runId() + " stored; report: " + page.toAbsolutePath());
        }
        return 0;
    }

    private ChatClient client(ProblemSet set) {
        if (model.equalsIgnoreCase("reference")) return new ReferenceChatClient(set);
        if (replay != null) return ReplayChatClient.load(replay);
        if (baseUrl == null) throw new IllegalArgumentException("--model " + model + " needs --base-url (or --replay FILE, or --model reference)");
        return new OpenAiChatClient(OpenAiConfig.of(baseUrl, model).withApiKeyEnv(apiKeyEnv));
    }

    static void printSummary(PrintWriter out, BenchResult r) {
        List<Integer> ks = r.config().ks();
        String[] header = new String[4 + ks.size()];
        header[0] = "group";
        header[1] = "problems";
        header[2] = "solved";
        for (int i = 0; i < ks.size(); i++) header[3 + i] = "pass@" + ks.get(i);
        header[3 + ks.size()] = "tests passed";
        TextTable t = new TextTable(header);
        for (BenchResult.Summary s : r.summaries()) {
            Object[] row = new Object[header.length];
            row[0] = s.group();
            row[1] = s.problems();
            row[2] = s.solved();
            for (int i = 0; i < ks.size(); i++) row[3 + i] = pct(s.passAtK().getOrDefault(ks.get(i), Double.NaN));
            row[3 + ks.size()] = pct(s.testPassRate());
            t.row(row);
        }
        out.println("model " + r.model() + ", executor " + r.executor() + ", n=" + r.config().samples());
        t.print(out);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
