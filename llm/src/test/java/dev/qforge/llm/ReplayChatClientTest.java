package dev.qforge.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RecordingChatClient} writes what {@link ReplayChatClient} reads back. */
class ReplayChatClientTest {

    @TempDir
    Path dir;

    private static ChatRequest tagged(String tag) {
        return ChatRequest.of(List.of(ChatMessage.user("solve " + tag))).withTag(tag);
    }

    @Test
    void recordingReplaysExactlyIncludingRepeatedTagsInOrder() {
        Path file = dir.resolve("runs/rec.jsonl"); // parent directory is created on first write
        AtomicInteger n = new AtomicInteger();
        var live = ScriptedChatClient.responding(r -> new ChatResponse(
                "answer " + n.incrementAndGet() + " to " + r.tag() + "\n\"quoted\" \\ é λ", "live-model", "stop", 10, n.get()));
        var recorder = new RecordingChatClient(live, file);
        List<String> tags = List.of("two-sum#0", "two-sum#1", "rev#0", "same", "same");
        List<ChatResponse> liveAnswers = new ArrayList<>();
        for (String t : tags) liveAnswers.add(recorder.complete(tagged(t)));
        assertThat(recorder.name()).isEqualTo("scripted");

        ReplayChatClient replay = ReplayChatClient.load(file);
        assertThat(replay.tags()).containsExactly("two-sum#0", "two-sum#1", "rev#0", "same");
        assertThat(replay.count("same")).isEqualTo(2);
        List<ChatResponse> replayed = new ArrayList<>();
        for (String t : tags) replayed.add(replay.complete(tagged(t)));
        assertThat(replayed).isEqualTo(liveAnswers);
        assertThat(replayed.get(3).content()).startsWith("answer 4 ");
        assertThat(replayed.get(4).content()).startsWith("answer 5 ");
        assertThatThrownBy(() -> replay.complete(tagged("same")))
                .isInstanceOf(LlmException.class)
                .hasMessageContaining("'same'").hasMessageContaining("recorded 2 time(s)").hasMessageContaining(file.toString());
    }

    @Test
    void recordingAppendsAndNeedsATag() throws Exception {
        Path file = dir.resolve("rec.jsonl");
        var live = ScriptedChatClient.queue("a", "b");
        new RecordingChatClient(live, file).complete(tagged("x#0"));
        new RecordingChatClient(live, file).complete(tagged("x#1"));
        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThatThrownBy(() -> new RecordingChatClient(live, file).complete(ChatRequest.of(List.of(ChatMessage.user("q")))))
                .isInstanceOf(LlmException.class).hasMessageContaining("needs a tag");
        assertThat(live.calls()).as("untagged request never reaches the model").isEqualTo(2);
    }

    @Test
    void liveHttpRunReplaysWithUsage() throws Exception {
        Path file = dir.resolve("http.jsonl");
        try (var server = FakeOpenAiServer.always(FakeOpenAiServer.completion("til 10", "qwen", 17, 4));
             var http = new OpenAiChatClient(OpenAiConfig.of(server.baseUrl(), "qwen"), k -> null, d -> { })) {
            ChatResponse live = new RecordingChatClient(http, file).complete(tagged("til#0"));
            assertThat(ReplayChatClient.load(file).complete(tagged("til#0"))).isEqualTo(live)
                    .isEqualTo(new ChatResponse("til 10", "qwen", "stop", 17, 4));
        }
    }

    @Test
    void acceptsWholeOpenAiResponsesAndSkipsBlankLines() throws Exception {
        Path file = write("""
                {"tag":"a","content":"plain"}

                {"tag":"b","response":%s}
                """.formatted(FakeOpenAiServer.completion("from response", "gpt-x", 3, 2)));
        ReplayChatClient replay = ReplayChatClient.load(file);
        assertThat(replay.complete(tagged("a"))).isEqualTo(new ChatResponse("plain", "replay", null, -1, -1));
        assertThat(replay.complete(tagged("b"))).isEqualTo(new ChatResponse("from response", "gpt-x", "stop", 3, 2));
        assertThat(replay.name()).isEqualTo("replay:rec.jsonl");
    }

    @Test
    void missingTagNamesTagAndFile() throws Exception {
        Path file = write("{\"tag\":\"a\",\"content\":\"x\"}\n");
        ReplayChatClient replay = ReplayChatClient.load(file);
        assertThatThrownBy(() -> replay.complete(tagged("nope#3")))
                .isInstanceOf(LlmException.class)
                .hasMessageContaining("'nope#3'").hasMessageContaining(file.toString());
        assertThatThrownBy(() -> replay.complete(ChatRequest.of(List.of(ChatMessage.user("q")))))
                .isInstanceOf(LlmException.class).hasMessageContaining("needs a tag");
    }

    @Test
    void malformedLinesNameFileAndLine() throws Exception {
        assertMalformed("{\"tag\":\"a\",\"content\":\"x\"}\n\n{\"tag\":\"b\",\"content\":\n", ":3: not a JSON object");
        assertMalformed("{\"tag\":\"a\",\"content\":\"x\"}\n[1,2]\n", ":2: not a JSON object");
        assertMalformed("{\"content\":\"x\"}\n", ":1: needs a non-empty string \"tag\"");
        assertMalformed("{\"tag\":\"a\",\"content\":7}\n", ":1: needs a string \"content\" or an object \"response\"");
        assertMalformed("{\"tag\":\"a\",\"response\":{\"choices\":[]}}\n", ":1 has no choices");
        assertThatThrownBy(() -> ReplayChatClient.load(dir.resolve("absent.jsonl")))
                .isInstanceOf(LlmException.class).hasMessageContaining("cannot read recording").hasMessageContaining("absent.jsonl");
    }

    @Test
    void concurrentReplayOfDistinctTagsIsOrderIndependent() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) sb.append("{\"tag\":\"p#").append(i).append("\",\"content\":\"c").append(i).append("\"}\n");
        ReplayChatClient replay = ReplayChatClient.load(write(sb.toString()));
        List<Thread> threads = new ArrayList<>();
        Map<Integer, String> got = new java.util.concurrent.ConcurrentHashMap<>();
        for (int t = 0; t < 4; t++) {
            int offset = t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = offset; i < 100; i += 4) got.put(i, replay.complete(tagged("p#" + i)).content());
            }));
        }
        for (Thread t : threads) t.join(Duration.ofSeconds(10));
        assertThat(got).hasSize(100).allSatisfy((i, c) -> assertThat(c).isEqualTo("c" + i));
    }

    private void assertMalformed(String text, String problem) throws Exception {
        Path file = write(text);
        assertThatThrownBy(() -> ReplayChatClient.load(file))
                .isInstanceOf(LlmException.class).hasMessageContaining(file + problem);
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("rec.jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
