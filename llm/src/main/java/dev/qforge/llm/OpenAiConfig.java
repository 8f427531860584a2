package dev.qforge.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of an {@link OpenAiChatClient}.
 *
 * @param baseUrl        the API root, for example {@code http://localhost:8000/v1} (vLLM),
 *                       {@code http://localhost:11434/v1} (Ollama) or {@code https://api.openai.com/v1};
 *                       requests go to {@code baseUrl + "/chat/completions"}; a trailing slash is dropped
 * @param model          the model name sent with every request
 * @param apiKeyEnv      the NAME of the environment variable that holds the API key (never the key itself);
 *                       when that variable is unset or blank no {@code Authorization} header is sent
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout how long to wait for the whole answer of one attempt (generation included)
 * @param maxRetries     how many times a failed attempt is retried (0: one attempt only)
 * @param initialBackoff the wait before the first retry; it doubles with each further retry
 * @param maxBackoff     the longest computed backoff (a server's {@code Retry-After} is honoured even if longer)
 * @param maxTokens      the most completion tokens any request may ask for: a request asking more is lowered to
 *                       this, so one setting bounds every caller (for example a small local model's context);
 *                       0 means no bound and each request's own {@code maxTokens} is sent unchanged
 * @param jitterSeed     seed of the backoff jitter, which makes the retry schedule reproducible
 */
public record OpenAiConfig(String baseUrl, String model, String apiKeyEnv, Duration connectTimeout,
                           Duration requestTimeout, int maxRetries, Duration initialBackoff, Duration maxBackoff,
                           int maxTokens, long jitterSeed) {

    /** The environment variable read for the API key unless another is named. */
    public static final String DEFAULT_API_KEY_ENV = "OPENAI_API_KEY";

    public OpenAiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.strip();
        while (baseUrl.endsWith("/")) baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        if (!(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("base URL must start with http:// or https://, got '" + baseUrl + "'");
        }
        URI.create(baseUrl); // fails early on a malformed URL
        if (model == null || model.isBlank()) throw new IllegalArgumentException("model must be named");
        if (apiKeyEnv == null || apiKeyEnv.isBlank()) apiKeyEnv = DEFAULT_API_KEY_ENV;
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(requestTimeout, "request timeout");
        requirePositive(initialBackoff, "initial backoff");
        requirePositive(maxBackoff, "max backoff");
        if (maxRetries < 0) throw new IllegalArgumentException("max retries must be >= 0, got " + maxRetries);
        if (maxTokens < 0) throw new IllegalArgumentException("max tokens must be >= 0 (0: no bound), got " + maxTokens);
    }

    /**
     * Defaults for a server at {@code baseUrl}: key from {@code OPENAI_API_KEY}, 10 s to connect, 10 min per
     * answer (long generations on local GPUs), 4 retries starting at 1 s and capped at 60 s, no token bound,
     * jitter seed 42.
     */
    public static OpenAiConfig of(String baseUrl, String model) {
        return new OpenAiConfig(baseUrl, model, DEFAULT_API_KEY_ENV, Duration.ofSeconds(10), Duration.ofMinutes(10),
                4, Duration.ofSeconds(1), Duration.ofSeconds(60), 0, 42L);
    }

    /** The full URL requests are posted to. */
    public URI chatCompletionsUri() {
        return URI.create(baseUrl + "/chat/completions");
    }

    public OpenAiConfig withApiKeyEnv(String name) {
        return new OpenAiConfig(baseUrl, model, name, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                maxBackoff, maxTokens, jitterSeed);
    }

    public OpenAiConfig withTimeouts(Duration connect, Duration request) {
        return new OpenAiConfig(baseUrl, model, apiKeyEnv, connect, request, maxRetries, initialBackoff, maxBackoff,
                maxTokens, jitterSeed);
    }

    public OpenAiConfig withRetries(int retries, Duration initial, Duration max) {
        return new OpenAiConfig(baseUrl, model, apiKeyEnv, connectTimeout, requestTimeout, retries, initial, max,
                maxTokens, jitterSeed);
    }

    public OpenAiConfig withMaxTokens(int bound) {
        return new OpenAiConfig(baseUrl, model, apiKeyEnv, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                maxBackoff, bound, jitterSeed);
    }

    public OpenAiConfig withJitterSeed(long seed) {
        return new OpenAiConfig(baseUrl, model, apiKeyEnv, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                maxBackoff, maxTokens, seed);
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " must be positive, got " + d);
    }
}
