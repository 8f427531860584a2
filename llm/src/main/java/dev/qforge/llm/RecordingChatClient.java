package dev.qforge.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Passes requests to another client and appends each answer to a JSONL file in the format
 * {@link ReplayChatClient} reads: {@code {"tag", "content", "model", "finish_reason", "prompt_tokens",
 * "completion_tokens"}}, one line per answer, so a live run can be replayed exactly.
 *
 * <p>Every request must carry a tag (an untagged one fails before the delegate is called: it could not be
 * replayed). Each line is written and closed before the answer is returned, so an interrupted run keeps every answer
 * it received; an existing file is appended to, never truncated. Failed requests are not recorded; a failure to
 * write is an {@link LlmException} naming the file. Thread-safe: lines never interleave.
 */
public final class RecordingChatClient implements ChatClient {

    private static final Object WRITE_LOCK = new Object(); // one lock for all instances: they may share a file

    private final ChatClient delegate;
    private final Path file;

    public RecordingChatClient(ChatClient delegate, Path file) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        if (request.tag() == null) {
            throw new LlmException("recording to " + file + " needs a tag on every request (the replay looks answers up by tag)");
        }
        ChatResponse response = delegate.complete(request);
        String line = line(request.tag(), response);
        synchronized (WRITE_LOCK) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new LlmException("cannot append the answer for tag '" + request.tag() + "' to " + file + ": " + e, -1, e);
            }
        }
        return response;
    }

    /** The delegate's name. */
    @Override
    public String name() {
        return delegate.name();
    }

    public Path file() {
        return file;
    }

    /** One JSONL line, newline included. */
    static String line(String tag, ChatResponse response) {
        ObjectNode node = OpenAiWire.JSON.createObjectNode();
        node.put("tag", tag);
        node.put("content", response.content());
        if (response.model() != null) node.put("model", response.model());
        if (response.finishReason() != null) node.put("finish_reason", response.finishReason());
        node.put("prompt_tokens", response.promptTokens());
        node.put("completion_tokens", response.completionTokens());
        try {
            return OpenAiWire.JSON.writeValueAsString(node) + "\n"; // Jackson escapes newlines inside strings
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
