package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qforge.report.HtmlPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link HtmlPage#metrics}: the key/value table a backtest report puts above its charts. */
class HtmlPageMetricsTest {

    @Test
    void rendersNamedValuesInOrderEscapedAndNumbersRightAligned() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Sharpe", "1.23");
        m.put("Max drawdown", "-12.5%");
        m.put("Symbol <x>", "A&B");
        String html = new HtmlPage("r").metrics(m).table(List.of("trade", "pnl"), List.of(List.of("<1>", "3.5"))).render();
        assertThat(html).contains("<table class=\"kv\">")
                .contains(">Sharpe</th><td class=\"n\">1.23</td></tr>")
                .contains(">Max drawdown</th><td class=\"n\">-12.5%</td></tr>")
                .contains(">Symbol &lt;x&gt;</th><td>A&amp;B</td></tr>")
                .contains("<td>&lt;1&gt;</td><td class=\"n\">3.5</td>");
        assertThat(html.indexOf("Sharpe")).isLessThan(html.indexOf("Max drawdown"));
    }
}
