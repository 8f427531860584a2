package dev.qforge.agents.rdloop;

/**
 * The research stage: proposes a new factor expression or model spec for an arm, and repairs a failed proposal given
 * the error it raised. May throw {@link dev.qforge.llm.LlmException} (the loop records the failed attempt and goes on)
 * or {@link IllegalStateException} when it has nothing more to propose this loop.
 */
public interface Researcher {

    Proposal propose(Arm arm, ResearchContext context);

    Proposal repair(Arm arm, ResearchContext context, Proposal failed, String error);

    /** For reports: {@code offline} or the model name. */
    String name();
}
