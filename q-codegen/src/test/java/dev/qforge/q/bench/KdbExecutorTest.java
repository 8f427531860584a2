package dev.qforge.q.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** kdb+ is not installed here: the command line is checked, and the process plumbing runs against stand-in scripts. */
class KdbExecutorTest {

    @Test
    void commandLineIsQPathScriptQuiet() {
        KdbExecutor q = new KdbExecutor(Path.of("/opt/kdb/l64/q"));
        assertThat(q.command(Path.of("/tmp/x/script.q"))).containsExactly("/opt/kdb/l64/q", "/tmp/x/script.q", "-q");
        assertThat(q.name()).isEqualTo("q");
    }

    @Test
    void aMissingBinaryIsAFailedRunNotAnException() {
        Execution e = new KdbExecutor(Path.of("/nonexistent/q")).execute("show 1\nexit 0;\n", Duration.ofSeconds(2));
        assertThat(e.error()).contains("cannot run /nonexistent/q");
        assertThat(Judge.check(new TestCase(1, "show 1;", "1"), e).passed()).isFalse();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void capturesStdoutAndStderrOfTheProcess(@TempDir Path dir) throws Exception {
        // a stand-in q that prints its script's last line and complains on stderr when the script says so
        Path fake = script(dir, "#!/bin/sh\n[ \"$2\" = \"-q\" ] || exit 9\ngrep -q fail \"$1\" && echo \"'type\" >&2\necho 45\n");
        Execution ok = new KdbExecutor(fake).execute("show 45\nexit 0;\n", Duration.ofSeconds(5));
        assertThat(ok.stdout().strip()).isEqualTo("45");
        assertThat(ok.error()).isEmpty();
        assertThat(ok.exitCode()).isZero();
        assertThat(Judge.check(new TestCase(1, "show 45;", "45\n"), ok).passed()).isTrue();
        Execution bad = new KdbExecutor(fake).execute("fail\n", Duration.ofSeconds(5));
        assertThat(bad.error()).isEqualTo("'type");
        assertThat(Judge.check(new TestCase(1, "x", "45"), bad).reason()).isEqualTo("error: 'type");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void killsAProcessThatRunsPastTheLimit(@TempDir Path dir) throws Exception {
        Path fake = script(dir, "#!/bin/sh\nsleep 30\n");
        long t0 = System.nanoTime();
        Execution e = new KdbExecutor(fake).execute("while[1b;]\n", Duration.ofMillis(500));
        assertThat(e.timedOut()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(Judge.check(new TestCase(1, "x", "1"), e).reason()).isEqualTo("timeout");
    }

    private static Path script(Path dir, String body) throws Exception {
        Path f = dir.resolve("q");
        Files.writeString(f, body);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        return f;
    }
}
