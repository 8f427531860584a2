package dev.qforge.agents.rdloop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local OpenAI-compatible server on 127.0.0.1 that plays the research model: factor requests (recognised by the
 * factor task in the system prompt) and model requests are answered from two scripts in order. The answer
 * {@link #TIMEOUT} makes the server wait {@code stallMillis} before answering, longer than the client waits.
 * Each answer reports 100 prompt and 20 completion tokens. When a script runs out, {@code fallback} answers.
 */
final class FakeLlmServer implements AutoCloseable {

    static final String TIMEOUT = "<stall>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<String> factorScript, modelScript;
    private final String factorFallback, modelFallback;
    private final long stallMillis;
    final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());

    FakeLlmServer(List<String> factor, String factorFallback, List<String> model, String modelFallback, long stallMillis) throws IOException {
        this.factorScript = new ConcurrentLinkedDeque<>(factor);
        this.modelScript = new ConcurrentLinkedDeque<>(model);
        this.factorFallback = factorFallback;
        this.modelFallback = modelFallback;
        this.stallMillis = stallMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", ex -> {
            try (ex) {
                JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
                requests.add(body);
                boolean factorTask = body.get("messages").get(0).get("content").asText().contains("propose ONE new factor");
                String answer = factorTask ? next(factorScript, factorFallback) : next(modelScript, modelFallback);
                if (TIMEOUT.equals(answer)) {
                    try {
                        Thread.sleep(this.stallMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    answer = factorFallback;
                }
                byte[] out = completion(answer).getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(200, out.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(out);
                } catch (IOException ignored) {
                    // the client gave up waiting (the timeout case)
                }
            }
        });
        server.start();
    }

    private static String next(Deque<String> script, String fallback) {
        String s = script.pollFirst();
        return s == null ? fallback : s;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private static String completion(String content) throws IOException {
        var o = JSON.createObjectNode();
        o.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1700000000).put("model", "fake-researcher");
        var choice = o.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        o.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return JSON.writeValueAsString(o);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
