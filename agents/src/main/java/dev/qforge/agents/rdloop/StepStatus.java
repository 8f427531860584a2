package dev.qforge.agents.rdloop;

/** How a loop ended: accepted into the state, rejected by the rule, a duplicate of an accepted factor, or no attempt ran. */
public enum StepStatus {
    ACCEPTED, REJECTED, DUPLICATE, FAILED
}
