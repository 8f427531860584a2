package dev.qforge.q.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class JudgeTest {
    private final TestCase t = new TestCase(1, "result:solve[3 1 2];\nshow result;\n", "1 2 3\n");

    @Test
    void scriptIsSolutionThenHarnessThenExit() {
        assertThat(Judge.script("solve:{[x] asc x}", t)).isEqualTo("solve:{[x] asc x}\nresult:solve[3 1 2];\nshow result;\nexit 0;\n");
        assertThat(Judge.script("solve:{[x]\r\n  asc x}\r\n", t)).startsWith("solve:{[x]\n  asc x}\nresult:");
    }

    @Test
    void verdicts() {
        assertThat(Judge.check(t, new Execution("1 2 3\n", "", 0, false, 1)).passed()).isTrue();
        assertThat(Judge.check(t, new Execution("\n1 2 3  \r\n", "", 0, false, 1)).passed()).isTrue();
        assertThat(Judge.check(t, new Execution("1 2  3\n", "", 0, false, 1)).reason()).isEqualTo("wrong output");
        assertThat(Judge.check(t, new Execution("1 2 3\n", "'type", 1, false, 1)).reason()).isEqualTo("error: 'type");
        assertThat(Judge.check(t, new Execution("1 2 3\n", "", 3, false, 1)).reason()).isEqualTo("exit 3");
        assertThat(Judge.check(t, Execution.timeout("1 2 3\n", 2000)).reason()).isEqualTo("timeout");
    }

    @Test
    void runsOnTheEmbeddedInterpreter() {
        EmbeddedExecutor e = new EmbeddedExecutor();
        assertThat(Judge.run(e, "solve:{[x] x 1 2 0}", t, Duration.ofSeconds(2)).passed()).isTrue();
        assertThat(Judge.run(e, "solve:{[x] reverse x}", t, Duration.ofSeconds(2)).reason()).isEqualTo("wrong output");
        // asc keeps the sorted attribute, which q displays: `s#1 2 3
        assertThat(Judge.run(e, "solve:{[x] asc x}", t, Duration.ofSeconds(2)).reason()).isEqualTo("wrong output");
        // the script stops at exit 0: nothing after it runs
        assertThat(Judge.run(e, "solve:{[x] asc x}", new TestCase(2, "show 1;\nexit 0;\nshow 2;", "1"), Duration.ofSeconds(2)).passed()).isTrue();
    }
}
