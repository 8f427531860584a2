package dev.qforge.agents.rdloop;

import dev.qforge.llm.OpenAiChatClient;
import dev.qforge.llm.OpenAiConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The loop with a language model served over HTTP: broken answers are repaired, hopeless loops skipped, and it carries on. */
class LlmLoopTest {

    static final String PROSE = "Momentum in volume tends to persist, so stocks with rising turnover should outperform.";

    @Test
    void repairsOrSkipsBrokenAnswersAndCarriesOn() throws Exception {
        List<String> factor = List.of(
                PROSE,                                                        // no code at all
                "```json\n{\"hypothesis\": \"mean reversion\", \"expression\": \"Mean($close,)/$close\"}\n```", // syntax error
                "```json\n{\"expression\": \"Mean($clsoe,5)/$close\"}\n```",  // unknown field
                "```json\n{\"hypothesis\": \"the planted signal\", \"expression\": \"$factor\"}\n```",
                FakeLlmServer.TIMEOUT,                                       // the call times out
                "```\nStd($close,20)/$close\n```",
                PROSE, PROSE, PROSE, PROSE);                                  // a loop with nothing to run
        String factorFallback = "expression: Mean($volume,5)/$volume";
        List<String> model = List.of("```json\n{\"type\": \"ridge\", \"params\": {\"alpha\": -1}}\n```");
        String modelFallback = "```json\n{\"type\": \"ridge\", \"params\": {\"alpha\": 10}}\n```";
        try (FakeLlmServer server = new FakeLlmServer(factor, factorFallback, model, modelFallback, 9000);
             OpenAiChatClient client = new OpenAiChatClient(OpenAiConfig.of(server.baseUrl(), "fake-researcher")
                     .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(4)).withRetries(0, Duration.ofMillis(10), Duration.ofMillis(10)))) {
            ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
            LoopConfig cfg = LoopFixtures.config(2, 5).withAttempts(4);
            RdLoopStore store = LoopFixtures.store();
            store.createRun("llm", client.name(), "synthetic", d.fingerprint(), "s", cfg);
            // no forecaster: every loop is a factor loop, so the script's order is the loops' order
            LoopState st = new RdLoop("llm", cfg, d, new LlmResearcher(client, cfg, 0.7, 1024), null, store,
                    LoopFixtures.clock(), null).run();

            assertThat(st.steps()).hasSize(5);
            List<StepRecord> fs = st.steps().stream().filter(s -> s.arm() == Arm.FACTOR).toList();
            StepRecord first = fs.get(0);
            assertThat(first.attempts()).hasSize(4);
            assertThat(first.attempts().get(0).code()).isNull();
            assertThat(first.attempts().get(0).error()).contains("no factor expression");
            assertThat(first.attempts().get(1).error()).contains("Mean($close,)");
            assertThat(first.attempts().get(2).error()).contains("unknown field $clsoe").contains("did you mean $close?");
            assertThat(first.attempts().get(3).ok()).isTrue();
            assertThat(first.status()).isEqualTo(StepStatus.ACCEPTED);
            assertThat(st.expressions()).contains("$factor");

            StepRecord second = fs.get(1);
            assertThat(second.attempts().get(0).error()).contains("the model call failed").containsIgnoringCase("timeout");
            assertThat(second.attempts().get(1).ok()).isTrue();
            assertThat(second.code()).isIn("((Std($close,20))/$close)", "(Std($close,20)/$close)", "(-(Std($close,20)/$close))");

            StepRecord third = fs.get(2);
            assertThat(third.status()).isEqualTo(StepStatus.FAILED);
            assertThat(third.attempts()).hasSize(4).allMatch(a -> a.error().contains("no factor expression"));
            assertThat(third.reason()).contains("no proposal ran in 4 attempts");

            // the repair went back to the model with the error, in the same conversation
            var repairs = server.requests.stream().filter(r -> r.get("messages").size() > 2).toList();
            assertThat(repairs).isNotEmpty();
            String lastUser = repairs.get(1).get("messages").get(repairs.get(1).get("messages").size() - 1).get("content").asText();
            assertThat(lastUser).startsWith("That proposal failed:");
            // the first prompt carried the expression language and the data's fields
            String system = server.requests.get(0).get("messages").get(0).get("content").asText();
            assertThat(system).contains("Corr(x, y, N)").contains("$factor").contains("TopK-Dropout");
            // later prompts carry the best state, its metrics and the recent feedback
            String later = server.requests.get(server.requests.size() - 1).get("messages").get(1).get("content").asText();
            assertThat(later).contains("Accepted factors", "F0: $factor", "Best validation metrics: IC 0.", "Recent feedback:",
                    "loop 1 factor: $factor -> accepted");
            // tokens come from the server's usage reports: 120 per answered call
            long answered = st.steps().stream().flatMap(s -> s.attempts().stream()).filter(a -> a.tokens() > 0).count();
            assertThat(st.tokens()).isEqualTo(120 * answered).isPositive();
        }
    }

    @Test
    void theModelArmAsksForAModelAndRepairsABadParameter() throws Exception {
        String factor = "```json\n{\"expression\": \"$factor\"}\n```";
        List<String> model = List.of("I would use a linear model.", "```json\n{\"type\": \"ridge\", \"params\": {\"alpha\": -1}}\n```");
        String modelFallback = "```json\n{\"hypothesis\": \"more shrinkage\", \"type\": \"ridge\", \"params\": {\"alpha\": 10}}\n```";
        try (FakeLlmServer server = new FakeLlmServer(List.of(), factor, model, modelFallback, 1);
             OpenAiChatClient client = new OpenAiChatClient(OpenAiConfig.of(server.baseUrl(), "fake-researcher")
                     .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(4)).withRetries(0, Duration.ofMillis(10), Duration.ofMillis(10)))) {
            ResearchData d = LoopFixtures.split(LoopFixtures.U).research();
            LoopConfig cfg = LoopFixtures.config(2, 4).withAttempts(4);
            RdLoopStore store = LoopFixtures.store();
            store.createRun("llm-model", client.name(), "synthetic", d.fingerprint(), "s", cfg);
            LoopState st = new RdLoop("llm-model", cfg, d, new LlmResearcher(client, cfg, 0.7, 1024), LoopFixtures.TestRidge::new, store,
                    LoopFixtures.clock(), null).run();
            StepRecord m = st.steps().stream().filter(s -> s.arm() == Arm.MODEL).findFirst().orElseThrow();
            assertThat(m.attempts().get(0).error()).contains("no model spec");
            assertThat(m.attempts().get(1).error()).contains("alpha");
            assertThat(m.attempts().get(2).ok()).isTrue();
            assertThat(m.code()).isEqualTo("{\"type\":\"ridge\",\"params\":{\"alpha\":10}}");
            assertThat(m.candidate().ic()).isFinite();
            String system = server.requests.stream().map(r -> r.get("messages").get(0).get("content").asText())
                    .filter(t -> t.contains("forecasting model")).findFirst().orElseThrow();
            assertThat(system).contains("ridge {alpha}").contains("Model types and their parameters");
        }
    }
}
