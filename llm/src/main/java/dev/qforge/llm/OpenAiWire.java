package dev.qforge.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAI chat-completions wire format: the request body, the answer and the error body. Package-private;
 * shared by the HTTP client and the replay file reader (which accepts whole answers under {@code "response"}).
 */
final class OpenAiWire {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIPPET = 200;

    private OpenAiWire() {
    }

    /**
     * {@code {"model", "messages":[{"role","content"}], "temperature", "top_p", "max_tokens", "seed"?}}; seed only
     * when set, the tag never. {@code maxTokensBound > 0} lowers a larger request's max_tokens to it.
     */
    static String requestBody(String model, ChatRequest request, int maxTokensBound) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage m : request.messages()) {
            messages.addObject().put("role", m.role()).put("content", m.content());
        }
        body.put("temperature", request.temperature());
        body.put("top_p", request.topP());
        int maxTokens = maxTokensBound > 0 ? Math.min(maxTokensBound, request.maxTokens()) : request.maxTokens();
        body.put("max_tokens", maxTokens);
        if (request.seed() != null) body.put("seed", request.seed().longValue());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e); // cannot happen for a tree of plain values
        }
    }

    /** Parses a 2xx body; {@code where} names its origin (URL, or file and line) in every error. */
    static ChatResponse parseResponse(String body, String where, String fallbackModel) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new LlmException("answer from " + where + " is not JSON (" + e.getOriginalMessage() + "); body starts: "
                    + snippet(body), -1, e);
        }
        if (root == null || !root.isObject()) {
            throw new LlmException("answer from " + where + " is not a JSON object; body starts: " + snippet(body));
        }
        return parseResponse(root, where, fallbackModel, body);
    }

    /** Reads {@code choices[0].message.content}, {@code finish_reason}, {@code model} and {@code usage}. */
    static ChatResponse parseResponse(JsonNode root, String where, String fallbackModel, String bodyForErrors) {
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            String serverError = errorMessageOf(root);
            throw new LlmException("answer from " + where + " has no choices"
                    + (serverError != null ? " (server says: " + serverError + ")" : "")
                    + "; body starts: " + snippet(bodyForErrors));
        }
        JsonNode choice = choices.get(0);
        JsonNode content = choice.path("message").path("content");
        if (!content.isTextual()) {
            String finish = text(choice.path("finish_reason"));
            throw new LlmException("answer from " + where + " has no text in choices[0].message.content (it is "
                    + (content.isMissingNode() ? "missing" : content.getNodeType().toString().toLowerCase())
                    + (finish != null ? ", finish_reason " + finish : "") + "); body starts: " + snippet(bodyForErrors));
        }
        String model = text(root.path("model"));
        JsonNode usage = root.path("usage");
        return new ChatResponse(content.asText(), model != null ? model : fallbackModel,
                text(choice.path("finish_reason")), usage.path("prompt_tokens").asInt(-1),
                usage.path("completion_tokens").asInt(-1));
    }

    /**
     * The server's own explanation in an error body: {@code error.message} (OpenAI, vLLM, llama.cpp), a string
     * {@code error} (Ollama), a top-level {@code message} or {@code detail} (FastAPI); otherwise the start of the
     * body, or a note that it was empty.
     */
    static String serverMessage(String body) {
        if (body == null || body.isBlank()) return "(empty body)";
        try {
            JsonNode root = JSON.readTree(body);
            String m = root == null ? null : errorMessageOf(root);
            if (m != null) return m;
        } catch (JsonProcessingException ignored) {
            // not JSON: show the text itself
        }
        return snippet(body);
    }

    private static String errorMessageOf(JsonNode root) {
        JsonNode error = root.path("error");
        if (error.isTextual()) return error.asText();
        String m = text(error.path("message"));
        if (m != null) return m;
        m = text(root.path("message"));
        if (m != null) return m;
        JsonNode detail = root.path("detail");
        if (detail.isTextual()) return detail.asText();
        if (!detail.isMissingNode() && !detail.isNull()) return snippet(detail.toString());
        return null;
    }

    /** The first 200 characters of {@code s}, on one line, marked when cut. */
    static String snippet(String s) {
        if (s == null) return "(no body)";
        if (s.isEmpty()) return "(empty body)";
        String one = s.replace("\r", "\\r").replace("\n", "\\n");
        return one.length() <= SNIPPET ? "'" + one + "'" : "'" + one.substring(0, SNIPPET) + "'... (" + s.length() + " chars)";
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }
}
