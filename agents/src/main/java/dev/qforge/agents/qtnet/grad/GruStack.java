package dev.qforge.agents.qtnet.grad;

import dev.qforge.agents.qtnet.QtNetParams;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/**
 * The stacked GRU encoder's forward pass and its backpropagation through time, by hand on ND4J matrices, with
 * the equations of {@code QtNetGraph} (PyTorch's convention): {@code z = σ(xWz + hUz + bz)},
 * {@code r = σ(xWr + hUr + br)}, {@code m = hUn}, {@code n = tanh(xWn + r ⊙ m + bn)}, {@code h' = n + z ⊙ (h − n)}.
 *
 * <p>Layer by layer (the cuDNN schedule): the input projections {@code xW + b} of all steps are one product per gate,
 * only the recurrent products run step by step. Every step's {@code z, r, m, n, h} and previous state are kept in
 * [steps · n, units] buffers (time-major rows), so the backward pass also computes the weight gradients of all steps
 * with one product each. Buffers are allocated once per batch shape and reused. Not thread-safe.
 */
final class GruStack {

    private static final String[] GATES = {"z", "r", "n"};

    private final int layers;
    private final int units;
    private int rows = -1, steps;
    private DataType type;
    // per layer [steps · n, units]: previous state, gates, recurrent candidate product, candidate, new state
    private INDArray[] hPrev, z, r, m, nn, h;
    private INDArray[][] hPrevT, zT, rT, mT, nT, hT;
    // backward scratch: incoming gradient, pre-activation gradients of z, r, n and of m = hUn
    private INDArray dIn, dZ, dR, dN, dM;
    private INDArray[] dInT, dZT, dRT, dNT, dMT;
    private INDArray g, carry, tmp;

    GruStack(int layers, int units) {
        this.layers = layers;
        this.units = units;
    }

    private void ensure(DataType t, int totalRows, int stepCount) {
        if (totalRows == rows && stepCount == steps && t == type) return;
        rows = totalRows;
        steps = stepCount;
        type = t;
        int n = totalRows / stepCount;
        hPrev = new INDArray[layers]; z = new INDArray[layers]; r = new INDArray[layers];
        m = new INDArray[layers]; nn = new INDArray[layers]; h = new INDArray[layers];
        hPrevT = new INDArray[layers][]; zT = new INDArray[layers][]; rT = new INDArray[layers][];
        mT = new INDArray[layers][]; nT = new INDArray[layers][]; hT = new INDArray[layers][];
        for (int l = 0; l < layers; l++) {
            hPrev[l] = Mat.zeros(t, rows, units); hPrevT[l] = Mat.blocks(hPrev[l], steps);
            z[l] = Mat.zeros(t, rows, units); zT[l] = Mat.blocks(z[l], steps);
            r[l] = Mat.zeros(t, rows, units); rT[l] = Mat.blocks(r[l], steps);
            m[l] = Mat.zeros(t, rows, units); mT[l] = Mat.blocks(m[l], steps);
            nn[l] = Mat.zeros(t, rows, units); nT[l] = Mat.blocks(nn[l], steps);
            h[l] = Mat.zeros(t, rows, units); hT[l] = Mat.blocks(h[l], steps);
        }
        dIn = Mat.zeros(t, rows, units); dInT = Mat.blocks(dIn, steps);
        dZ = Mat.zeros(t, rows, units); dZT = Mat.blocks(dZ, steps);
        dR = Mat.zeros(t, rows, units); dRT = Mat.blocks(dR, steps);
        dN = Mat.zeros(t, rows, units); dNT = Mat.blocks(dN, steps);
        dM = Mat.zeros(t, rows, units); dMT = Mat.blocks(dM, steps);
        g = Mat.zeros(t, n, units);
        carry = Mat.zeros(t, n, units);
        tmp = Mat.zeros(t, n, units);
    }

