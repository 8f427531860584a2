package dev.qforge.agents.models;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Runs a step with {@code System.out} muted: SameDiff 1.0.0-M2.1 prints a line per differentiated op while it builds a
 * gradient function, which would corrupt the JSON output of commands.
 */
final class Quiet {

    private Quiet() {
    }

    static synchronized void run(Runnable r) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            r.run();
        } finally {
            System.setOut(out);
        }
    }
}
