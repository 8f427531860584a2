package dev.qforge.agents.models;

import dev.qforge.agents.models.rnn.RecurrentRegressor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written LSTM and GRU passes against two independent references, for every parameter array: central
 * finite differences of the loss in double precision (the loss recomputed here from the predictions; up to ten
 * elements of each array, the first and last included), and SameDiff's automatic differentiation of the
 * {@link NetGraphs} graph on the same float weights (every element).
 */
class RecurrentGradientsTest {

    private static final int K = 3, HIDDEN = 5, LAYERS = 2;
    private static final int PER_ARRAY = 10; // finite differences on every parameter array, at most this many elements each

    private static RecurrentRegressor.Cell cell(NetGraphs.Kind kind) {
        return kind == NetGraphs.Kind.LSTM ? RecurrentRegressor.Cell.LSTM : RecurrentRegressor.Cell.GRU;
    }

    /** Random inputs [steps, n, K] and labels [n, 1]; weights scaled up so the gates leave their linear range. */
    private static INDArray[] batch(DataType t, int steps, int n, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[steps * n * K], y = new double[n];
        for (int i = 0; i < x.length; i++) x[i] = rnd.nextGaussian();
        for (int i = 0; i < n; i++) y[i] = rnd.nextGaussian();
        return new INDArray[]{Nd4j.create(x, new long[]{steps, n, K}, 'c').castTo(t), Nd4j.create(y, new long[]{n, 1}, 'c').castTo(t)};
    }

    private static NetParams params(NetGraphs.Kind kind, long seed) {
        NetParams p = NetGraphs.init(kind, K, HIDDEN, LAYERS, seed);
        Random rnd = new Random(seed + 1);
        // non-zero biases everywhere (the initial ones are 0 or 1): every bias gradient path is exercised
        p.arrays().forEach((name, a) -> {
            if (name.contains(".b")) for (int i = 0; i < a.length(); i++) a.putScalar(i, rnd.nextGaussian() * 0.5);
            else a.muli(1.5);
        });
        return p;
    }

    private static double mse(INDArray pred, INDArray y) {
        double s = 0;
        for (int i = 0; i < y.rows(); i++) {
            double d = pred.getDouble(i, 0) - y.getDouble(i, 0);
            s += d * d;
        }
        return s / y.rows();
    }

    @ParameterizedTest
    @CsvSource({"LSTM, 4", "GRU, 4", "LSTM, 1", "GRU, 1"})
    void everyGradientMatchesCentralFiniteDifferences(NetGraphs.Kind kind, int steps) {
        // one ND4J thread, as the forecasters run: a thread team spins on these tiny ops on a loaded machine
        Nd4jThreads.with(1, () -> {
            finiteDifferences(kind, steps);
            return null;
        });
    }

    private static void finiteDifferences(NetGraphs.Kind kind, int steps) {
        Map<String, INDArray> p = new LinkedHashMap<>();
        params(kind, 7).arrays().forEach((k, v) -> p.put(k, v.castTo(DataType.DOUBLE)));
        INDArray[] b = batch(DataType.DOUBLE, steps, 6, 11);
        try (RecurrentRegressor net = new RecurrentRegressor(cell(kind), K, HIDDEN, LAYERS, p)) {
            double loss = net.lossAndGradients(p, b[0], b[1]);
            assertThat(loss).isCloseTo(mse(net.predict(p, b[0]), b[1]), org.assertj.core.data.Offset.offset(1e-12));
            net.lossAndGradients(p, b[0], b[1]);
            Map<String, INDArray> grads = new LinkedHashMap<>();
            net.gradients().forEach((k, v) -> grads.put(k, v.dup()));
            double eps = 1e-6;
            int checked = 0;
            Random pick = new Random(13);
            for (Map.Entry<String, INDArray> e : p.entrySet()) {
                INDArray a = e.getValue();
                for (int i : elements((int) a.length(), pick)) {
                    double v = a.getDouble(i);
                    a.putScalar(i, v + eps);
                    double up = mse(net.predict(p, b[0]), b[1]);
                    a.putScalar(i, v - eps);
                    double down = mse(net.predict(p, b[0]), b[1]);
                    a.putScalar(i, v);
                    double numeric = (up - down) / (2 * eps), analytic = grads.get(e.getKey()).getDouble(i);
                    assertThat(analytic).as("%s %s[%d] (%d steps)", kind, e.getKey(), i, steps)
                            .isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-7 + 1e-5 * Math.abs(numeric)));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(100);
        }
    }

    /** Up to {@link #PER_ARRAY} element indices of an array: the first, the last and a random draw of the others. */
    private static int[] elements(int length, Random rnd) {
        if (length <= PER_ARRAY) return java.util.stream.IntStream.range(0, length).toArray();
        java.util.TreeSet<Integer> s = new java.util.TreeSet<>(java.util.List.of(0, length - 1));
        while (s.size() < PER_ARRAY) s.add(rnd.nextInt(length));
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    @ParameterizedTest
    @CsvSource({"LSTM", "GRU"})
    void gradientsAndLossEqualSameDiffsOnTheSameWeights(NetGraphs.Kind kind) {
        Nd4jThreads.with(1, () -> {
            againstSameDiff(kind);
            return null;
        });
    }

    private static void againstSameDiff(NetGraphs.Kind kind) {
        int steps = 5;
        NetParams p = params(kind, 3);
        INDArray[] b = batch(DataType.FLOAT, steps, 8, 5);
        SameDiffPasses sd = new SameDiffPasses(kind, p, K, HIDDEN, LAYERS, steps);
        OutAndGrad og = sd.gradients(b[0], b[1]);
        double sdLoss = og.getOutputs().get("loss").getDouble(0);
        try (RecurrentRegressor net = new RecurrentRegressor(cell(kind), K, HIDDEN, LAYERS, p.arrays())) {
            double loss = net.lossAndGradients(p.arrays(), b[0], b[1]);
            assertThat(loss).isCloseTo(sdLoss, org.assertj.core.data.Offset.offset(1e-5 * sdLoss));
            for (String name : p.arrays().keySet()) {
                INDArray mine = net.gradients().get(name), theirs = og.getGradients().get(name);
                assertThat(theirs).as(name).isNotNull();
                double scale = theirs.amaxNumber().doubleValue();
                assertThat(scale).as("%s gradient is not trivially zero", name).isGreaterThan(1e-6);
                double err = mine.castTo(DataType.DOUBLE).sub(theirs.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
                assertThat(err).as("%s %s: max |hand − samediff| against max |samediff| %g", kind, name, scale).isLessThan(1e-4 * scale + 1e-7);
            }
        }
    }
}
