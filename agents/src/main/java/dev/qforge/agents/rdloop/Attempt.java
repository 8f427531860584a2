package dev.qforge.agents.rdloop;

/** One development attempt of a loop: the code tried (null when the answer held none) and the error (null: it ran). */
public record Attempt(int number, String code, String error, int tokens) {
    public boolean ok() {
        return error == null;
    }
}
