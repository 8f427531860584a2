package dev.qforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QCommandsTest {

    @TempDir
    Path dir;

    @Test
    void evaluatesOneLineAsTheQConsoleShowsIt() {
        CliRun r = CliRun.run(dir.resolve("db"), "q", "-e", "sum til 10");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("45" + System.lineSeparator());
        CliRun err = CliRun.run(dir.resolve("db"), "q", "-e", "1+`a");
        assertThat(err.out().trim()).isEqualTo("'type");
        assertThat(err.code()).isEqualTo(1);
    }

    @Test
    void runsAScriptLikeQDoes() throws Exception {
        Path script = dir.resolve("s.q");
        Files.writeString(script, "f:{x*x}\nshow f 1 2 3\nexit 0\nshow `never\n");
        CliRun r = CliRun.run(dir.resolve("db"), "q", script.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("1 4 9\n");
    }

    @Test
    void referenceRunScoresFullMarksAndIsStoredAndReported() throws Exception {
        Path db = dir.resolve("db");
        CliRun r = CliRun.run(db, "qbench", "run", "--model", "reference", "--only", "two-sum,factorial", "--json",
                "--out", dir.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        String runId = json.get("runId").asText();
        assertThat(json.toString()).contains("\"problems\"");
        CliRun report = CliRun.run(db, "qbench", "report", runId, "--out", dir.resolve("out").toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("100.0%");
        assertThat(Files.exists(dir.resolve("out/qbench").resolve(runId).resolve("report.html"))).isTrue();
    }

    @Test
    void aModelBehindAnOpenAiCompatibleServerIsAskedAndJudged() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            calls.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            // a model that always answers with a constant function: wrong for every test
            byte[] body = ("{\"id\":\"x\",\"model\":\"fake\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\","
                    + "\"message\":{\"role\":\"assistant\",\"content\":\"```q\\nsolve:{[x] -1}\\n```\"}}],"
                    + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5}}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            CliRun r = CliRun.run(dir.resolve("db"), "qbench", "run", "--model", "fake", "--base-url", url, "-n", "2", "--k", "1,2",
                    "--only", "two-sum", "--out", dir.resolve("out").toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(calls.get()).isEqualTo(2);
            assertThat(r.out()).contains("pass@1").contains("pass@2").contains("0.0%");
        } finally {
            server.stop(0);
        }
    }
}
