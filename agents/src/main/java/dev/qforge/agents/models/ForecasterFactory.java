package dev.qforge.agents.models;

/** Builds an unfitted forecaster from its spec; throws {@link IllegalArgumentException} naming the bad type or parameter. */
@FunctionalInterface
public interface ForecasterFactory {
    Forecaster create(ModelSpec spec);
}
