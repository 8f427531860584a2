package dev.qforge.cli;

import dev.qforge.agents.models.Forecasters;
import dev.qforge.agents.models.SplitSpec;
import dev.qforge.agents.rdloop.FinalEvaluation;
import dev.qforge.agents.rdloop.HeldOutSplit;
import dev.qforge.agents.rdloop.LlmResearcher;
import dev.qforge.agents.rdloop.LoopConfig;
import dev.qforge.agents.rdloop.LoopState;
import dev.qforge.agents.rdloop.Metrics;
import dev.qforge.agents.rdloop.OfflineResearcher;
import dev.qforge.agents.rdloop.RdLoop;
import dev.qforge.agents.rdloop.RdLoopReport;
import dev.qforge.agents.rdloop.RdLoopStore;
import dev.qforge.agents.rdloop.Researcher;
import dev.qforge.agents.rdloop.StepRecord;
import dev.qforge.data.BarSeries;
import dev.qforge.data.store.Database;
import dev.qforge.factors.io.UniverseLoader;
import dev.qforge.llm.OpenAiChatClient;
import dev.qforge.llm.OpenAiConfig;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the rdloop commands share: loading and cutting the data, building the research agent a run names, running
 * the loop with a progress line per loop, and the final report.
 *
 * <p>The data are trimmed to one year before the train period (warm-up of rolling windows) through 15 days after the
 * test period (the label's two closes): less memory for the 158 Alpha158 features of the baseline.
 */
final class RdloopSupport {

    static final String OFFLINE = "offline";

    private RdloopSupport() {
    }

    static HeldOutSplit load(List<String> data, SplitSpec split, String policy, int threads, PrintWriter err) {
        err.println("loading " + String.join(", ", data) + " ...");
        List<BarSeries> all;
        if (data.size() == 1 && Files.isDirectory(Path.of(data.get(0)))) {
            all = UniverseLoader.load(Path.of(data.get(0)), BacktestData.policy(policy), m -> err.println("warning: " + m)).series();
        } else {
            all = BacktestData.load(data, null, null, null, BacktestData.policy(policy), err).series();
        }
        ZoneId zone = all.get(0).instrument().exchangeZone();
        long from = split.trainFrom().minusYears(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = split.testTo().plusDays(16).atStartOfDay(zone).toInstant().toEpochMilli();
        List<BarSeries> cut = new ArrayList<>();
        for (BarSeries s : all) {
            BarSeries w = s.between(from, to);
            if (!w.isEmpty()) cut.add(w);
        }
        if (cut.isEmpty()) throw new IllegalArgumentException("no bars between " + split.trainFrom().minusYears(1) + " and " + split.testTo());
        UniverseLoader.Universe u = UniverseLoader.of(cut);
        err.printf(Locale.ROOT, "loaded %d instruments x %d days; split %s%n", u.panel().instrumentCount(), u.panel().timeCount(), split);
        return new HeldOutSplit(u.panel(), u.series(), split, zone, u.fingerprint(), threads);
    }

    /** {@code offline}, or {@code llm:<model>@<base-url>[#<api-key-env>]} as stored with the run. */
    static String researcherId(String baseUrl, String model, String apiKeyEnv) {
        if (baseUrl == null) return OFFLINE;
        if (model == null) throw new IllegalArgumentException("--base-url needs --model NAME");
        return "llm:" + model + "@" + baseUrl + (apiKeyEnv == null ? "" : "#" + apiKeyEnv);
    }

    static Researcher researcher(String id, HeldOutSplit split, LoopConfig cfg, int timeoutSeconds) {
        if (id.equals(OFFLINE)) return new OfflineResearcher(split.research(), cfg);
        if (!id.startsWith("llm:") || !id.contains("@")) throw new IllegalArgumentException("unknown research agent '" + id + "'");
        String rest = id.substring(4);
        String keyEnv = null;
        int hash = rest.lastIndexOf('#');
        if (hash > 0) {
            keyEnv = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        int at = rest.indexOf('@');
        OpenAiConfig c = OpenAiConfig.of(rest.substring(at + 1), rest.substring(0, at))
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(timeoutSeconds)).withRetries(2, Duration.ofSeconds(1), Duration.ofSeconds(10))
                .withJitterSeed(cfg.seed());
        if (keyEnv != null) c = c.withApiKeyEnv(keyEnv);
        return new LlmResearcher(new OpenAiChatClient(c), cfg, 0.7, 2048);
    }

    /** Runs or resumes, printing one line per loop; returns the final state. */
    static LoopState loop(String runId, LoopConfig cfg, HeldOutSplit split, Researcher researcher, RdLoopStore store, PrintWriter err) {
        RdLoop.Listener progress = (s, st) -> err.println(line(s, st, cfg));
        err.printf(Locale.ROOT, "run %s: %d loops, research agent %s, scheduler %s%n", runId, cfg.loops(), researcher.name(), cfg.scheduler());
        return new RdLoop(runId, cfg, split.research(), researcher, Forecasters::create, store, Clock.systemUTC(), progress).run();
    }

    static String line(StepRecord s, LoopState st, LoopConfig cfg) {
        String m = cfg.acceptMetric();
        double v = s.candidate().get(m), best = st.best().get(m);
        String code = s.code() == null ? "-" : s.code();
        if (code.length() > 70) code = code.substring(0, 67) + "...";
        return String.format(Locale.ROOT, "loop %d/%d  %-6s %-9s %s %s (best %s)  %d attempt%s  %.1f s  %s", s.loop() + 1, cfg.loops(),
                s.arm().label(), s.status().name().toLowerCase(Locale.ROOT), m, f4(v), f4(best), s.attempts().size(),
                s.attempts().size() == 1 ? "" : "s", s.millis() / 1000.0, code);
    }

    /** Scores the final state and the baseline on the test period and writes the report; returns its folder. */
    static Path report(RdLoopStore store, String runId, HeldOutSplit split, LoopState state, boolean baseline, Path outRoot,
                       int threads, PrintWriter out, PrintWriter err) {
        RdLoopStore.Run run = store.run(runId).orElseThrow();
        err.println("scoring the final state" + (baseline ? " and Alpha158 + XGBoost" : "") + " on the test period ...");
        List<FinalEvaluation.Row> table = FinalEvaluation.run(split, state, Forecasters::create, run.config(),
                baseline ? FinalEvaluation.baselineSpec(run.config()) : null, threads);
        Path dir = outRoot.resolve(runId);
        Path html = RdLoopReport.write(dir, run, state, table);
        TextTable t = new TextTable("test " + split.split().testFrom() + ".." + split.split().testTo(), "IC", "ICIR", "Rank IC", "Rank ICIR", "ARR", "IR", "MDD", "factors");
        for (FinalEvaluation.Row r : table) {
            Metrics m = r.metrics();
            t.row(r.name(), f4(m.ic()), f4(m.icir()), f4(m.rankIc()), f4(m.rankIcir()), f4(m.arr()), f4(m.ir()), f4(m.mdd()), r.factors());
        }
        t.print(out);
        out.println("factors:");
        state.factors().forEach(f -> out.println("  " + f.name() + "  " + f.expression()));
        out.println("report: " + html);
        return dir;
    }

    static Database db() {
        return Database.open(CliGlobals.db());
    }

    static String f4(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "-";
    }
}
