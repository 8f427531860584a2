package dev.qforge.llm;

import static dev.qforge.llm.FakeOpenAiServer.completion;
import static dev.qforge.llm.FakeOpenAiServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Wire format, answer parsing and non-retried errors of {@link OpenAiChatClient} against a local server. */
class OpenAiChatClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    private OpenAiChatClient client(String baseUrl, Map<String, String> env) {
        OpenAiConfig config = OpenAiConfig.of(baseUrl, "test-model").withApiKeyEnv("QF_TEST_KEY")
                .withRetries(2, Duration.ofMillis(100), Duration.ofSeconds(5));
        return new OpenAiChatClient(config, env::get, sleeps::add);
    }

    private static ChatRequest request() {
        return ChatRequest.of(List.of(ChatMessage.system("You write Q."), ChatMessage.user("Sum 1 2 3")))
                .withSampling(0.2, 0.9).withMaxTokens(64).withTag("sum#0");
    }

    @Test
    void sendsExactlyTheWireFieldsWithSeedAndBearerKey() throws Exception {
        try (var server = FakeOpenAiServer.always(completion("6", "test-model", 1, 1));
             var client = client(server.baseUrl(), Map.of("QF_TEST_KEY", "sk-secret"))) {
            client.complete(request().withSeed(7L));

            FakeOpenAiServer.Seen seen = server.seen().get(0);
            assertThat(seen.method()).isEqualTo("POST");
            assertThat(seen.path()).isEqualTo("/v1/chat/completions");
            assertThat(seen.headers().getFirst("Authorization")).isEqualTo("Bearer sk-secret");
            assertThat(seen.headers().getFirst("Content-Type")).isEqualTo("application/json");
            JsonNode expected = JSON.readTree("""
                    {"model":"test-model",
                     "messages":[{"role":"system","content":"You write Q."},{"role":"user","content":"Sum 1 2 3"}],
                     "temperature":0.2,"top_p":0.9,"max_tokens":64,"seed":7}""");
            assertThat(JSON.readTree(seen.body())).isEqualTo(expected);
        }
    }

    @Test
    void omitsSeedAndAuthorizationWhenUnset() throws Exception {
        try (var server = FakeOpenAiServer.always(completion("6", "test-model", 1, 1));
             var client = client(server.baseUrl(), Map.of("OTHER_KEY", "sk-other", "QF_TEST_KEY", "  "))) {
            client.complete(request());

            FakeOpenAiServer.Seen seen = server.seen().get(0);
            assertThat(seen.headers().containsKey("Authorization")).isFalse();
            JsonNode body = JSON.readTree(seen.body());
            assertThat(body.properties()).extracting(Map.Entry::getKey)
                    .containsExactlyInAnyOrder("model", "messages", "temperature", "top_p", "max_tokens");
            assertThat(seen.body()).doesNotContain("sum#0");
        }
    }

    @Test
    void configuredTokenBoundLowersLargerRequests() throws Exception {
        try (var server = FakeOpenAiServer.always(completion("6", "test-model", 1, 1));
             var client = new OpenAiChatClient(OpenAiConfig.of(server.baseUrl() + "/", "m").withMaxTokens(100),
                     name -> null, sleeps::add)) {
            client.complete(request().withMaxTokens(2048));
            client.complete(request().withMaxTokens(50));
            assertThat(server.seen()).extracting(s -> JSON.readTree(s.body()).get("max_tokens").asInt())
                    .containsExactly(100, 50);
        }
    }

    @Test
    void parsesContentModelFinishReasonAndUsage() throws Exception {
        try (var server = FakeOpenAiServer.always(completion("sum 1 2 3\n/ 6", "qwen2.5-coder-7b", 31, 9));
             var client = client(server.baseUrl(), Map.of())) {
            ChatResponse r = client.complete(request());
            assertThat(r).isEqualTo(new ChatResponse("sum 1 2 3\n/ 6", "qwen2.5-coder-7b", "stop", 31, 9));
            assertThat(client.name()).isEqualTo("test-model");
        }
    }

    @Test
    void missingUsageAndModelFallBackToUnknownAndConfiguredModel() throws Exception {
        String body = """
                {"choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"length"}]}""";
        try (var server = FakeOpenAiServer.always(body); var client = client(server.baseUrl(), Map.of())) {
            assertThat(client.complete(request())).isEqualTo(new ChatResponse("ok", "test-model", "length", -1, -1));
        }
    }

    @Test
    void badRequestIsNotRetriedAndCarriesStatusAndServerMessage() throws Exception {
        String error = """
                {"error":{"message":"max_tokens is too large: 99999","type":"invalid_request_error","param":"max_tokens","code":null}}""";
        try (var server = new FakeOpenAiServer((ex, call, req) -> reply(ex, 400, error));
             var client = client(server.baseUrl(), Map.of())) {
            assertThatThrownBy(() -> client.complete(request()))
                    .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.status()).isEqualTo(400))
                    .hasMessageContaining("HTTP 400")
                    .hasMessageContaining("max_tokens is too large: 99999")
                    .hasMessageContaining(server.baseUrl() + "/chat/completions");
            assertThat(server.calls()).isEqualTo(1);
            assertThat(sleeps).isEmpty();
        }
    }

    @Test
    void nonJsonErrorBodyIsShownByItsStart() throws Exception {
        String html = "<html><body>" + "Unauthorized ".repeat(40) + "</body></html>";
        try (var server = new FakeOpenAiServer((ex, call, req) -> reply(ex, 401, html));
             var client = client(server.baseUrl(), Map.of())) {
            assertThatThrownBy(() -> client.complete(request()))
                    .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.status()).isEqualTo(401))
                    .hasMessageContaining("HTTP 401")
                    .hasMessageContaining("<html><body>Unauthorized")
                    .hasMessageContaining("(" + html.length() + " chars)");
            assertThat(server.calls()).isEqualTo(1);
        }
    }

    @Test
    void htmlAnswerIsAClearError() throws Exception {
        assertGarbage("<!DOCTYPE html><html><head><title>Proxy login</title></head></html>", "is not JSON", "<!DOCTYPE html>");
    }

    @Test
    void truncatedJsonIsAClearError() throws Exception {
        assertGarbage("{\"id\":\"chatcmpl-1\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assis", "is not JSON", "{\"id\":\"chatcmpl-1\"");
    }

    @Test
    void jsonWithoutChoicesIsAClearError() throws Exception {
        assertGarbage("{\"object\":\"list\",\"data\":[]}", "has no choices", "\"object\":\"list\"");
        assertGarbage("{\"choices\":[]}", "has no choices", "{\"choices\":[]}");
    }

    @Test
    void errorInsideA200AnswerIsShown() throws Exception {
        assertGarbage("{\"error\":{\"message\":\"model not loaded\"}}", "has no choices (server says: model not loaded)", "model not loaded");
    }

    @Test
    void nullContentIsAClearError() throws Exception {
        assertGarbage("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[]},"
                + "\"finish_reason\":\"tool_calls\"}]}", "has no text in choices[0].message.content (it is null, finish_reason tool_calls)", "tool_calls");
    }

    private void assertGarbage(String body, String problem, String bodyStart) throws Exception {
        try (var server = FakeOpenAiServer.always(body); var client = client(server.baseUrl(), Map.of())) {
            assertThatThrownBy(() -> client.complete(request()))
                    .isInstanceOf(LlmException.class)
                    .hasMessageContaining("answer from POST " + server.baseUrl() + "/chat/completions " + problem)
                    .hasMessageContaining("body starts: '")
                    .hasMessageContaining(bodyStart);
            assertThat(server.calls()).as("garbage is not retried").isEqualTo(1);
        }
    }

    @Test
    void configRejectsNonsense() {
        assertThatThrownBy(() -> OpenAiConfig.of("localhost:8000/v1", "m")).hasMessageContaining("http://");
        assertThatThrownBy(() -> OpenAiConfig.of("http://h/v1", " ")).hasMessageContaining("model");
        assertThatThrownBy(() -> OpenAiConfig.of("http://h/v1", "m").withRetries(-1, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("retries");
        assertThat(OpenAiConfig.of("http://h:1/v1//", "m").chatCompletionsUri()).hasToString("http://h:1/v1/chat/completions");
        assertThat(OpenAiConfig.of("http://h/v1", "m").withApiKeyEnv(null).apiKeyEnv()).isEqualTo("OPENAI_API_KEY");
    }

    @Test
    void toStringNeverShowsTheKey() {
        var client = new OpenAiChatClient(OpenAiConfig.of("http://127.0.0.1:9/v1", "m"), n -> "sk-very-secret", sleeps::add);
        assertThat(client.toString()).doesNotContain("sk-very-secret").contains("OPENAI_API_KEY");
        client.close();
    }
}
