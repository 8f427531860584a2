package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * An MLP, LSTM or GRU ({@link NetGraphs}), trained by Adam on the mean squared error of the normalised
 * label, with Qlib's preprocessing for non-tree models ({@link RobustScaler}: robust z-score fitted on train, clipped
 * at ±3, NaN → 0). The recurrent nets read, for each (date, instrument), the last {@code window} days of that
 * instrument's features (Qlib's {@code TSDatasetH}; days before the first row are zeros). Rows with a NaN label are
 * not training samples.
 *
 * <p>Each epoch visits the train samples in an order shuffled by a {@link Random} seeded from the spec, then measures
 * the valid MSE; training stops when it has not improved for {@code patience} epochs, and the weights of the best
 * epoch are kept. Initial weights come from the same seed, so two fits on CPU give bit-identical predictions.
 *
 * <p>Parameters: {@code hidden} (64), {@code layers} (2), {@code lr} (1e-3), {@code epochs} (50), {@code patience}
 * (5), {@code batch} (800), {@code threads} (ND4J threads during fit and predict, 1: see {@link Nd4jThreads}),
 * {@code window} (20, recurrent nets only), {@code grad} ({@code native}: how the recurrent nets are differentiated,
 * see below).
 *
 * <p>The MLP is differentiated by SameDiff. The LSTM and GRU are by default differentiated by hand-written
 * backpropagation through time ({@link HandPasses}, {@code grad=native}): the same network, loss and weights file,
 * with a fixed set of native buffers per batch shape, so memory stays flat over a fit's batches (SameDiff's unrolled
 * graph grew by about 125 MB per batch of 800 and reached 14 GB in one epoch on 20 S&P names). {@code grad=samediff}
 * selects SameDiff's automatic differentiation of the unrolled graph instead, for comparison. A saved model
 * predicts the same with either.
 */
public final class NeuralForecaster extends BaseForecaster {

    static final Set<String> MLP_PARAMS = Set.of("hidden", "layers", "lr", "epochs", "patience", "batch", "threads");
    static final Set<String> RNN_PARAMS = Set.of("hidden", "layers", "lr", "epochs", "patience", "batch", "threads", "window", "grad");
    private static final String WEIGHTS = "weights.bin";
    private static final int SCORE_BATCH = 4096;

    private final NetGraphs.Kind kind;
    private final int hidden, layers, epochs, patience, batch, window, threads;
    private final double lr;
    private final boolean samediff;
    private RobustScaler scaler;
    private NetParams params;
    private NetPasses passes;

    public NeuralForecaster(ModelSpec spec, NetGraphs.Kind kind) {
        super(spec);
        this.kind = kind;
        hidden = positive(spec, "hidden", 64);
        layers = positive(spec, "layers", 2);
        epochs = positive(spec, "epochs", 50);
        patience = positive(spec, "patience", 5);
        batch = positive(spec, "batch", 800);
        threads = positive(spec, "threads", 1);
        window = kind == NetGraphs.Kind.MLP ? 1 : positive(spec, "window", 20);
        lr = XgboostForecaster.range(spec, "lr", 1e-3, 0, 1, false);
        Object g = spec.params().getOrDefault("grad", "native");
        if (!g.equals("native") && !g.equals("samediff")) {
            throw new IllegalArgumentException("model " + spec.type() + ": parameter grad = '" + g + "' must be native or samediff");
        }
        samediff = kind == NetGraphs.Kind.MLP || g.equals("samediff");
    }

    /** The passes over the current parameters (made on first use: after a fit or a load). */
    private NetPasses passes() {
        if (passes == null) {
            int k = featureNames.size();
            passes = samediff ? new SameDiffPasses(kind, params, k, hidden, layers, window) : new HandPasses(kind, params, k, hidden, layers);
        }
        return passes;
    }

    /** Batch size when scoring: SameDiff's per-op cost wants big batches; the hand-written passes reuse the training buffers. */
    private int scoreBatch() {
        return samediff ? SCORE_BATCH : batch;
    }

    private static int positive(ModelSpec spec, String key, int fallback) {
        int v = spec.integer(key, fallback);
        if (v < 1) throw new IllegalArgumentException("model " + spec.type() + ": parameter " + key + " = " + v + " must be >= 1");
        return v;
    }

    @Override
    public FitReport fit(Dataset train, Dataset valid) {
        return Nd4jThreads.with(threads, () -> doFit(train, valid));
    }

