package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A cross-sectional return forecaster: fitted on the train rows of a {@link Dataset} with early
 * stopping on the valid rows, then asked for a score per (date, instrument).
 *
 * <p>Contract shared by every implementation:
 * <ul>
 *   <li>Deterministic on CPU for a given {@link ModelSpec} (its seed included): two fits on the same
 *       data give bit-identical predictions.</li>
 *   <li>{@link #fit} reads only the rows of the two datasets it is given; it never looks past
 *       {@code valid.rowTo()}, so the test period stays unseen until the caller predicts on it.</li>
 *   <li>{@link #predict} returns a matrix on the dataset's full date x instrument grid, NaN outside
 *       {@code [rowFrom, rowTo)} and wherever the model cannot score (for example every feature missing).</li>
 * </ul>
 */
public interface Forecaster {

    /** The type, hyperparameters and seed this forecaster was built from. */
    ModelSpec spec();

    /** Fits on {@code train}, early-stopping on {@code valid}; both share one feature set and grid. */
    FitReport fit(Dataset train, Dataset valid);

    /** Scores of the fitted model on {@code data}'s rows; throws {@link IllegalStateException} before fit. */
    FactorMatrix predict(Dataset data);

    /** Writes the fitted model and its spec under {@code dir}, so that it can be loaded and predict the same scores. */
    void save(Path dir) throws IOException;
}
