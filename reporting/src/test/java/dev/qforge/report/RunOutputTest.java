package dev.qforge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOutputTest {

    @Test
    void namesTheFolderByKindStartTimeAndSanitisedTag(@TempDir Path root) {
        RunOutput out = RunOutput.create(root, "data", Instant.parse("2024-03-05T07:08:09Z"), "aapl 2013/daily");
        assertThat(out.runId()).isEqualTo("20240305-070809-aapl_2013_daily");
        assertThat(out.dir()).isEqualTo(root.resolve("data").resolve("20240305-070809-aapl_2013_daily"));
        assertThat(Files.isDirectory(out.dir())).isTrue();
        assertThat(out.file("report.html")).isEqualTo(out.dir().resolve("report.html"));
    }
}
