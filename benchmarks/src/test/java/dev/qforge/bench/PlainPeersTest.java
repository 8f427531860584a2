package dev.qforge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainPeersTest {

    @Test
    void parsesTheColumnsByNameFromAGzippedFile(@TempDir Path dir) throws Exception {
        PlainCsv.Columns c = PlainCsv.parse(SmallData.write(dir, "AAA", 3));
        assertThat(c.size()).isEqualTo(3);
        long jan2 = LocalDate.of(2020, 1, 2).toEpochDay() * 86_400_000L;
        assertThat(c.time()[1]).isEqualTo(jan2);
        assertThat(c.open()[1]).isEqualTo(10.25);
        assertThat(c.high()[1]).isEqualTo(11.25);
        assertThat(c.low()[1]).isEqualTo(9.25);
        assertThat(c.close()[1]).isEqualTo(10.75);
        assertThat(c.volume()[1]).isEqualTo(1001);
    }

    @Test
    void aFileThatIsNotBarsIsAnError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("BF.B.csv");
        Files.writeString(f, "{\n  \"Error Message\": \"Invalid API call\"\n}\n");
        assertThatThrownBy(() -> PlainCsv.parse(f)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BF.B.csv");
        Path g = dir.resolve("bad.csv");
        Files.writeString(g, SmallData.HEADER + "\n2020-01-01,1,2,x,1,1,1,0,1\n");
        assertThatThrownBy(() -> PlainCsv.parse(g)).hasMessageContaining("line 2");
    }

    @Test
    void insertsAndReadsBackEveryRow(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:plain", "sa", "")) {
            PlainJdbc.createTable(c);
            PlainJdbc.insert(c, 7, PlainCsv.parse(SmallData.write(dir, "AAA", 3000)));
            PlainJdbc.insert(c, 8, PlainCsv.parse(SmallData.write(dir, "BBB", 5)));
            PlainJdbc.Rows rows = PlainJdbc.readAll(c);
            assertThat(rows.size()).isEqualTo(3005);
            double closes = 0;
            int eights = 0;
            for (int i = 0; i < rows.size(); i++) {
                closes += rows.close()[i];
                if (rows.symbol()[i] == 8) eights++;
            }
            // sum of 10.5 + 0.25 i over i < 3000, plus the same over i < 5
            assertThat(closes).isCloseTo(3000 * 10.5 + 0.25 * 2999 * 3000 / 2 + 5 * 10.5 + 0.25 * 10, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(eights).isEqualTo(5);
        }
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(DataBench.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(DataBench.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }
}
