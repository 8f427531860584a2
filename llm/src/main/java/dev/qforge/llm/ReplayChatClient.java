package dev.qforge.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers requests from a recording: a JSONL file (UTF-8, one JSON object per line, blank lines skipped) as
 * written by {@link RecordingChatClient}.
 *
 * <p>Each line is {@code {"tag": "...", "content": "..."}}, optionally with {@code "model"},
 * {@code "finish_reason"}, {@code "prompt_tokens"} and {@code "completion_tokens"}; instead of {@code "content"} a
 * line may carry a whole OpenAI chat-completion answer under {@code "response"}, read as the HTTP client reads it.
 *
 * <p>Matching: a request is answered by the recordings whose tag equals its tag exactly. Several lines with the same
 * tag are handed out in file order, one per call (sample 0, 1, ...); asking once more than recorded is an error, as
 * is a tag that was never recorded or a request without a tag; every such error names the tag and the file. Tags
 * are free text: the convention {@code problem#k} (problem id and sample index, see {@link ChatRequest}) gives each
 * sample its own tag, which makes replay independent of call order and so of thread scheduling; repeated tags replay
 * exactly only when the calls come in the recorded order. A malformed line fails {@link #load} with file and line
 * number. Thread-safe.
 */
public final class ReplayChatClient implements ChatClient {

    private final Path file;
    private final Map<String, List<ChatResponse>> byTag;
    private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();

    private ReplayChatClient(Path file, Map<String, List<ChatResponse>> byTag) {
        this.file = file;
        this.byTag = byTag;
    }

    /** Reads the whole recording; a missing file or a malformed line is an {@link LlmException} naming file and line. */
    public static ReplayChatClient load(Path file) {
        Map<String, List<ChatResponse>> byTag = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                String where = file + ":" + number;
                JsonNode node;
                try {
                    node = OpenAiWire.JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new LlmException(where + ": not a JSON object (" + e.getOriginalMessage() + "): "
                            + OpenAiWire.snippet(line), -1, e);
                }
                if (node == null || !node.isObject()) throw new LlmException(where + ": not a JSON object: " + OpenAiWire.snippet(line));
                JsonNode tag = node.path("tag");
                if (!tag.isTextual() || tag.asText().isEmpty()) {
                    throw new LlmException(where + ": needs a non-empty string \"tag\": " + OpenAiWire.snippet(line));
                }
                byTag.computeIfAbsent(tag.asText(), t -> new ArrayList<>()).add(recording(node, where, line));
            }
        } catch (IOException e) {
            throw new LlmException("cannot read recording " + file + ": " + e, -1, e);
        }
        byTag.replaceAll((t, list) -> List.copyOf(list));
        return new ReplayChatClient(file, byTag);
    }

    private static ChatResponse recording(JsonNode node, String where, String line) {
        JsonNode content = node.path("content");
        if (content.isTextual()) {
            JsonNode model = node.path("model");
            JsonNode finish = node.path("finish_reason");
            return new ChatResponse(content.asText(), model.isTextual() ? model.asText() : "replay",
                    finish.isTextual() ? finish.asText() : null, node.path("prompt_tokens").asInt(-1),
                    node.path("completion_tokens").asInt(-1));
        }
        JsonNode response = node.path("response");
        if (response.isObject()) return OpenAiWire.parseResponse(response, where, "replay", response.toString());
        throw new LlmException(where + ": needs a string \"content\" or an object \"response\": " + OpenAiWire.snippet(line));
    }

    /** The next unused recording for the request's tag. */
    @Override
    public ChatResponse complete(ChatRequest request) {
        String tag = request.tag();
        if (tag == null) throw new LlmException("replay from " + file + " needs a tag on every request; this one has none");
        List<ChatResponse> recorded = byTag.get(tag);
        if (recorded == null) throw new LlmException("tag '" + tag + "' is not recorded in " + file);
        int k = served.computeIfAbsent(tag, t -> new AtomicInteger()).getAndIncrement();
        if (k >= recorded.size()) {
            throw new LlmException("tag '" + tag + "' is recorded " + recorded.size() + " time(s) in " + file
                    + " but was asked for answer #" + (k + 1));
        }
        return recorded.get(k);
    }

    /** {@code replay:} and the file name. */
    @Override
    public String name() {
        return "replay:" + file.getFileName();
    }

    public Path file() {
        return file;
    }

    /** Every recorded tag, in order of first appearance. */
    public Set<String> tags() {
        return Collections.unmodifiableSet(byTag.keySet());
    }

    /** How many answers are recorded for {@code tag} (0 when none). */
    public int count(String tag) {
        List<ChatResponse> list = byTag.get(tag);
        return list == null ? 0 : list.size();
    }
}
