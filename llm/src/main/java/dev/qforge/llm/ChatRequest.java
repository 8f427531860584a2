package dev.qforge.llm;

import java.util.List;

/**
 * A chat-completion request. {@code seed} is passed to servers that support it (null: not sent);
 * {@code tag} identifies the request to recorded and scripted clients (for example
 * {@code "two-sum#3"}: problem id and sample index) and is never sent over the wire.
 */
public record ChatRequest(List<ChatMessage> messages, double temperature, double topP, int maxTokens, Long seed, String tag) {

    public ChatRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) throw new IllegalArgumentException("a chat request needs at least one message");
        if (temperature < 0 || temperature > 2) throw new IllegalArgumentException("temperature must lie in [0, 2], got " + temperature);
        if (!(topP > 0 && topP <= 1)) throw new IllegalArgumentException("top_p must lie in (0, 1], got " + topP);
        if (maxTokens <= 0) throw new IllegalArgumentException("max tokens must be positive, got " + maxTokens);
    }

    public static ChatRequest of(List<ChatMessage> messages) {
        return new ChatRequest(messages, 0.7, 0.95, 2048, null, null);
    }

    public ChatRequest withSampling(double t, double p) {
        return new ChatRequest(messages, t, p, maxTokens, seed, tag);
    }

    public ChatRequest withMaxTokens(int n) {
        return new ChatRequest(messages, temperature, topP, n, seed, tag);
    }

    public ChatRequest withSeed(Long s) {
        return new ChatRequest(messages, temperature, topP, maxTokens, s, tag);
    }

    public ChatRequest withTag(String t) {
        return new ChatRequest(messages, temperature, topP, maxTokens, seed, t);
    }
}
