package dev.qforge.agents.rdloop;

/** A factor in the state: its name ({@code F<loop>}), its expression (oriented so that higher is better) and the loop that accepted it. */
public record AcceptedFactor(String name, String expression, int loop) {
}
