package dev.qforge.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptedChatClientTest {

    private static ChatRequest ask(String text, String tag) {
        return ChatRequest.of(List.of(ChatMessage.user(text))).withTag(tag);
    }

    @Test
    void queueAnswersInOrderThenFails() {
        var client = ScriptedChatClient.queue("one", "two");
        assertThat(client.complete(ask("a", null))).isEqualTo(ChatResponse.of("one", "scripted"));
        assertThat(client.complete(ask("b", null)).content()).isEqualTo("two");
        assertThatThrownBy(() -> client.complete(ask("c", null)))
                .isInstanceOf(LlmException.class).hasMessageContaining("ran out of answers: all 2 were used");
        assertThat(client.calls()).isEqualTo(3);
        assertThat(client.requests()).extracting(r -> r.messages().get(0).content()).containsExactly("a", "b", "c");
    }

    @Test
    void functionSeesTheRequestAndNameIsReportedAsModel() {
        var client = ScriptedChatClient.answering(r -> r.messages().get(0).content().toUpperCase()).named("fake-coder");
        ChatResponse r = client.complete(ask("abc", "t"));
        assertThat(r).isEqualTo(new ChatResponse("ABC", "fake-coder", "stop", -1, -1));
        assertThat(client.name()).isEqualTo("fake-coder");
    }

    @Test
    void byTagAndFailures() {
        var client = ScriptedChatClient.byTag(Map.of("a#0", "x"));
        assertThat(client.complete(ask("q", "a#0")).content()).isEqualTo("x");
        assertThatThrownBy(() -> client.complete(ask("q", "b#0")))
                .isInstanceOf(LlmException.class).hasMessageContaining("no answer for tag 'b#0'");
        var failing = ScriptedChatClient.responding(r -> {
            throw new LlmException("simulated outage", 503, null);
        });
        assertThatThrownBy(() -> failing.complete(ask("q", "t")))
                .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.status()).isEqualTo(503));
        var silent = ScriptedChatClient.answering(r -> null);
        assertThatThrownBy(() -> silent.complete(ask("q", "t"))).isInstanceOf(LlmException.class).hasMessageContaining("no answer");
    }
}
