package dev.qforge.strategies;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.data.Instrument;
import dev.qforge.strategies.params.Params;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** User strategies compiled from source at test time into a jar, then loaded like a user's own. */
class StrategyLoaderTest {

    @TempDir
    static Path dir;
    static Path jar;

    static final String BUY_N = """
            package user;
            import dev.qforge.backtest.*;
            import java.util.Map;
            public class BuyN implements Strategy {
                private final double n;
                public BuyN(Map<String, String> p) { this.n = Double.parseDouble(p.getOrDefault("n", "1")); }
                @Override public void onBar(StrategyContext ctx) {
                    if (ctx.position(0) == 0) ctx.buy(ctx.instruments().get(0).symbol(), n);
                }
            }
            """;
    static final String PLAIN = """
            package user;
            public class Plain implements dev.qforge.backtest.Strategy {
                public void onBar(dev.qforge.backtest.StrategyContext ctx) { }
            }
            """;
    static final String NOT_A_STRATEGY = "package user; public class Helper { public Helper() { } }";
    static final String NO_CTOR = """
            package user;
            public class NeedsInt implements dev.qforge.backtest.Strategy {
                public NeedsInt(int n) { }
                public void onBar(dev.qforge.backtest.StrategyContext ctx) { }
            }
            """;
    static final String THROWS = """
            package user;
            public class Broken implements dev.qforge.backtest.Strategy {
                public Broken() { throw new IllegalStateException("no licence file"); }
                public void onBar(dev.qforge.backtest.StrategyContext ctx) { }
            }
            """;

    @BeforeAll
    static void compileUserJar() throws IOException, URISyntaxException {
        Path src = Files.createDirectories(dir.resolve("src/user"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Map<String, String> sources = Map.of("BuyN", BUY_N, "Plain", PLAIN, "Helper", NOT_A_STRATEGY, "NeedsInt", NO_CTOR, "Broken", THROWS);
        for (Map.Entry<String, String> e : sources.entrySet()) Files.writeString(src.resolve(e.getKey() + ".java"), e.getValue());
        // surefire may hide the class path behind a manifest jar: name the qforge classes' locations directly
        String cp = Path.of(Strategy.class.getProtectionDomain().getCodeSource().getLocation().toURI()) + java.io.File.pathSeparator
                + Path.of(Instrument.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--release", "21", "-cp", cp, "-d", classes.toString()));
        try (Stream<Path> files = Files.list(src)) {
            files.forEach(f -> args.add(f.toString()));
        }
        int rc = javac.run(null, null, err, args.toArray(String[]::new));
        assertThat(rc).as(err.toString()).isZero();
        jar = dir.resolve("user-strategies.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
    }

    @Test
    void loadsAndRunsAStrategyWithParameters() {
        Strategy s = StrategyLoader.load(jar, "user.BuyN", Params.untyped(Map.of("n", "7")));
        BacktestResult r = TestBars.run(TestBars.signalClose(1_000), s, TestBars.daily("U", 10, 11, 12));
        assertThat(r.fills()).singleElement().satisfies(f -> assertThat(f.quantity()).isEqualTo(7));
        assertThat(s.getClass().getClassLoader()).isNotSameAs(Strategy.class.getClassLoader());
    }

    @Test
    void loadsThroughTheNoArgConstructor() {
        assertThat(StrategyLoader.load(jar, "user.Plain", Map.of()).getClass().getName()).isEqualTo("user.Plain");
        assertThatThrownBy(() -> StrategyLoader.load(jar, "user.Plain", Map.of("n", "1")))
                .isInstanceOf(StrategyLoadException.class)
                .hasMessageStartingWith("class user.Plain takes no parameters (it has only a no-arg constructor) but was given [n]");
    }

    @Test
    void clearErrors() {
        assertThatThrownBy(() -> StrategyLoader.load(dir.resolve("missing.jar"), "user.BuyN", Map.of()))
                .isInstanceOf(StrategyLoadException.class)
                .hasMessage("strategy jar " + dir.resolve("missing.jar") + " does not exist");
        assertThatThrownBy(() -> StrategyLoader.load(jar, "user.BuyNN", Map.of()))
                .hasMessage("class user.BuyNN not found in " + jar + "; it holds user.Broken, user.BuyN, user.Helper, user.NeedsInt, user.Plain");
        assertThatThrownBy(() -> StrategyLoader.load(jar, "user.Helper", Map.of()))
                .hasMessage("class user.Helper in " + jar + " does not implement dev.qforge.backtest.Strategy");
        assertThatThrownBy(() -> StrategyLoader.load(jar, "user.NeedsInt", Map.of()))
                .hasMessage("class user.NeedsInt in " + jar + " has no usable constructor: it needs a public no-arg constructor "
                        + "or a public constructor taking Map<String, String>");
        assertThatThrownBy(() -> StrategyLoader.load(jar, "user.Broken", Map.of()))
                .hasMessage("constructing user.Broken failed: java.lang.IllegalStateException: no licence file");
    }
}
