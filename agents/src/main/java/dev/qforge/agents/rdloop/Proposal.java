package dev.qforge.agents.rdloop;

/**
 * What the research agent handed over: {@code code} is a factor expression or a model spec as JSON (null when the
 * answer held none), {@code note} its stated hypothesis or how it was found, {@code raw} the full answer (for the
 * record), {@code tokens} the model tokens it cost (0 offline).
 */
public record Proposal(String code, String note, String raw, int tokens) {
}
