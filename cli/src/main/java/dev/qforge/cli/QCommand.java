package dev.qforge.cli;

import dev.qforge.q.QRun;
import dev.qforge.q.QSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qforge q}: the embedded Q interpreter. With {@code -e} it evaluates one line and prints what the q
 * console would; with a file it runs the script as {@code q script.q} does; otherwise an interactive
 * session reading lines from standard input ({@code \\} or end of input leaves).
 */
@Command(name = "q", mixinStandardHelpOptions = true,
        description = "An interactive Q session on the embedded interpreter; -e EXPR evaluates one line; FILE runs a script.")
final class QCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "-e", paramLabel = "EXPR", description = "Evaluate one line and print its display.")
    String expr;

    @Parameters(arity = "0..1", paramLabel = "FILE.q", description = "A script to run.")
    Path script;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        QSession session = new QSession();
        if (expr != null) {
            String shown = session.evalDisplay(expr);
            if (!shown.isEmpty()) out.println(shown);
            return shown.startsWith("'") ? 1 : 0;
        }
        if (script != null) {
            QRun run = session.runScript(Files.readString(script, StandardCharsets.UTF_8));
            out.print(run.stdout());
            if (run.error() != null && !run.error().isEmpty()) spec.commandLine().getErr().println(run.error());
            out.flush();
            return run.exitCode();
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean tty = System.console() != null;
        while (true) {
            if (tty) {
                out.print("q)");
                out.flush();
            }
            String line = in.readLine();
            if (line == null || line.trim().equals("\\\\") || line.trim().equals("exit 0")) return 0;
            if (line.isBlank()) continue;
            String shown = session.evalDisplay(line);
            if (!shown.isEmpty()) out.println(shown);
            out.flush();
        }
    }
}
