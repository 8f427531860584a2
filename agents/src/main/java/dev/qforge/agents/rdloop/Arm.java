package dev.qforge.agents.rdloop;

/** The two directions the scheduler chooses between each loop: a new factor, or a new model on the factor set. */
public enum Arm {
    FACTOR, MODEL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
