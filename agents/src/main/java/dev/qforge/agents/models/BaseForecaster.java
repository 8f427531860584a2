package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every forecaster shares: the spec, the feature names it was fitted on (prediction on another feature set
 * is refused, naming the difference), the last fit report, and the spec/state files of {@link ModelFiles}.
 */
abstract class BaseForecaster implements Forecaster {

    protected final ModelSpec spec;
    protected List<String> featureNames;
    protected FitReport report;
    /** Loss per iteration (round or epoch) of the last fit, on train and valid, in the model's own loss (MSE). */
    protected double[] trainCurve = new double[0], validCurve = new double[0];

    protected BaseForecaster(ModelSpec spec) {
        this.spec = spec;
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    /** The report of the last fit (or of the loaded model's fit). */
    public FitReport report() {
        return report;
    }

    /** Valid loss (MSE) after each iteration of the last fit: early stopping keeps the iteration of its minimum. */
    public double[] validCurve() {
        return validCurve.clone();
    }

    /** Train loss (MSE) after each iteration of the last fit. */
    public double[] trainCurve() {
        return trainCurve.clone();
    }

    protected static List<String> names(Dataset d) {
        List<String> n = new ArrayList<>(d.featureCount());
        for (FactorMatrix f : d.features()) n.add(f.name());
        return n;
    }

    protected static void sameFeatures(Dataset train, Dataset valid) {
        if (!names(train).equals(names(valid))) throw new IllegalArgumentException("train and valid datasets have different features");
    }

    protected void requireFitted(Dataset d) {
        if (featureNames == null) throw new IllegalStateException("model " + spec.type() + " is not fitted");
        List<String> got = names(d);
        if (!got.equals(featureNames)) {
            throw new IllegalArgumentException("model " + spec.type() + " was fitted on " + featureNames.size() + " features "
                    + abbreviate(featureNames) + " but the dataset has " + got.size() + " " + abbreviate(got));
        }
    }

    private static String abbreviate(List<String> l) {
        return l.size() <= 6 ? l.toString() : l.subList(0, 6) + "...";
    }

    @Override
    public final void save(Path dir) throws IOException {
        if (featureNames == null) throw new IllegalStateException("model " + spec.type() + " is not fitted: nothing to save");
        ModelFiles.writeSpec(dir, spec);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("features", featureNames);
        state.put("report", ModelFiles.report(report));
        saveState(dir, state);
        ModelFiles.writeState(dir, state);
    }

    /** Puts the model's small state into {@code state} and writes any weight file into {@code dir}. */
    protected abstract void saveState(Path dir, Map<String, Object> state) throws IOException;

    /** Restores what {@link #saveState} wrote. */
    protected abstract void loadState(Path dir, Map<String, Object> state) throws IOException;

    final void load(Path dir) throws IOException {
        Map<String, Object> state = ModelFiles.readState(dir);
        featureNames = ModelFiles.strings(state.get("features"));
        report = ModelFiles.report(state.get("report"));
        loadState(dir, state);
    }

    protected static Map<String, Object> scalerState(RobustScaler s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("center", s.center());
        m.put("scale", s.scale());
        return m;
    }

    @SuppressWarnings("unchecked")
    protected static RobustScaler scaler(Object o) {
        Map<String, Object> m = (Map<String, Object>) o;
        return new RobustScaler(ModelFiles.doubles(m.get("center")), ModelFiles.doubles(m.get("scale")));
    }
}
