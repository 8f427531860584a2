package dev.qforge.llm;

import static dev.qforge.llm.FakeOpenAiServer.completion;
import static dev.qforge.llm.FakeOpenAiServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Retries, backoff, timeouts, dropped connections and concurrency of {@link OpenAiChatClient}. */
class OpenAiChatClientRetryTest {

    private static final String OK = completion("fine", "m", 5, 1);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    private OpenAiChatClient client(String baseUrl, int retries) {
        return client(baseUrl, retries, Duration.ofSeconds(10));
    }

    private OpenAiChatClient client(String baseUrl, int retries, Duration requestTimeout) {
        OpenAiConfig config = OpenAiConfig.of(baseUrl, "m")
                .withRetries(retries, Duration.ofMillis(100), Duration.ofSeconds(30))
                .withTimeouts(Duration.ofSeconds(5), requestTimeout);
        return new OpenAiChatClient(config, name -> null, sleeps::add);
    }

    private static ChatRequest request() {
        return ChatRequest.of(List.of(ChatMessage.user("hello"))).withTag("t");
    }

    @Test
    void serviceUnavailableTwiceThenSuccessBacksOffWithGrowingWaits() throws Exception {
        try (var server = new FakeOpenAiServer((ex, call, req) -> {
            if (call < 2) reply(ex, 503, "{\"error\":{\"message\":\"overloaded\"}}");
            else reply(ex, 200, OK);
        }); var client = client(server.baseUrl(), 4)) {
            assertThat(client.complete(request()).content()).isEqualTo("fine");
            assertThat(server.calls()).isEqualTo(3);
            assertThat(sleeps).hasSize(2);
            // initial 100 ms, doubling, times 1 + jitter/4 with jitter in [0, 1)
            assertThat(sleeps.get(0).toMillis()).isBetween(100L, 125L);
            assertThat(sleeps.get(1).toMillis()).isBetween(200L, 250L);
            assertThat(sleeps.get(1)).isGreaterThan(sleeps.get(0));
        }
    }

