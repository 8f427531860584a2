package dev.qforge.agents.models;

import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.Random;

/**
 * The three network architectures as SameDiff graphs over shared {@link NetParams}. Input placeholder {@code x}:
 * [batch, features] for the MLP, [steps, batch, features] (time-major, oldest first) for the recurrent nets;
 * output {@code pred} [batch, 1]; {@code loss} = mean squared error against placeholder {@code y} [batch, 1].
 *
 * <ul>
 *   <li>MLP: {@code layers} dense ReLU layers of {@code hidden} units, then a linear output.</li>
 *   <li>LSTM: {@code layers} stacked cells, {@code i,f,o = σ(xW + hU + b)}, {@code g = tanh(xW + hU + b)},
 *       {@code c' = f⊙c + i⊙g}, {@code h' = o⊙tanh(c')}, forget bias starting at 1; linear output on the top
 *       layer's last state (Qlib's LSTM model).</li>
 *   <li>GRU: the cell of {@code qtnet.QtNetGraph}, PyTorch's convention, written out and unrolled because the
 *       fused SameDiff {@code gru} op's gradient is wrong in DL4J 1.0.0-M2.1 (and the layer API has no GRU).</li>
 * </ul>
 * The LSTM is unrolled the same way, so both recurrent nets are differentiated op by op by SameDiff when
 * {@code grad=samediff}; by default they are trained by the hand-written passes of {@code models.rnn}, which compute
 * the same function of the same parameters (checked against this graph's gradients in the tests).
 */
final class NetGraphs {

    enum Kind { MLP, LSTM, GRU }

    private NetGraphs() {
    }

    static NetParams init(Kind kind, int inputs, int hidden, int layers, long seed) {
        NetParams p = new NetParams();
        Random rnd = new Random(seed);
        int in = inputs;
        for (int l = 0; l < layers; l++) {
            switch (kind) {
                case MLP -> {
                    p.glorot(rnd, "d" + l + ".W", in, hidden);
                    p.constant("d" + l + ".b", hidden, 0);
                }
                case LSTM -> {
                    for (String g : new String[]{"i", "f", "g", "o"}) {
                        p.glorot(rnd, "l" + l + ".W" + g, in, hidden);
                        p.glorot(rnd, "l" + l + ".U" + g, hidden, hidden);
                        p.constant("l" + l + ".b" + g, hidden, g.equals("f") ? 1 : 0);
                    }
                }
                case GRU -> {
                    for (String g : new String[]{"z", "r", "n"}) {
                        p.glorot(rnd, "g" + l + ".W" + g, in, hidden);
                        p.glorot(rnd, "g" + l + ".U" + g, hidden, hidden);
                        p.constant("g" + l + ".b" + g, hidden, 0);
                    }
                }
            }
            in = hidden;
        }
        p.glorot(rnd, "out.W", in, 1);
        p.constant("out.b", 1, 0);
        return p;
    }

    static SameDiff build(Kind kind, NetParams params, int inputs, int hidden, int layers, int steps) {
        SameDiff sd = SameDiff.create();
        params.arrays().forEach(sd::var);
        SDVariable top;
        if (kind == Kind.MLP) {
            SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, inputs);
            for (int l = 0; l < layers; l++) x = sd.nn().relu(x.mmul(sd.getVariable("d" + l + ".W")).add(sd.getVariable("d" + l + ".b")), 0);
            top = x;
        } else {
            SDVariable xs = sd.placeHolder("x", DataType.FLOAT, steps, -1, inputs);
            SDVariable zeros = sd.zerosLike(xs.get(SDIndex.point(0), SDIndex.all(), SDIndex.all()).mmul(sd.getVariable(
                    (kind == Kind.LSTM ? "l0.Wi" : "g0.Wz"))));
            SDVariable[] h = new SDVariable[layers], c = new SDVariable[layers];
            for (int l = 0; l < layers; l++) {
                h[l] = zeros;
                c[l] = zeros;
            }
            SDVariable x = null;
            for (int t = 0; t < steps; t++) {
                x = xs.get(SDIndex.point(t), SDIndex.all(), SDIndex.all());
                for (int l = 0; l < layers; l++) {
                    if (kind == Kind.LSTM) {
                        SDVariable[] hc = lstm(sd, "l" + l, x, h[l], c[l]);
                        h[l] = hc[0];
                        c[l] = hc[1];
                    } else {
                        h[l] = gru(sd, "g" + l, x, h[l]);
                    }
                    x = h[l];
                }
            }
            top = x;
        }
        SDVariable pred = sd.identity("pred", top.mmul(sd.getVariable("out.W")).add(sd.getVariable("out.b")));
        SDVariable y = sd.placeHolder("y", DataType.FLOAT, -1, 1);
        SDVariable d = pred.sub(y);
        sd.mean("loss", d.mul(d));
        sd.setLossVariables("loss");
        return sd;
    }

    private static SDVariable gate(SameDiff sd, String p, String g, SDVariable x, SDVariable h) {
        return x.mmul(sd.getVariable(p + ".W" + g)).add(h.mmul(sd.getVariable(p + ".U" + g))).add(sd.getVariable(p + ".b" + g));
    }

    private static SDVariable[] lstm(SameDiff sd, String p, SDVariable x, SDVariable h, SDVariable c) {
        SDVariable i = sd.nn().sigmoid(gate(sd, p, "i", x, h));
        SDVariable f = sd.nn().sigmoid(gate(sd, p, "f", x, h));
        SDVariable g = sd.math().tanh(gate(sd, p, "g", x, h));
        SDVariable o = sd.nn().sigmoid(gate(sd, p, "o", x, h));
        SDVariable c2 = f.mul(c).add(i.mul(g));
        return new SDVariable[]{o.mul(sd.math().tanh(c2)), c2};
    }

    /** One GRU step: z = σ(xWz + hUz + bz), r = σ(xWr + hUr + br), n = tanh(xWn + r⊙(hUn) + bn), h' = (1−z)⊙n + z⊙h. */
    private static SDVariable gru(SameDiff sd, String p, SDVariable x, SDVariable h) {
        SDVariable z = sd.nn().sigmoid(gate(sd, p, "z", x, h));
        SDVariable r = sd.nn().sigmoid(gate(sd, p, "r", x, h));
        SDVariable n = sd.math().tanh(x.mmul(sd.getVariable(p + ".Wn")).add(r.mul(h.mmul(sd.getVariable(p + ".Un")))).add(sd.getVariable(p + ".bn")));
        return z.rsub(1.0).mul(n).add(z.mul(h));
    }
}
