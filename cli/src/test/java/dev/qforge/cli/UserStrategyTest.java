package dev.qforge.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code qforge backtest --strategy-class C --strategy-jar J}: a user's own strategy, compiled here into a jar. */
class UserStrategyTest {

    private static final String SOURCE = """
            package my;
            import dev.qforge.backtest.*;
            import java.util.Map;
            public final class EveryTenthBar implements Strategy {
                private final int every;
                public EveryTenthBar(Map<String, String> p) { every = Integer.parseInt(p.getOrDefault("every", "10")); }
                @Override public void onBar(StrategyContext ctx) {
                    int n = ctx.history(0).size();
                    if (n % every == 0) ctx.targetQuantity(ctx.instruments().get(0).symbol(), (n / every) % 2 == 1 ? 5 : 0);
                }
            }
            """;

    @Test
    void aStrategyFromAJarRunsAndIsRecorded(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src/my/EveryTenthBar.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "21",
                "-cp", System.getProperty("java.class.path"), "-d", classes.toString(), src.toString());
        assertThat(rc).isZero();
        Path jar = dir.resolve("mine.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("my/EveryTenthBar.class"));
            j.write(Files.readAllBytes(classes.resolve("my/EveryTenthBar.class")));
            j.closeEntry();
        }
        Path db = dir.resolve("db/q");
        CliRun r = CliRun.run(db, "backtest", "--strategy-class", "my.EveryTenthBar", "--strategy-jar", jar.toString(),
                "--param", "every=20", "--data", "aapl-2013-daily", "--fill", "close", "--no-report");
        assertThat(r.code()).as(r.err()).isZero();
        // 252 bars: buys at bars 20, 60, ..., 220 (6 entries), sells at 40, 80, ..., 240 (6 exits)
        assertThat(r.out()).contains("my.EveryTenthBar(every=20)").contains("12 fills");
        assertThat(CliRun.run(db, "runs", "replay", "1").out()).contains("identical");

        CliRun missing = CliRun.run(db, "backtest", "--strategy-class", "my.Nope", "--strategy-jar", jar.toString(),
                "--data", "aapl-2013-daily");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("my.Nope").contains("my.EveryTenthBar");
        CliRun noJar = CliRun.run(db, "backtest", "--strategy-class", "my.EveryTenthBar", "--data", "aapl-2013-daily");
        assertThat(noJar.err()).contains("--strategy-class needs --strategy-jar");
    }
}
