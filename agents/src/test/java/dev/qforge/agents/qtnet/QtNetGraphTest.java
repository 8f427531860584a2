package dev.qforge.agents.qtnet;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class QtNetGraphTest {

    private static final int IN = 5, STEPS = 3, BATCH = 2;
    private final NetworkConfig config = new NetworkConfig(4, 2, new int[]{6, 3}, 5, new int[]{4}, 1e-3);

    private Map<String, INDArray> feed(DataType t) {
        Random rnd = new Random(3);
        Map<String, INDArray> ph = new HashMap<>();
        ph.put("obs", rand(rnd, t, STEPS * BATCH, IN).reshape(STEPS, BATCH, IN));
        ph.put("act", rand(rnd, t, STEPS * BATCH, 2));
        for (int l = 0; l < 2; l++) ph.put("h" + l + "_in", rand(rnd, t, BATCH, 4));
        int n = STEPS * BATCH;
        ph.put("y", rand(rnd, t, n, 1));
        ph.put("wc", rand(rnd, t, n, 1));
        ph.put("rlw", rand(rnd, t, n, 1));
        ph.put("bcw", rand(rnd, t, n, 1));
        INDArray exp = Nd4j.zeros(t, n, 2);
        for (int i = 0; i < n; i++) exp.putScalar(i, i % 2, 1);
        ph.put("exp", exp);
        return ph;
    }

    private static INDArray rand(Random rnd, DataType t, int r, int c) {
        INDArray a = Nd4j.zeros(t, r, c);
        for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) a.putScalar(i, j, rnd.nextDouble() - 0.3);
        return a;
    }

    @Test
    void gradientsOfBothLossesMatchFiniteDifferences() {
        QtNetParams p = QtNetParams.init(config, IN, 11).castTo(DataType.DOUBLE);
        Map<String, INDArray> ph = feed(DataType.DOUBLE);
        for (String loss : List.of(QtNetGraph.CRITIC_LOSS, QtNetGraph.ACTOR_LOSS)) {
            SameDiff sd = QtNetGraph.build(config, p, IN, STEPS);
            sd.setLossVariables(loss);
            List<String> names = List.of("enc0.Wz", "enc1.Un", "enc0.bn", "enc1.Wr", "actor.W1", "actor.Wout", "critic.Wa", "critic.W0");
            Map<String, INDArray> g = sd.calculateGradients(ph, names);
            for (String name : names) {
                INDArray arr = p.get(name);
                for (long k = 0; k < Math.min(arr.length(), 6); k++) {
                    double orig = arr.getDouble(k);
                    double eps = 1e-6;
                    arr.putScalar(k, orig + eps);
                    double up = sd.output(ph, loss).get(loss).getDouble(0);
                    arr.putScalar(k, orig - eps);
                    double down = sd.output(ph, loss).get(loss).getDouble(0);
                    arr.putScalar(k, orig);
                    double numeric = (up - down) / (2 * eps);
                    double analytic = g.get(name) == null ? 0 : g.get(name).getDouble(k); // null: not on the loss's path
                    assertThat(analytic).as(loss + " d/d" + name + "[" + k + "]")
                            .isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-6 + 1e-4 * Math.abs(numeric)));
                }
            }
        }
    }

    @Test
    void graphsSeeInPlaceUpdatesOfTheSharedParameters() {
        QtNetParams p = QtNetParams.init(config, IN, 11);
        SameDiff a = QtNetGraph.build(config, p, IN, STEPS);
        SameDiff b = QtNetGraph.build(config, p, IN, 1);
        Map<String, INDArray> ph = feed(DataType.FLOAT);
        double before = a.output(ph, "q_data").get("q_data").sumNumber().doubleValue();
        p.get("critic.bout").addi(1.0);
        double after = a.output(ph, "q_data").get("q_data").sumNumber().doubleValue();
        assertThat(after - before).isCloseTo(STEPS * BATCH, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(b.getVariable("critic.bout").getArr()).isSameAs(p.get("critic.bout"));
    }
}
