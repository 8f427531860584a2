package dev.qforge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageTest {

    @Test
    void escapesEveryTextSoUserDataCannotBreakTheMarkup() {
        String html = new HtmlPage("P&L <report>")
                .paragraph("symbol \"A'B\" <script>")
                .table(List.of("sym"), List.of(List.of("<b>")))
                .render();
        assertThat(html).contains("<title>P&amp;L &lt;report&gt;</title>")
                .contains("<p>symbol &quot;A&#39;B&quot; &lt;script&gt;</p>")
                .contains("<td>&lt;b&gt;</td>")
                .doesNotContain("<script>");
    }

    @Test
    void rightAlignsNumbersOnly() {
        String html = new HtmlPage("t").table(List.of("a", "b", "c"), List.of(List.of("1,234.5", "-3.2%", "AAPL"))).render();
        assertThat(html).contains("<td class=\"n\">1,234.5</td>").contains("<td class=\"n\">-3.2%</td>").contains("<td>AAPL</td>");
    }

    @Test
    void writesThePageCreatingFolders(@TempDir Path dir) throws Exception {
        Path file = new HtmlPage("x").heading("h").write(dir.resolve("a/b/report.html"));
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("<h2>h</h2>");
    }
}
