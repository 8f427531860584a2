package dev.qforge.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client for any OpenAI-compatible {@code POST /chat/completions} endpoint: vLLM, Ollama, llama.cpp's server,
 * OpenAI itself.
 *
 * <p>Wire format: the body is {@code model}, {@code messages} ({@code role}, {@code content}), {@code temperature},
 * {@code top_p}, {@code max_tokens} (lowered to {@link OpenAiConfig#maxTokens()} when that bound is set) and
 * {@code seed} only when the request has one; the request's tag is never sent. The answer is read from
 * {@code choices[0].message.content}, {@code choices[0].finish_reason}, {@code model} and
 * {@code usage.prompt_tokens}/{@code usage.completion_tokens} (-1 when the server reports no usage). The API key is
 * read once, at construction, from the environment variable named by {@link OpenAiConfig#apiKeyEnv()}; when it is
 * unset or blank no {@code Authorization} header is sent (local servers need none).
 *
 * <p>Retries: HTTP 408, 429 and every 5xx, refused or dropped connections and timeouts are retried up to
 * {@link OpenAiConfig#maxRetries()} times. The wait before retry {@code k} (0-based) is
 * {@code min(maxBackoff, initialBackoff * 2^k * (1 + j/4))} with a jitter {@code j} in [0, 1) drawn from a generator
 * seeded by the configured seed, the attempt and the request body: reruns wait the same, threads share no random
 * state, and successive waits always grow until the cap. A {@code Retry-After} header in seconds replaces the
 * computed wait (capped at 10 minutes; the HTTP-date form is ignored). Every other status fails at once with an
 * {@link LlmException} carrying the status and the server's message; an answer that is not JSON, has no choices
 * or has no text content fails at once too, naming the URL and showing the start of the body.
 *
 * <p>Thread-safe: one {@link HttpClient} (HTTP/1.1, which every local server speaks) serves all threads.
 */
public final class OpenAiChatClient implements ChatClient, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpenAiChatClient.class);
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

    private final OpenAiConfig config;
    private final URI uri;
    private final String apiKey;
    private final Sleeper sleeper;
    private final HttpClient http;

    /** A client that reads the real environment and really sleeps between retries. */
    public OpenAiChatClient(OpenAiConfig config) {
        this(config, System::getenv, Sleeper.REAL);
    }

    /**
     * A client with its seams injected.
     *
     * @param env     looks up an environment variable by name (null when unset); called once, for the API key
     * @param sleeper waits between retries
     */
    public OpenAiChatClient(OpenAiConfig config, Function<String, String> env, Sleeper sleeper) {
        this.config = Objects.requireNonNull(config, "config");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.uri = config.chatCompletionsUri();
        String key = env.apply(config.apiKeyEnv());
        this.apiKey = key == null || key.isBlank() ? null : key.strip();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .build();
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        String body = OpenAiWire.requestBody(config.model(), request, config.maxTokens());
        HttpRequest httpRequest = httpRequest(body);
        for (int attempt = 0; ; attempt++) {
            Failure failure;
            try {
                HttpResponse<String> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return OpenAiWire.parseResponse(response.body(), "POST " + uri, config.model());
                }
                String message = "POST " + uri + " answered HTTP " + status + ": " + OpenAiWire.serverMessage(response.body());
                if (!retryable(status)) throw new LlmException(message, status, null);
                failure = new Failure(message, status, null, retryAfter(response));
            } catch (HttpConnectTimeoutException e) {
                failure = new Failure("POST " + uri + ": no connection within " + config.connectTimeout(), -1, e, null);
            } catch (HttpTimeoutException e) {
                failure = new Failure("POST " + uri + ": no answer within the request timeout of " + config.requestTimeout(), -1, e, null);
            } catch (IOException e) {
                failure = new Failure("POST " + uri + " failed: " + describe(e), -1, e, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmException("interrupted while waiting for POST " + uri, -1, e);
            }
            if (attempt >= config.maxRetries()) {
                throw new LlmException(failure.message + " (gave up after " + (attempt + 1) + " attempt"
                        + (attempt == 0 ? "" : "s") + ")", failure.status, failure.cause);
            }
            Duration wait = failure.retryAfter != null ? failure.retryAfter : backoff(attempt, body);
            log.warn("{}; retry {}/{} in {} ms", failure.message, attempt + 1, config.maxRetries(), wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmException("interrupted while backing off from " + failure.message, failure.status, e);
            }
        }
    }

    /** The model name. */
    @Override
    public String name() {
        return config.model();
    }

    public OpenAiConfig config() {
        return config;
    }

    /** Closes the underlying HTTP client; requests in flight are allowed to finish. */
    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "OpenAiChatClient[" + config.model() + " @ " + uri + (apiKey != null ? ", with key from $" + config.apiKeyEnv() : "") + "]";
    }

    private HttpRequest httpRequest(String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (apiKey != null) b.header("Authorization", "Bearer " + apiKey);
        return b.build();
    }

    /** 408 request timeout, 429 too many requests and server errors may pass; other statuses will not. */
    static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** {@code Retry-After} in (possibly fractional) seconds, capped; null when absent or in HTTP-date form. */
    static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After");
        if (value.isEmpty()) return null;
        try {
            double seconds = Double.parseDouble(value.get().strip());
            if (!(seconds >= 0) || Double.isInfinite(seconds)) return null;
            Duration d = Duration.ofMillis(Math.round(seconds * 1000));
            return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The computed wait before retry {@code attempt} (0-based); see the class comment. */
    Duration backoff(int attempt, String body) {
        long seed = config.jitterSeed() * 0x9E3779B97F4A7C15L + attempt * 0xBF58476D1CE4E5B9L + body.hashCode();
        double jitter = new SplittableRandom(seed).nextDouble();
        double millis = config.initialBackoff().toMillis() * Math.pow(2, Math.min(attempt, 40)) * (1 + jitter / 4);
        return Duration.ofMillis((long) Math.min(config.maxBackoff().toMillis(), millis));
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException) return "connection refused or unreachable (" + e + ")";
        StringBuilder sb = new StringBuilder(e.toString());
        String last = e.toString();
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (!c.toString().equals(last)) sb.append(" <- ").append(c);
            last = c.toString();
        }
        return sb.toString();
    }

    private record Failure(String message, int status, Throwable cause, Duration retryAfter) {
    }
}
