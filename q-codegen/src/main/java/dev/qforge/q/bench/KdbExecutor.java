package dev.qforge.q.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs scripts in a real kdb+ process, as the Q benchmark paper does: each script is written to a fresh
 * temporary file and run as {@code <q-path> script.q -q} (quiet: no banner) in its own process, with standard
 * input closed, so a script that fails before its {@code exit 0;} ends when q reads end of input. Standard output
 * and standard error are captured to files; anything q writes to standard error counts as the error text. When
 * the time limit passes the process and its descendants are killed and the run is a timeout. The environment
 * (QHOME, QLIC) is inherited.
 */
public final class KdbExecutor implements Executor {
    private final Path qPath;

    /** @param qPath the q binary, for example {@code ~/q/l64/q}, or just {@code q} to search the PATH */
    public KdbExecutor(Path qPath) {
        this.qPath = qPath;
    }

    /** The command line for one script file. */
    public List<String> command(Path script) {
        return List.of(qPath.toString(), script.toString(), "-q");
    }

    @Override
    public Execution execute(String script, Duration timeout) {
        Path dir = null;
        long t0 = System.nanoTime();
        try {
            dir = Files.createTempDirectory("qbench-");
            Path file = Files.writeString(dir.resolve("script.q"), script, StandardCharsets.UTF_8);
            Path out = dir.resolve("stdout.txt"), err = dir.resolve("stderr.txt");
            Process p = new ProcessBuilder(command(file)).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(2, TimeUnit.SECONDS);
                return Execution.timeout(Files.readString(out, StandardCharsets.UTF_8), ms(t0));
            }
            return new Execution(Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8).strip(), p.exitValue(), false, ms(t0));
        } catch (IOException e) {
            return new Execution("", "cannot run " + qPath + ": " + e.getMessage(), -1, false, ms(t0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Execution("", "interrupted", -1, false, ms(t0));
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Override
    public String name() {
        return "q";
    }
}
