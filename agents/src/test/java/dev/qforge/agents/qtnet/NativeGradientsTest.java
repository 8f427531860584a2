package dev.qforge.agents.qtnet;

import dev.qforge.agents.qtnet.grad.NativeGradients;
import dev.qforge.agents.replay.Episode;
import dev.qforge.agents.replay.SequenceBatch;
import dev.qforge.agents.replay.SequenceReplay;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-written passes ({@link NativeGradients}) against the two independent references: SameDiff's automatic
 * differentiation of {@link QtNetGraph} and central finite differences of the losses, in double precision, for
 * every parameter tensor of both losses (behaviour cloning and a Q-filter-like weight mix included); then whole
 * updates on each path, which must leave the same networks and optimiser moments.
 */
class NativeGradientsTest {

    private static final int IN = 5, STEPS = 4, BATCH = 3;
    // two GRU layers and two actor / one critic hidden layers: every code path of the passes
    private final NetworkConfig config = new NetworkConfig(4, 2, new int[]{6, 3}, 5, new int[]{4}, 1e-3);

    private static INDArray rand(Random rnd, int r, int c, double shift) {
        INDArray a = Nd4j.zeros(DataType.DOUBLE, r, c);
        for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) a.putScalar(i, j, rnd.nextDouble() - shift);
        return a;
    }

    private record Feed(INDArray obs, INDArray act, INDArray exp, INDArray[] h0, INDArray y, INDArray wc, INDArray rlw,
                        INDArray bcw, int steps) {
        void into(UpdateGradients g) {
            g.feed(obs, act, exp, h0, steps);
        }
    }

    private Feed feed(long seed) {
        return feed(seed, STEPS, 2, 4);
    }

    private static Feed feed(long seed, int steps, int layers, int units) {
        Random rnd = new Random(seed);
        int rowCount = steps * BATCH;
        INDArray obs = rand(rnd, rowCount, IN, 0.5).muli(3);
        INDArray act = rand(rnd, rowCount, 2, 0);
        INDArray exp = Nd4j.zeros(DataType.DOUBLE, rowCount, 2);
        for (int i = 0; i < rowCount; i++) exp.putScalar(i, rnd.nextInt(2), 1);
        INDArray[] h0 = new INDArray[layers];
        for (int l = 0; l < layers; l++) h0[l] = rand(rnd, BATCH, units, 0.5);
        INDArray bcw = rand(rnd, rowCount, 1, 0);
        for (int i = 0; i < rowCount; i += 3) bcw.putScalar(i, 0, 0.0); // rows the Q-filter rejected
        return new Feed(obs, act, exp, h0, rand(rnd, rowCount, 1, 0.5), rand(rnd, rowCount, 1, 0), rand(rnd, rowCount, 1, 0), bcw, steps);
    }

    private QtNetParams params(long seed) {
        QtNetParams p = QtNetParams.init(config, IN, seed).castTo(DataType.DOUBLE);
        // non-zero biases and larger output weights, so that no gradient is trivially small
        Random rnd = new Random(seed + 1);
        p.arrays().forEach((k, v) -> {
            if (k.contains(".b") || k.endsWith("out")) v.addi(rand(rnd, (int) v.rows(), (int) v.columns(), 0.5));
        });
        return p;
    }

    private static void assertClose(String what, INDArray actual, INDArray expected, double rel) {
        double scale = Math.max(expected.amaxNumber().doubleValue(), 1e-3);
        double err = actual.sub(expected.castTo(actual.dataType())).amaxNumber().doubleValue();
        assertThat(err / scale).as(what + ": max |native − reference| / max |reference|").isLessThan(rel);
    }

    @Test
    void criticLossGradientsEqualSameDiffsForEveryParameter() {
        QtNetParams p = params(11);
        Feed f = feed(5);
        NativeGradients nat = new NativeGradients(config, p, p.copy());
        SameDiffGradients sd = new SameDiffGradients(config, p, p.copy(), IN, STEPS);
        f.into(nat);
        f.into(sd);
        UpdateGradients.CriticStep a = nat.critic(f.y, f.wc);
        UpdateGradients.CriticStep b = sd.critic(f.y, f.wc);
        assertThat(a.loss()).isCloseTo(b.loss(), org.assertj.core.data.Offset.offset(1e-10 * Math.abs(b.loss())));
        assertThat(a.qData()).containsExactly(b.qData(), org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(a.qPi()).containsExactly(b.qPi(), org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(a.qExp()).containsExactly(b.qExp(), org.assertj.core.data.Offset.offset(1e-6f));
        List<String> names = new ArrayList<>(p.encoderNames());
        names.addAll(p.criticNames());
        assertThat(a.gradients().keySet()).containsExactlyInAnyOrderElementsOf(names);
        for (String n : names) assertClose("critic loss d/d" + n, a.gradients().get(n), b.gradients().get(n), 1e-9);
    }

    @Test
    void oneLayerOneStepEdgeCaseAgreesWithSameDiffToo() {
        NetworkConfig one = new NetworkConfig(3, 1, new int[]{5}, 4, new int[]{}, 1e-3); // no critic hidden layer
        QtNetParams p = QtNetParams.init(one, IN, 15).castTo(DataType.DOUBLE);
        Feed f = feed(8, 1, 1, 3);
        NativeGradients nat = new NativeGradients(one, p, p.copy());
        SameDiffGradients sd = new SameDiffGradients(one, p, p.copy(), IN, 1);
        f.into(nat);
        f.into(sd);
        assertThat(nat.targetPolicyQ()).containsExactly(sd.targetPolicyQ(), org.assertj.core.data.Offset.offset(1e-6f));
        Map<String, INDArray> a = nat.critic(f.y, f.wc).gradients(), b = sd.critic(f.y, f.wc).gradients();
        for (String n : a.keySet()) assertClose("critic loss d/d" + n, a.get(n), b.get(n), 1e-9);
        Map<String, INDArray> c = nat.actor(f.rlw, f.bcw).gradients(), d = sd.actor(f.rlw, f.bcw).gradients();
        for (String n : c.keySet()) assertClose("actor loss d/d" + n, c.get(n), d.get(n), 1e-9);
    }

    @Test
    void actorLossGradientsWithCloningEqualSameDiffsForEveryParameter() {
        QtNetParams p = params(12);
        Feed f = feed(6);
        NativeGradients nat = new NativeGradients(config, p, p.copy());
        SameDiffGradients sd = new SameDiffGradients(config, p, p.copy(), IN, STEPS);
        f.into(nat);
        f.into(sd);
        UpdateGradients.ActorStep a = nat.actor(f.rlw, f.bcw);
        UpdateGradients.ActorStep b = sd.actor(f.rlw, f.bcw);
        assertThat(a.loss()).isCloseTo(b.loss(), org.assertj.core.data.Offset.offset(1e-10 * Math.abs(b.loss())));
        assertThat(a.gradients().keySet()).containsExactlyInAnyOrderElementsOf(p.actorNames());
        for (String n : p.actorNames()) assertClose("actor loss d/d" + n, a.gradients().get(n), b.gradients().get(n), 1e-9);
    }

    @Test
    void nativeGradientsMatchCentralFiniteDifferences() {
        QtNetParams p = params(13);
        Feed f = feed(7);
        NativeGradients nat = new NativeGradients(config, p, p.copy());
        f.into(nat);
        Map<String, INDArray> critic = copy(nat.critic(f.y, f.wc).gradients());
        Map<String, INDArray> actor = copy(nat.actor(f.rlw, f.bcw).gradients());
        double eps = 1e-6;
        for (boolean isCritic : new boolean[]{true, false}) {
            Map<String, INDArray> g = isCritic ? critic : actor;
            for (String n : g.keySet()) {
                INDArray arr = p.get(n);
                for (long k = 0; k < arr.length(); k += Math.max(1, arr.length() / 3)) {
                    double orig = arr.getDouble(k);
                    arr.putScalar(k, orig + eps);
                    double up = isCritic ? nat.critic(f.y, f.wc).loss() : nat.actor(f.rlw, f.bcw).loss();
                    arr.putScalar(k, orig - eps);
                    double down = isCritic ? nat.critic(f.y, f.wc).loss() : nat.actor(f.rlw, f.bcw).loss();
                    arr.putScalar(k, orig);
                    double numeric = (up - down) / (2 * eps);
                    assertThat(g.get(n).getDouble(k)).as((isCritic ? "critic" : "actor") + " loss d/d" + n + "[" + k + "]")
                            .isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-7 + 1e-5 * Math.abs(numeric)));
                }
            }
        }
    }

    private static Map<String, INDArray> copy(Map<String, INDArray> g) {
        Map<String, INDArray> c = new java.util.LinkedHashMap<>();
        g.forEach((k, v) -> c.put(k, v.dup()));
        return c;
    }

    /** A replay of one long random episode with alternating actions and expert labels. */
    private static SequenceReplay replay(int obsSize, int stateSize, long seed) {
        SequenceReplay r = SequenceReplay.uniform(400, obsSize, 2, stateSize);
        Random rnd = new Random(seed);
        Episode e = new Episode(obsSize, 2, stateSize);
        float[] o = new float[obsSize];
        float[] s = new float[stateSize];
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < o.length; j++) o[j] = (float) rnd.nextGaussian();
            for (int j = 0; j < s.length; j++) s[j] = (float) (rnd.nextDouble() - 0.5);
            e.add(o, new float[]{i % 2, 1 - i % 2}, (float) rnd.nextGaussian() * 0.1f, i == 199, (i / 3) % 2, s);
        }
        r.add(e);
        return r;
    }

    @Test
    void wholeUpdatesOnBothPathsLeaveTheSameNetworks() {
        QtNetParams init = params(14);
        QtNetAgent nat = new QtNetAgent(config, IN, STEPS - 1, init.copy());
        QtNetAgent sd = new QtNetAgent(config, IN, STEPS - 1, init.copy());
        nat.useGradients(GradientPath.NATIVE);
        sd.useGradients(GradientPath.SAMEDIFF);
        SequenceReplay r = replay(IN, nat.stateSize(), 3);
        Random rnd = new Random(9);
        double cloneShares = 0;
        for (int u = 0; u < 3; u++) {
            SequenceBatch b = r.sample(BATCH, STEPS, rnd);
            QtNetAgent.UpdateStats a = nat.update(b, 0.95, 0.1, 0.7, 0.3, true);
            QtNetAgent.UpdateStats c = sd.update(b, 0.95, 0.1, 0.7, 0.3, true);
            assertThat(a.criticLoss()).isCloseTo(c.criticLoss(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(a.actorLoss()).isCloseTo(c.actorLoss(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(a.cloneShare()).isEqualTo(c.cloneShare());
            assertThat(a.tdError()).containsExactly(c.tdError(), org.assertj.core.data.Offset.offset(1e-6));
            cloneShares += a.cloneShare();
        }
        assertThat(cloneShares).as("behaviour cloning was active in some update").isGreaterThan(0);
        for (String n : init.arrays().keySet()) {
            assertThat(nat.online().get(n).sub(init.get(n)).amaxNumber().doubleValue()).as(n + " moved").isGreaterThan(1e-6);
            assertThat(nat.online().get(n).sub(sd.online().get(n)).amaxNumber().doubleValue()).as("online " + n).isLessThan(1e-9);
            assertThat(nat.target().get(n).sub(sd.target().get(n)).amaxNumber().doubleValue()).as("target " + n).isLessThan(1e-9);
        }
        for (var moments : List.of(nat.criticOptimizer().secondMoments(), nat.actorOptimizer().secondMoments())) {
            Map<String, INDArray> other = moments == nat.criticOptimizer().secondMoments() ? sd.criticOptimizer().secondMoments()
                    : sd.actorOptimizer().secondMoments();
            moments.forEach((k, v) -> assertClose("Adam v of " + k, v, other.get(k), 1e-8));
        }
    }

    @Test
    void nativeUpdatesInSinglePrecisionAreDeterministicAndAgreeWithSameDiff() {
        QtNetAgent a = new QtNetAgent(config, IN, STEPS - 1, 21);
        QtNetAgent b = new QtNetAgent(config, IN, STEPS - 1, 21);
        QtNetAgent c = new QtNetAgent(config, IN, STEPS - 1, 21);
        a.useGradients(GradientPath.NATIVE);
        b.useGradients(GradientPath.NATIVE);
        c.useGradients(GradientPath.SAMEDIFF);
        SequenceReplay r = replay(IN, a.stateSize(), 4);
        Random ra = new Random(2), rb = new Random(2), rc = new Random(2);
        for (int u = 0; u < 3; u++) {
            a.update(r.sample(BATCH, STEPS, ra), 0.95, 0.05, 0.7, 0.3, true);
            b.update(r.sample(BATCH, STEPS, rb), 0.95, 0.05, 0.7, 0.3, true);
            c.update(r.sample(BATCH, STEPS, rc), 0.95, 0.05, 0.7, 0.3, true);
        }
        for (String n : a.online().arrays().keySet()) {
            assertThat(a.online().get(n)).as("same seed, same path: bit-identical " + n).isEqualTo(b.online().get(n));
            // float rounding differs between the paths; Adam steps are ~1e-3, so 1e-5 still tells a wrong gradient
            assertThat(a.online().get(n).sub(c.online().get(n)).amaxNumber().doubleValue()).as("float " + n).isLessThan(1e-5);
        }
    }

    @Test
    void gradientPathIsParsedWithAClearError() {
        assertThat(GradientPath.parse(" Native")).isEqualTo(GradientPath.NATIVE);
        assertThat(GradientPath.parse("samediff")).isEqualTo(GradientPath.SAMEDIFF);
        assertThatThrownBy(() -> GradientPath.parse("cuda")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown gradient path 'cuda'").hasMessageContaining("native or samediff");
        assertThatThrownBy(() -> new QtNetAgent(config, IN, STEPS - 1, 1).useGradients(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("gradient path");
    }
}
