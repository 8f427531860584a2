package dev.qforge.cli;

import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spark on the command line's classpath, where DL4J (agents) and Spark meet: one commons-lang3 must serve
 * both. Spark's commons-text 1.14 calls {@code Range.of} (commons-lang3 3.13+) when {@code StringEscapeUtils}
 * loads, and Spark calls that class to compile a LIKE ({@code Like.doGenCode}), to render a Dataset as HTML
 * and in its web UI: with DL4J's 3.11 a {@code selectExpr("x like '1%'")} failed with NoSuchMethodError. Checked
 * here without a Spark session (one costs tens of seconds on a loaded machine).
 */
class SparkClasspathTest {

    @Test
    void sparksStringEscapingLoadsOnTheCliClasspath() {
        assertThat(StringEscapeUtils.escapeJava("a\tb")).isEqualTo("a\\tb");
        assertThat(StringEscapeUtils.escapeHtml4("<a>")).isEqualTo("&lt;a&gt;");
    }
}
