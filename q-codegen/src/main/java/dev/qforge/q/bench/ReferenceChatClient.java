package dev.qforge.q.bench;

import dev.qforge.llm.ChatClient;
import dev.qforge.llm.ChatRequest;
import dev.qforge.llm.ChatResponse;
import dev.qforge.llm.LlmException;

/**
 * A stand-in model that answers every request with the canonical solution of the problem named in the
 * request's tag ({@code <problemId>#<sample>}), wrapped in a ```q block. A benchmark run with it must score
 * 100% on an executor that runs q correctly: it checks the problem set and the executor, not a model.
 */
public final class ReferenceChatClient implements ChatClient {
    private final ProblemSet problems;

    public ReferenceChatClient(ProblemSet problems) {
        this.problems = problems;
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        String tag = request.tag();
        if (tag == null || tag.isBlank()) throw new LlmException("the reference model needs a request tag <problemId>#<sample>");
        int hash = tag.lastIndexOf('#');
        String id = hash < 0 ? tag : tag.substring(0, hash);
        Problem p = problems.find(id).orElseThrow(() -> new LlmException("the reference model knows no problem '" + id + "'"));
        return ChatResponse.of("Here is a solution.\n\n```q\n" + p.solution().strip() + "\n```\n", name());
    }

    @Override
    public String name() {
        return "reference";
    }
}
