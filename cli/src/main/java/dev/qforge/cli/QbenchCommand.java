package dev.qforge.cli;

import dev.qforge.data.store.Database;
import dev.qforge.q.bench.Problem;
import dev.qforge.q.bench.ProblemSet;
import dev.qforge.q.bench.QbenchStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qforge qbench ...}: the Leetcode-style Q benchmark. */
@Command(name = "qbench", mixinStandardHelpOptions = true, description = "The Q code-generation benchmark: list problems, run a model, report.",
        subcommands = {QbenchCommand.ListCommand.class, QbenchRunCommand.class, QbenchCommand.ReportCommand.class,
                QbenchCommand.RunsCommand.class})
final class QbenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static ProblemSet problems(Path dir) {
        return dir == null ? ProblemSet.bundled() : ProblemSet.load(dir);
    }

    static QbenchStore store() {
        return QbenchStore.open(Database.resolveUrl(CliGlobals.db(), System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the problems.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--problems", paramLabel = "DIR", description = "A problem folder in the paper's layout (default: the bundled set).")
        Path dir;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ProblemSet set = problems(dir);
            if (json) {
                Json.print(out, set.problems().stream().map(p -> Map.of("id", p.id(), "title", p.title(),
                        "difficulty", p.difficulty().label(), "tests", p.tests().size())).toList());
                return 0;
            }
            TextTable t = new TextTable("id", "difficulty", "tests", "title");
            for (Problem p : set.problems()) t.row(p.id(), p.difficulty().label(), p.tests().size(), p.title());
            t.print(out);
            out.println(set.size() + " problems");
            return 0;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "Write the HTML and JSON report of a stored run.")
    static final class ReportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "RUN_ID")
        String runId;

        @Option(names = "--out", defaultValue = "qforge-out", paramLabel = "DIR")
        Path outRoot;

        @Override
        public Integer call() {
            try (QbenchStore store = store()) {
                var result = store.load(runId).orElseThrow(() -> new IllegalArgumentException("no qbench run '" + runId
                        + "' in " + store.url() + "; `qforge qbench runs` lists them"));
                Path page = dev.qforge.q.bench.BenchReport.write(result, outRoot.resolve("qbench").resolve(runId));
                QbenchRunCommand.printSummary(spec.commandLine().getOut(), result);
                spec.commandLine().getOut().println("report: " + page.toAbsolutePath());
                return 0;
            }
        }
    }

    @Command(name = "runs", mixinStandardHelpOptions = true, description = "List stored runs.")
    static final class RunsCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (QbenchStore store = store()) {
                TextTable t = new TextTable("run", "model", "executor", "n", "k", "problems", "started");
                for (var r : store.runs()) t.row(r.runId(), r.model(), r.executor(), r.samples(), r.ks(), r.problems(), r.startedAt());
                t.print(spec.commandLine().getOut());
                return 0;
            }
        }
    }
}