    /**
     * Runs the encoder over {@code x} ([steps · n, in], time-major) from the initial states {@code h0} ([n, units]
     * per layer) and returns the top layer's states of every step ([steps · n, units], a reused buffer).
     */
    INDArray forward(QtNetParams p, INDArray x, INDArray[] h0, int stepCount) {
        ensure(x.dataType(), (int) x.rows(), stepCount);
        INDArray in = x;
        for (int l = 0; l < layers; l++) {
            String e = "enc" + l + ".";
            INDArray uz = p.get(e + "Uz"), ur = p.get(e + "Ur"), un = p.get(e + "Un");
            INDArray[] pre = {z[l], r[l], nn[l]};
            for (int k = 0; k < 3; k++) {
                Mat.gemm(in, p.get(e + "W" + GATES[k]), pre[k], false, false, 0);
                pre[k].addiRowVector(p.get(e + "b" + GATES[k]));
            }
            for (int t = 0; t < steps; t++) {
                INDArray hp = hPrevT[l][t].assign(t == 0 ? h0[l] : hT[l][t - 1]);
                INDArray zt = zT[l][t], rt = rT[l][t], mt = mT[l][t], nt = nT[l][t];
                Mat.gemm(hp, uz, zt, false, false, 1);
                Transforms.sigmoid(zt, false);
                Mat.gemm(hp, ur, rt, false, false, 1);
                Transforms.sigmoid(rt, false);
                Mat.gemm(hp, un, mt, false, false, 0);
                nt.addi(tmp.assign(rt).muli(mt));
                Transforms.tanh(nt, false);
                hT[l][t].assign(hp).subi(nt).muli(zt).addi(nt);
            }
            in = h[l];
        }
        return h[layers - 1];
    }

    /**
     * Backpropagates {@code dTop} (the loss's gradient with respect to the top layer's states, [steps · n, units])
     * through time and the layers of the last {@link #forward} on input {@code x}, writing the gradient of every
     * encoder parameter into {@code grads} (the gradient with respect to the initial states is not needed).
     */
    void backward(QtNetParams p, INDArray x, INDArray dTop, Map<String, INDArray> grads) {
        dIn.assign(dTop);
        for (int l = layers - 1; l >= 0; l--) {
            String e = "enc" + l + ".";
            INDArray uz = p.get(e + "Uz"), ur = p.get(e + "Ur"), un = p.get(e + "Un");
            carry.assign(0);
            for (int t = steps - 1; t >= 0; t--) {
                INDArray zt = zT[l][t], rt = rT[l][t], mt = mT[l][t], nt = nT[l][t], hp = hPrevT[l][t];
                g.assign(dInT[t]).addi(carry); // dL/dh_t: from above and from step t + 1
                // h = n + z (hp − n): dz = g (hp − n), through σ: · z (1 − z)
                tmp.assign(zt).rsubi(1);
                dZT[t].assign(hp).subi(nt).muli(g).muli(zt).muli(tmp);
                // dn = g (1 − z), through tanh: · (1 − n²)
                dNT[t].assign(g).muli(tmp);
                dNT[t].muli(tmp.assign(nt).muli(nt).rsubi(1));
                // n's pre-activation holds r ⊙ m: dm = dn' ⊙ r, dr = dn' ⊙ m, through σ: · r (1 − r)
                dMT[t].assign(dNT[t]).muli(rt);
                dRT[t].assign(dNT[t]).muli(mt).muli(rt).muli(tmp.assign(rt).rsubi(1));
                // dL/dh_{t−1} = g z + dz' Uzᵀ + dr' Urᵀ + dm Unᵀ
                carry.assign(g).muli(zt);
                Mat.gemm(dZT[t], uz, carry, false, true, 1);
                Mat.gemm(dRT[t], ur, carry, false, true, 1);
                Mat.gemm(dMT[t], un, carry, false, true, 1);
            }
            INDArray in = l == 0 ? x : h[l - 1];
            INDArray[] d = {dZ, dR, dN};
            for (int k = 0; k < 3; k++) {
                Mat.gemm(in, d[k], grads.get(e + "W" + GATES[k]), true, false, 0);
                Mat.colSum(d[k], grads.get(e + "b" + GATES[k]));
            }
            Mat.gemm(hPrev[l], dZ, grads.get(e + "Uz"), true, false, 0);
            Mat.gemm(hPrev[l], dR, grads.get(e + "Ur"), true, false, 0);
            Mat.gemm(hPrev[l], dM, grads.get(e + "Un"), true, false, 0);
            if (l > 0) { // the gradient with respect to the layer's input is the state gradient of the layer below
                for (int k = 0; k < 3; k++) Mat.gemm(d[k], p.get(e + "W" + GATES[k]), dIn, false, true, k == 0 ? 0 : 1);
            }
        }
    }
}
