package dev.qforge.llm;

/** The model's answer: its text, the model that produced it, why it stopped, and token usage (-1 when unknown). */
public record ChatResponse(String content, String model, String finishReason, int promptTokens, int completionTokens) {

    public static ChatResponse of(String content, String model) {
        return new ChatResponse(content, model, "stop", -1, -1);
    }
}
