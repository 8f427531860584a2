package dev.qforge.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code qforge} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs one command line with the given output streams and returns its exit code: 0 on success, 1
     * when the command failed (the message goes to {@code err}, with a stack trace only under
     * {@code --verbose}), 2 for a usage error. Tests call this in-process.
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CliGlobals.reset();
        CommandLine cli = new CommandLine(new QforgeCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            Throwable shown = ex instanceof java.io.UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
            String msg = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
            cmd.getErr().println("qforge: " + msg);
            if (CliGlobals.verbose()) ex.printStackTrace(cmd.getErr());
            cmd.getErr().flush();
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
