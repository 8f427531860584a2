package dev.qforge.q.bench;

import dev.qforge.llm.ChatClient;
import dev.qforge.llm.ChatRequest;
import dev.qforge.llm.ChatResponse;
import dev.qforge.llm.LlmException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenchRunnerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);

    /** Answers from a function of the request tag; records every request. */
    static final class ScriptedClient implements ChatClient {
        final Function<String, String> answers;
        final ConcurrentLinkedQueue<ChatRequest> seen = new ConcurrentLinkedQueue<>();

        ScriptedClient(Function<String, String> answers) {
            this.answers = answers;
        }

        @Override
        public ChatResponse complete(ChatRequest request) {
            seen.add(request);
            return ChatResponse.of(answers.apply(request.tag()), "scripted");
        }

        @Override
        public String name() {
            return "scripted";
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void referenceModelScoresFullMarksOnEveryProblem() {
        ProblemSet set = ProblemSet.bundled();
        BenchConfig cfg = BenchConfig.defaults().withSamples(2, List.of(1, 2)).withConcurrency(2);
        BenchResult r = new BenchRunner(new ReferenceChatClient(set), new EmbeddedExecutor(), cfg, CLOCK).run(set);

        assertThat(r.problems()).hasSize(set.size());
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.c()).as(p.problemId() + ": " + BenchReport.firstFailure(p)).isEqualTo(2));
        assertThat(r.passAtK(1)).isEqualTo(1.0);
        assertThat(r.passAtK(2)).isEqualTo(1.0);
        assertThat(r.testPassRate()).isEqualTo(1.0);
        assertThat(r.summaries()).extracting(BenchResult.Summary::group).containsExactly("all", "easy", "medium", "hard");
        assertThat(r.model()).isEqualTo("reference");
        assertThat(r.startedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void wrongErroringLoopingAndGarbageAnswersFailCleanly() {
        Problem p = ProblemSet.bundled().get("digit-sum");
        Map<String, String> bySample = Map.of(
                "0", "```q\nsolve:{[n] n}\n```",                                    // wrong answer
                "1", "```q\nsolve:{[n] n+`a}\n```",                                 // 'type
                "2", "```q\nsolve:{[n] while[1b;]; n}\n```",                        // never returns
                "3", "```q\nsolve:{[n] {x+1}/[n]}\n```",                            // converge that never converges
                "4", "I am sorry, I cannot help with kdb+ today. ¯\\_(ツ)_/¯ }{)(",  // garbage
                "5", "```q\nsolve:{[n] sum \"0123456789\"?string n}\n```");        // right
        ScriptedClient client = new ScriptedClient(tag -> bySample.get(tag.substring(tag.indexOf('#') + 1)));
        BenchConfig cfg = BenchConfig.defaults().withSamples(6, List.of(1, 6)).withConcurrency(3).withTimeout(Duration.ofMillis(700));
        long t0 = System.nanoTime();

        BenchResult r = new BenchRunner(client, new EmbeddedExecutor(), cfg, CLOCK).run(ProblemSet.of(List.of(p)));

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(45));
        ProblemResult pr = r.problems().get(0);
        assertThat(pr.n()).isEqualTo(6);
        assertThat(pr.c()).isEqualTo(1);
        List<SampleResult> s = pr.samples();
        assertThat(s).extracting(SampleResult::sample).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(s.get(0).tests()).anyMatch(t -> "wrong output".equals(t.reason()));
        assertThat(s.get(1).tests()).allMatch(t -> t.reason().startsWith("error: '"));
        assertThat(s.get(2).tests()).allMatch(t -> !t.passed() && (t.reason().equals("timeout") || t.reason().startsWith("error: '")));
        assertThat(s.get(3).tests()).allMatch(t -> !t.passed());
        assertThat(s.get(4).passed()).isFalse();
        assertThat(s.get(4).tests()).allMatch(t -> !t.passed());
        assertThat(s.get(5).passed()).isTrue();
        assertThat(r.passAtK(1)).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(r.passAtK(6)).isEqualTo(1.0);
        assertThat(client.seen).hasSize(6).allSatisfy(q -> {
            assertThat(q.temperature()).isEqualTo(0.7);
            assertThat(q.topP()).isEqualTo(0.95);
            assertThat(q.tag()).matches("digit-sum#[0-5]");
            assertThat(q.messages()).hasSize(2);
            assertThat(q.messages().get(0).role()).isEqualTo("system");
            assertThat(q.messages().get(1).content()).contains(p.description().strip()).contains("```q");
        });
    }

    @Test
    void aFailingModelCallFailsOnlyThatSample() {
        Problem p = ProblemSet.bundled().get("reverse-string");
        ChatClient flaky = new ChatClient() {
            @Override
            public ChatResponse complete(ChatRequest request) {
                if (request.tag().endsWith("#1")) throw new LlmException("HTTP 500 from server", 500, null);
                return ChatResponse.of("```q\nsolve:{[s] reverse s}\n```", "m");
            }

            @Override
            public String name() {
                return "flaky";
            }
        };
        BenchResult r = new BenchRunner(flaky, new EmbeddedExecutor(), BenchConfig.defaults().withSamples(2, List.of(1)), CLOCK)
                .run(ProblemSet.of(List.of(p)));
        SampleResult bad = r.problems().get(0).samples().get(1);
        assertThat(bad.failure()).contains("HTTP 500");
        assertThat(bad.passed()).isFalse();
        assertThat(r.problems().get(0).c()).isEqualTo(1);
        assertThat(r.problems().get(0).testsTotal()).isEqualTo(2 * p.tests().size());
        assertThat(r.testPassRate()).isCloseTo(0.5, within(1e-12));
    }
}
