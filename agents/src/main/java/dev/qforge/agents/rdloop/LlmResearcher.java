package dev.qforge.agents.rdloop;

import dev.qforge.llm.ChatClient;
import dev.qforge.llm.ChatMessage;
import dev.qforge.llm.ChatRequest;
import dev.qforge.llm.ChatResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * The research agent backed by a language model through the {@code llm} client ({@link ResearchPrompts}). A repair
 * continues the same conversation: the failed answer and the error go back to the model. Requests carry the loop's
 * seed (servers that honour it sample reproducibly) and a tag {@code rdloop#<loop>.<attempt>}. Token usage is
 * taken from the server's report (0 when it reports none). Failures of the call itself (HTTP errors, timeouts) are
 * {@link dev.qforge.llm.LlmException}s, which the loop records as failed attempts.
 */
public final class LlmResearcher implements Researcher {

    private final ChatClient client;
    private final List<String> modelTypes;
    private final int feedbackSteps;
    private final double temperature;
    private final int maxTokens;
    private List<ChatMessage> conversation = List.of();
    private int attempt;

    public LlmResearcher(ChatClient client, LoopConfig config, double temperature, int maxTokens) {
        this.client = client;
        this.modelTypes = config.modelTypes();
        this.feedbackSteps = config.feedbackSteps();
        this.temperature = temperature;
        this.maxTokens = maxTokens;
    }

    @Override
    public String name() {
        return client.name();
    }

    @Override
    public Proposal propose(Arm arm, ResearchContext ctx) {
        conversation = new ArrayList<>(List.of(ChatMessage.system(ResearchPrompts.system(arm, ctx.fields(), modelTypes)),
                ChatMessage.user(ResearchPrompts.user(arm, ctx, feedbackSteps))));
        attempt = 1;
        return ask(arm, ctx);
    }

    @Override
    public Proposal repair(Arm arm, ResearchContext ctx, Proposal failed, String error) {
        List<ChatMessage> c = new ArrayList<>(conversation);
        if (failed != null && failed.raw() != null) c.add(ChatMessage.assistant(ResearchPrompts.clip(failed.raw(), ResearchPrompts.MAX_ECHO)));
        c.add(ChatMessage.user(ResearchPrompts.repair(error)));
        conversation = c;
        attempt++;
        return ask(arm, ctx);
    }

    private Proposal ask(Arm arm, ResearchContext ctx) {
        ChatRequest r = new ChatRequest(conversation, temperature, 0.95, maxTokens, ctx.rng().nextLong(), "rdloop#" + ctx.loop() + "." + attempt);
        ChatResponse a = client.complete(r);
        int tokens = Math.max(0, a.promptTokens()) + Math.max(0, a.completionTokens());
        String code = AnswerParser.code(arm, a.content());
        return new Proposal(code, AnswerParser.hypothesis(a.content()), a.content(), tokens);
    }
}