    @Test
    void backoffScheduleIsReproducibleAndCapped() {
        OpenAiConfig config = OpenAiConfig.of("http://127.0.0.1:9/v1", "m")
                .withRetries(10, Duration.ofMillis(100), Duration.ofMillis(1000)).withJitterSeed(7);
        var a = new OpenAiChatClient(config, n -> null, sleeps::add);
        var b = new OpenAiChatClient(config, n -> null, sleeps::add);
        List<Duration> first = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            first.add(a.backoff(k, "{body}"));
            assertThat(b.backoff(k, "{body}")).isEqualTo(first.get(k));
        }
        assertThat(first.get(3).toMillis()).isBetween(800L, 1000L);
        assertThat(first.subList(4, 8)).allMatch(d -> d.toMillis() == 1000);
        var c = new OpenAiChatClient(config.withJitterSeed(8), n -> null, sleeps::add);
        assertThat(c.backoff(0, "{body}")).isNotEqualTo(first.get(0)); // 25 ms of jitter; a collision would be a 1-in-25 fluke
        a.close();
        b.close();
        c.close();
    }

    @Test
    void rateLimitHonoursRetryAfterSeconds() throws Exception {
        try (var server = new FakeOpenAiServer((ex, call, req) -> {
            if (call == 0) reply(ex, 429, "{\"error\":{\"message\":\"Rate limit reached\"}}", "Retry-After", "2");
            else reply(ex, 200, OK);
        }); var client = client(server.baseUrl(), 3)) {
            assertThat(client.complete(request()).content()).isEqualTo("fine");
            assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
            assertThat(server.calls()).isEqualTo(2);
        }
    }

    @Test
    void persistentServerErrorGivesUpWithStatusAndMessage() throws Exception {
        try (var server = new FakeOpenAiServer((ex, call, req) -> reply(ex, 500, "{\"error\":{\"message\":\"CUDA out of memory\"}}"));
             var client = client(server.baseUrl(), 2)) {
            assertThatThrownBy(() -> client.complete(request()))
                    .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.status()).isEqualTo(500))
                    .hasMessageContaining("HTTP 500: CUDA out of memory")
                    .hasMessageContaining("gave up after 3 attempts");
            assertThat(server.calls()).isEqualTo(3);
            assertThat(sleeps).hasSize(2);
        }
    }

    @Test
    void slowServerTimesOutIsRetriedThenFailsClearly() throws Exception {
        try (var server = new FakeOpenAiServer((ex, call, req) -> {
            Thread.sleep(3_000);
            reply(ex, 200, OK);
        }); var client = client(server.baseUrl(), 1, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> client.complete(request()))
                    .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.status()).isEqualTo(-1))
                    .hasMessageContaining("no answer within the request timeout of PT0.3S")
                    .hasMessageContaining(server.baseUrl() + "/chat/completions")
                    .hasMessageContaining("gave up after 2 attempts");
            assertThat(server.calls()).isEqualTo(2);
            assertThat(sleeps).hasSize(1);
        }
    }

    @Test
    void droppedConnectionIsRetriedThenFailsClearly() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        connections.incrementAndGet();
                        readHeaders(s.getInputStream());
                    } catch (Exception e) {
                        return; // socket closed at the end of the test
                    }
                }
            });
            try (var client = client("http://127.0.0.1:" + socket.getLocalPort() + "/v1", 2)) {
                assertThatThrownBy(() -> client.complete(request()))
                        .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.status()).isEqualTo(-1))
                        .hasMessageContaining("POST http://127.0.0.1:" + socket.getLocalPort() + "/v1/chat/completions failed: ")
                        .hasMessageContaining("IOException")
                        .hasMessageContaining("gave up after 3 attempts");
            }
            assertThat(connections.get()).isEqualTo(3);
            assertThat(sleeps).hasSize(2);
            socket.close();
            acceptor.join(2_000);
        }
    }

    @Test
    void refusedConnectionIsRetriedThenFailsClearly() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (var client = client("http://127.0.0.1:" + port + "/v1", 1)) {
            assertThatThrownBy(() -> client.complete(request()))
                    .isInstanceOf(LlmException.class)
                    .hasMessageContaining("connection refused or unreachable")
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("gave up after 2 attempts");
            assertThat(sleeps).hasSize(1);
        }
    }

    @Test
    void eightThreadsTimesTenRequestsAllSucceed() throws Exception {
        try (var server = new FakeOpenAiServer((ex, call, req) -> {
            String user = FakeOpenAiServer.JSON_READER.readTree(req).path("messages").get(0).path("content").asText();
            reply(ex, 200, completion("echo " + user, "m", 1, 1));
        }); var client = client(server.baseUrl(), 0)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> futures = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        List<String> answers = new ArrayList<>();
                        for (int i = 0; i < 10; i++) {
                            String q = "q-" + thread + "-" + i;
                            answers.add(client.complete(ChatRequest.of(List.of(ChatMessage.user(q)))).content());
                        }
                        return answers;
                    }));
                }
                for (int t = 0; t < 8; t++) {
                    List<String> expected = new ArrayList<>();
                    for (int i = 0; i < 10; i++) expected.add("echo q-" + t + "-" + i);
                    assertThat(futures.get(t).get()).containsExactlyElementsOf(expected);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(server.calls()).isEqualTo(80);
            assertThat(server.seen()).hasSize(80);
        }
    }

    /** Reads an HTTP request head and, when announced, its body; then the caller closes without answering. */
    private static void readHeaders(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) break;
        }
        String lower = head.toString().toLowerCase();
        int at = lower.indexOf("content-length:");
        if (at >= 0) {
            int n = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).strip());
            in.readNBytes(n);
        }
        assertThat(new String(head.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)).startsWith("POST /v1/chat/completions");
    }
}
