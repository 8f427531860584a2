package dev.qforge.llm;

/**
 * Something that answers chat requests: a model behind an OpenAI-compatible server, a recording, or a
 * scripted stand-in for tests. Implementations must be safe to call from several threads.
 */
public interface ChatClient {

    /** Answers one request; failures are {@link LlmException}s that say what went wrong and where. */
    ChatResponse complete(ChatRequest request);

    /** A short name for reports, for example the model name. */
    String name();
}
