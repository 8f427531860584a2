package dev.qforge.q.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BenchReportTest {

    @Test
    void writesSelfContainedHtmlAndJson(@TempDir Path dir) throws Exception {
        BenchResult r = QbenchStoreTest.sampleRun("qb-report");
        Path html = BenchReport.write(r, dir.resolve("out"));

        String page = Files.readString(html);
        assertThat(page).contains("<h2>easy (1)</h2>", "<h2>unknown (1)</h2>", "digit-sum", "pass@1", "pass@2")
                .contains("sample 0, test 2: error: &#39;type".replace("&#39;", "'"))
                .doesNotContain("<script", "http://", "https://", "<link");
        JsonNode j = new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
        assertThat(j.get("runId").asText()).isEqualTo("qb-report");
        assertThat(j.get("problems")).hasSize(2);
        JsonNode digit = j.get("problems").get(0);
        assertThat(digit.get("n").asInt()).isEqualTo(2);
        assertThat(digit.get("c").asInt()).isZero();
        assertThat(digit.get("testsPassed").asInt()).isEqualTo(1);
        assertThat(digit.get("testsTotal").asInt()).isEqualTo(4);
        JsonNode all = j.get("summaries").get(0);
        assertThat(all.get("group").asText()).isEqualTo("all");
        // digit-sum: c=0 of 2 gives 0; reverse-string: c=1 of 2 gives pass@1 0.5 and pass@2 1
        assertThat(all.get("passAtK").get("1").asDouble()).isEqualTo(0.25);
        assertThat(all.get("passAtK").get("2").asDouble()).isEqualTo(0.5);
        assertThat(all.get("testPassRate").asDouble()).isEqualTo(3.0 / 8);
        assertThat(all.get("solved").asInt()).isEqualTo(1);
    }
}
