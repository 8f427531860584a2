package dev.qforge.agents.rdloop;

import dev.qforge.llm.ChatClient;
import dev.qforge.llm.ChatMessage;
import dev.qforge.llm.ChatRequest;
import dev.qforge.llm.ChatResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the language model is sent stays bounded whatever it answered before: a huge answer, a huge error, and many
 * loops of long feedback do not make the next prompt grow with them.
 */
class PromptBoundsTest {

    private static final int HUGE = 300_000;

    private static int chars(ChatRequest r) {
        return r.messages().stream().mapToInt(m -> m.content().length()).sum();
    }

    @Test
    void aHugeAnswerAndAHugeErrorAreNotEchoedWholeIntoTheRepairConversation() {
        List<ChatRequest> sent = new ArrayList<>();
        String huge = "```\nMean($close," + "9".repeat(HUGE) + ")\n```";
        ChatClient client = new ChatClient() {
            @Override
            public ChatResponse complete(ChatRequest request) {
                sent.add(request);
                return ChatResponse.of(huge, "scripted");
            }

            @Override
            public String name() {
                return "scripted";
            }
        };
        LlmResearcher r = new LlmResearcher(client, LoopFixtures.config(1, 3), 0.7, 512);
        ResearchContext ctx = new ResearchContext(0, new SplittableRandom(1), List.of(), null, Metrics.NONE, List.of(), Set.of("close", "volume"));
        Proposal p = r.propose(Arm.FACTOR, ctx);
        int first = chars(sent.get(0));
        for (int i = 0; i < 9; i++) p = r.repair(Arm.FACTOR, ctx, p, "cannot parse '" + p.code() + "'");
        // ten attempts of a 300k-character answer: the last request holds the system and user prompts plus
        // bounded excerpts of nine answers and errors, far below one answer's size
        assertThat(chars(sent.get(sent.size() - 1)) - first).isLessThan(HUGE / 3);
        for (ChatMessage m : sent.get(sent.size() - 1).messages()) assertThat(m.content().length()).isLessThan(10_000);
    }

    @Test
    void theUserPromptStaysBoundedOverManyLoopsOfLongFeedbackAndManyFactors() {
        List<StepRecord> history = new ArrayList<>();
        List<AcceptedFactor> factors = new ArrayList<>();
        String longCode = "Mean($close,5)" + "+Mean($close,5)".repeat(5_000);
        for (int k = 0; k < 500; k++) {
            history.add(new StepRecord(k, Arm.FACTOR, new double[9], List.of(new Attempt(1, longCode, "x".repeat(50_000), 0)), longCode,
                    Metrics.NONE, StepStatus.REJECTED, "why ".repeat(20_000), Metrics.NONE, 0, 0, 0));
            factors.add(new AcceptedFactor("F" + k, longCode, k));
        }
        ResearchContext ctx = new ResearchContext(500, new SplittableRandom(1), factors, null, Metrics.NONE, history, Set.of("close"));
        String prompt = ResearchPrompts.user(Arm.FACTOR, ctx, 5);
        assertThat(prompt.length()).isLessThan(30_000);
        // still names the most recent feedback and the best factors
        assertThat(prompt).contains("loop 500").contains("F0");
    }
}
