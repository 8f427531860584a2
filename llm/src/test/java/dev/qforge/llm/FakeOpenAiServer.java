package dev.qforge.llm;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP server on 127.0.0.1 and an ephemeral port that serves {@code /v1/chat/completions} by a script. */
final class FakeOpenAiServer implements AutoCloseable {

    static final com.fasterxml.jackson.databind.ObjectMapper JSON_READER = new com.fasterxml.jackson.databind.ObjectMapper();

    /** One received request. */
    record Seen(String method, String path, Headers headers, String body) {
    }

    /** Answers the {@code call}-th request (0-based). */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange, int call, String requestBody) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger calls = new AtomicInteger();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

    FakeOpenAiServer(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        new Headers(exchange.getRequestHeaders()), body));
                handler.handle(exchange, calls.getAndIncrement(), body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IOException(e);
            }
        });
        server.start();
    }

    /** A server that answers every request with this 200 body. */
    static FakeOpenAiServer always(String body) throws IOException {
        return new FakeOpenAiServer((ex, call, req) -> reply(ex, 200, body));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    int calls() {
        return calls.get();
    }

    List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    static void reply(HttpExchange exchange, int status, String body, String... headerPairs) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", body.startsWith("{") ? "application/json" : "text/html");
        for (int i = 0; i + 1 < headerPairs.length; i += 2) h.set(headerPairs[i], headerPairs[i + 1]);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** A chat-completion answer in the OpenAI shape. */
    static String completion(String content, String model, int promptTokens, int completionTokens) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"%s",\
                "choices":[{"index":0,"message":{"role":"assistant","content":%s},"logprobs":null,"finish_reason":"stop"}],\
                "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}"""
                .formatted(model, quote(content), promptTokens, completionTokens, promptTokens + completionTokens);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
