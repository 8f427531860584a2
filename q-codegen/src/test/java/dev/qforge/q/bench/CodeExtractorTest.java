package dev.qforge.q.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeExtractorTest {

    @Test
    void takesTheQBlock() {
        String a = "Here you go:\n```q\nsolve:{[x] x+1}\n```\nThis adds one.";
        assertThat(CodeExtractor.extract(a)).isEqualTo("solve:{[x] x+1}");
    }

    @Test
    void prefersTheFirstQBlockOverEarlierOtherBlocks() {
        String a = "In Python:\n```python\ndef solve(x): return x\n```\nIn q:\n```q\nsolve:{[x] x}\n```\n```q\nsolve:{[x] 2*x}\n```";
        assertThat(CodeExtractor.extract(a)).isEqualTo("solve:{[x] x}");
    }

    @Test
    void fallsBackToTheFirstPlainBlock() {
        String a = "Answer:\n```\nsolve:{[s] reverse s}\n```\nand also\n```\nother\n```";
        assertThat(CodeExtractor.extract(a)).isEqualTo("solve:{[s] reverse s}");
    }

    @Test
    void fallsBackToTheWholeText() {
        assertThat(CodeExtractor.extract("  solve:{[x] sum x}\n\n")).isEqualTo("solve:{[x] sum x}");
        assertThat(CodeExtractor.extract("")).isEmpty();
        assertThat(CodeExtractor.extract(null)).isEmpty();
    }

    @Test
    void keepsMultiLineBodiesAndIndentation() {
        String a = "```q\nsolve:{[n]\n  r:til n;\n  sum r}\n```";
        assertThat(CodeExtractor.extract(a)).isEqualTo("solve:{[n]\n  r:til n;\n  sum r}");
    }

    @Test
    void normalisesCrLf() {
        String a = "Text\r\n```q\r\nsolve:{[x]\r\n  x*x}\r\n```\r\n";
        assertThat(CodeExtractor.extract(a)).isEqualTo("solve:{[x]\n  x*x}");
    }

    @Test
    void anUnclosedFenceRunsToTheEnd() {
        assertThat(CodeExtractor.extract("```q\nsolve:{[x] x}\nshow 1")).isEqualTo("solve:{[x] x}\nshow 1");
    }

    @Test
    void qTagIsCaseInsensitiveButNotAPrefix() {
        assertThat(CodeExtractor.extract("```Q\nsolve:{x}\n```")).isEqualTo("solve:{x}");
        // ```qsql is not a q block; with no q block the first block of any kind is taken
        assertThat(CodeExtractor.extract("```qsql\nselect from t\n```\n```q\nsolve:{x}\n```")).isEqualTo("solve:{x}");
        assertThat(CodeExtractor.extract("```qsql\nselect from t\n```")).isEqualTo("select from t");
    }
}