    private FitReport doFit(Dataset train, Dataset valid) {
        long t0 = System.nanoTime();
        sameFeatures(train, valid);
        Samples tr = Samples.training(train, "train");
        tr.requireEveryFeature(train, "train");
        Samples va = Samples.training(valid, "valid");
        scaler = RobustScaler.fit(tr);
        featureNames = names(train);
        int k = tr.k();
        params = NetGraphs.init(kind, k, hidden, layers, spec.seed());
        if (passes != null) passes.close(); // a refit: the previous fit's buffers
        passes = null;
        NetPasses net = passes();
        Adam adam = new Adam(params, lr);
        Random rnd = new Random(spec.seed() ^ 0x5DEECE66DL);
        int[] order = new int[tr.n()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        double[] trainC = new double[epochs], validC = new double[epochs];
        Map<String, INDArray> best = params.snapshot();
        int bestEpoch = -1, run = 0;
        WindowInputs trainIn = window == 1 ? null : new WindowInputs(train, scaler, window);
        WindowInputs validIn = window == 1 ? null : new WindowInputs(valid, scaler, window);
        for (int e = 0; e < epochs; e++) {
            shuffle(order, rnd);
            double sum = 0;
            for (int from = 0; from < order.length; from += batch) {
                int to = Math.min(order.length, from + batch);
                // the batch's arrays are freed at once: with a large heap the collector runs too rarely to keep up
                try (INDArray x = input(trainIn, tr, order, from, to); INDArray y = labels(tr, order, from, to)) {
                    sum += net.train(x, y, adam) * (to - from);
                }
            }
            run = e + 1;
            trainC[e] = sum / order.length; // the running train loss over the epoch's batches, as Qlib logs it
            validC[e] = va.mse(score(validIn, va));
            if (bestEpoch < 0 || validC[e] < validC[bestEpoch]) {
                bestEpoch = e;
                closeAll(best);
                best = params.snapshot();
            } else if (e - bestEpoch >= patience) {
                break;
            }
        }
        params.restore(best);
        closeAll(best);
        trainCurve = java.util.Arrays.copyOf(trainC, run);
        validCurve = java.util.Arrays.copyOf(validC, run);
        report = new FitReport(spec.type(), run, bestEpoch + 1, trainC[bestEpoch], validC[bestEpoch], (System.nanoTime() - t0) / 1_000_000);
        return report;
    }

    private static void closeAll(Map<String, INDArray> arrays) {
        for (INDArray a : arrays.values()) if (a != null && !a.wasClosed() && a.closeable()) a.close();
    }

    private static void shuffle(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static INDArray labels(Samples s, int[] order, int from, int to) {
        float[] y = new float[to - from];
        for (int i = from; i < to; i++) y[i - from] = s.y()[order[i]];
        return WindowInputs.array(y, to - from, 1);
    }

    /**
     * The network input of samples {@code order[from..to)}: their scaled features ([b, k]) or, for the recurrent
     * nets, the scaled features of the last {@code window} days of the same instrument ([window, b, k], oldest first).
     */
    private INDArray input(WindowInputs w, Samples s, int[] order, int from, int to) {
        if (w != null) return w.batch(s.cell(), order, from, to);
        int b = to - from, k = s.k();
        float[] x = new float[b * k];
        for (int i = 0; i < b; i++) {
            int src = order == null ? from + i : order[from + i];
            for (int j = 0; j < k; j++) x[i * k + j] = scaler.apply(j, s.x()[src * k + j]);
        }
        return WindowInputs.array(x, b, k);
    }

    private float[] score(WindowInputs w, Samples s) {
        float[] p = new float[s.n()];
        NetPasses net = passes();
        for (int from = 0; from < s.n(); from += scoreBatch()) {
            int to = Math.min(s.n(), from + scoreBatch());
            try (INDArray x = input(w, s, null, from, to)) {
                net.predict(x, p, from);
            }
        }
        return p;
    }

    @Override
    public FactorMatrix predict(Dataset data) {
        requireFitted(data);
        Samples s = Samples.scoring(data);
        WindowInputs w = window == 1 ? null : new WindowInputs(data, scaler, window);
        return Samples.toMatrix(data, s, Nd4jThreads.with(threads, () -> score(w, s)), spec.type());
    }

    @Override
    protected void saveState(Path dir, Map<String, Object> state) throws IOException {
        state.put("scaler", scalerState(scaler));
        state.put("validCurve", validCurve);
        try (OutputStream os = Files.newOutputStream(dir.resolve(WEIGHTS))) {
            params.write(os);
        }
    }

    @Override
    protected void loadState(Path dir, Map<String, Object> state) throws IOException {
        scaler = scaler(state.get("scaler"));
        validCurve = ModelFiles.doubles(state.get("validCurve"));
        params = NetGraphs.init(kind, featureNames.size(), hidden, layers, spec.seed());
        try (InputStream is = Files.newInputStream(dir.resolve(WEIGHTS))) {
            params.read(is);
        }
        passes = null;
    }
}
