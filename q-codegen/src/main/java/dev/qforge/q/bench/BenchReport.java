package dev.qforge.q.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run as {@code report.json} (every number, plus each sample's code and test verdicts) and
 * {@code report.html} (self-contained: inline style, no scripts or external files) with a summary table (all
 * problems, then one row per difficulty) and a table per difficulty listing each problem's c of n, pass@k and
 * test-case pass rate, and the reason the first failing sample failed.
 */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchReport() {
    }

    /** Writes both files into {@code dir} (created if needed); returns the HTML file. */
    public static Path write(BenchResult r, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("report.json"), JSON.writeValueAsString(json(r)), StandardCharsets.UTF_8);
            return Files.writeString(dir.resolve("report.html"), html(r), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the qbench report to " + dir, e);
        }
    }

    /** The JSON document of a run. */
    public static ObjectNode json(BenchResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("runId", r.runId()).put("model", r.model()).put("executor", r.executor())
                .put("startedAt", r.startedAt().toString()).put("finishedAt", r.finishedAt().toString());
        BenchConfig c = r.config();
        ObjectNode cfg = root.putObject("config");
        cfg.put("samples", c.samples()).put("temperature", c.temperature()).put("topP", c.topP())
                .put("maxTokens", c.maxTokens()).put("concurrency", c.concurrency()).put("timeoutMs", c.timeout().toMillis());
        c.ks().forEach(cfg.putArray("ks")::add);
        ArrayNode sums = root.putArray("summaries");
        for (BenchResult.Summary s : r.summaries()) {
            ObjectNode o = sums.addObject().put("group", s.group()).put("problems", s.problems()).put("solved", s.solved())
                    .put("testPassRate", s.testPassRate());
            ObjectNode pk = o.putObject("passAtK");
            s.passAtK().forEach((k, v) -> pk.put(String.valueOf(k), v));
        }
        ArrayNode ps = root.putArray("problems");
        for (ProblemResult p : r.problems()) {
            ObjectNode o = ps.addObject().put("id", p.problemId()).put("title", p.title()).put("difficulty", p.difficulty().label())
                    .put("n", p.n()).put("c", p.c()).put("testsPassed", p.testsPassed()).put("testsTotal", p.testsTotal());
            ObjectNode pk = o.putObject("passAtK");
            for (int k : c.ks()) pk.put(String.valueOf(k), p.passAtK(k));
            ArrayNode ss = o.putArray("samples");
            for (SampleResult s : p.samples()) {
                ObjectNode so = ss.addObject().put("sample", s.sample()).put("passed", s.passed()).put("failure", s.failure())
                        .put("code", s.code());
                ArrayNode ts = so.putArray("tests");
                for (TestResult t : s.tests()) {
                    ts.addObject().put("index", t.index()).put("passed", t.passed()).put("reason", t.reason()).put("millis", t.millis());
                }
            }
        }
        return root;
    }

    /** The HTML page of a run. */
    public static String html(BenchResult r) {
        List<Integer> ks = r.config().ks();
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>qbench ").append(esc(r.runId()))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
                        + "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}td.n{text-align:right}"
                        + "tr.pass td{background:#eef8ee}tr.fail td{background:#fbeeee}code{font-size:90%}</style></head><body>\n");
        h.append("<h1>Q benchmark: ").append(esc(r.model())).append("</h1>\n<p>Run <code>").append(esc(r.runId()))
                .append("</code>, executor ").append(esc(r.executor())).append(", n = ").append(r.config().samples())
                .append(" samples per problem, temperature ").append(r.config().temperature()).append(", top_p ")
                .append(r.config().topP()).append(", ").append(r.config().timeout().toMillis()).append(" ms per test; ")
                .append(esc(r.startedAt().toString())).append(" to ").append(esc(r.finishedAt().toString())).append(".</p>\n");
        h.append("<h2>Summary</h2>\n<table><tr><th>group</th><th>problems</th><th>solved (c&gt;0)</th>");
        ks.forEach(k -> h.append("<th>pass@").append(k).append("</th>"));
        h.append("<th>test cases passed</th></tr>\n");
        for (BenchResult.Summary s : r.summaries()) {
            h.append("<tr><td>").append(esc(s.group())).append("</td><td class=n>").append(s.problems()).append("</td><td class=n>")
                    .append(s.solved()).append("</td>");
            ks.forEach(k -> h.append("<td class=n>").append(pct(s.passAtK().get(k))).append("</td>"));
            h.append("<td class=n>").append(pct(s.testPassRate())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (Difficulty d : Difficulty.values()) {
            List<ProblemResult> ps = r.problems().stream().filter(p -> p.difficulty() == d).toList();
            if (ps.isEmpty()) continue;
            h.append("<h2>").append(d.label()).append(" (").append(ps.size()).append(")</h2>\n<table><tr><th>problem</th><th>title</th>"
                    + "<th>c / n</th>");
            ks.forEach(k -> h.append("<th>pass@").append(k).append("</th>"));
            h.append("<th>tests passed</th><th>first failure</th></tr>\n");
            for (ProblemResult p : ps) {
                h.append("<tr class=").append(p.c() > 0 ? "pass" : "fail").append("><td><code>").append(esc(p.problemId()))
                        .append("</code></td><td>").append(esc(p.title())).append("</td><td class=n>").append(p.c()).append(" / ")
                        .append(p.n()).append("</td>");
                ks.forEach(k -> h.append("<td class=n>").append(pct(p.passAtK(k))).append("</td>"));
                h.append("<td class=n>").append(p.testsPassed()).append(" / ").append(p.testsTotal()).append("</td><td>")
                        .append(esc(firstFailure(p))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    static String firstFailure(ProblemResult p) {
        for (SampleResult s : p.samples()) {
            if (s.passed()) continue;
            if (s.failure() != null) return "sample " + s.sample() + ": " + s.failure();
            for (TestResult t : s.tests()) {
                if (!t.passed()) return "sample " + s.sample() + ", test " + t.index() + ": " + t.reason();
            }
        }
        return "";
    }

    private static String pct(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
