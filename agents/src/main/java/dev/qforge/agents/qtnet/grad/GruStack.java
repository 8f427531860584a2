package dev.qforge.agents.qtnet.grad;

import dev.qforge.agents.qtnet.QtNetParams;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/**
 * The stacked GRU encoder's forward pass and its backpropagation through time, by hand on ND4J matrices, with
 * the equations of {@code QtNetGraph} (PyTorch's convention): {@code z = σ(xWz + hUz + bz)},
 * {@code r = σ(xWr + hUr + br)}, {@code m = hUn}, {@code n = tanh(xWn + r ⊙ m + bn)}, {@code h' = n + z ⊙ (h − n)}.
 *
 * <p>Each ND4J call has a fixed dispatch cost (and, with several threads, a synchronisation) that dwarfs the work
 * on a [batch, units] block, so the schedule minimises calls inside the recurrence: layer by layer (cuDNN's
 * schedule), the input projections of all steps are one product; per step, the three recurrent products are one
 * product with {@code [Uz | Ur | Un]} into a [batch, 3 · units] block holding {@code z | r | m}, then seven
 * element-wise calls. Everything that does not depend on the recurrent gradient ({@code (h − n) z (1 − z)},
 * {@code (1 − z)(1 − n²)}, {@code m r (1 − r)}) is computed for all steps at once before the backward loop, which
 * then needs one product and six element-wise calls per step; the weight gradients are one product each over all
 * steps. Buffers are time-major ([steps · n, ·], row {@code t · n + b}), allocated once per batch shape. Not
 * thread-safe.
 */
final class GruStack {

    private final int layers;
    private final int units;
    private int rows = -1, steps;
    private DataType type;
    // per layer: z | r | m of every step [rows, 3H] (z, r after σ); candidate n; new state h; previous state
    private INDArray[] gates, cand, h, hPrev;
    private INDArray[][] gatesT, zT, rT, mT, candT, hT;
    private INDArray[] zAll, rAll, mAll, zrAll;
    // reused: input projections of z | r, concatenated weights, backward factors and gradients
    private INDArray projZr, uCat, bZr, fz, fn, fr, tmpRows, dGates, dZr, dN, dIn, carry, tmp, gradUCat;
    private INDArray[] wZr, gradWZr; // per layer: [in_l, 2H]
    private INDArray[] dGatesT, dZT, dRT, dMT, dNT, dInT, fzT, fnT, frT;
    private INDArray[][] zrT;

    GruStack(int layers, int units) {
        this.layers = layers;
        this.units = units;
    }

    private static INDArray cols(INDArray a, int from, int to) {
        return a.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to));
    }

    private INDArray[] colsOf(INDArray[] blocks, int from, int to) {
        INDArray[] v = new INDArray[blocks.length];
        for (int t = 0; t < blocks.length; t++) v[t] = cols(blocks[t], from, to);
        return v;
    }

    private void ensure(DataType t, int totalRows, int stepCount, int inputSize) {
        if (wZr != null && totalRows == rows && stepCount == steps && t == type && wZr[0].rows() == inputSize) return; // wZr: null before the first call
        rows = totalRows;
        steps = stepCount;
        type = t;
        int n = totalRows / stepCount, hh = units;
        gates = new INDArray[layers]; cand = new INDArray[layers]; h = new INDArray[layers]; hPrev = new INDArray[layers];
        gatesT = new INDArray[layers][]; zT = new INDArray[layers][]; rT = new INDArray[layers][]; mT = new INDArray[layers][];
        candT = new INDArray[layers][]; hT = new INDArray[layers][];
        zrT = new INDArray[layers][];
        wZr = new INDArray[layers];
        gradWZr = new INDArray[layers];
        zAll = new INDArray[layers]; rAll = new INDArray[layers]; mAll = new INDArray[layers]; zrAll = new INDArray[layers];
        for (int l = 0; l < layers; l++) {
            gates[l] = Mat.zeros(t, rows, 3 * hh);
            gatesT[l] = Mat.blocks(gates[l], steps);
            zT[l] = colsOf(gatesT[l], 0, hh);
            rT[l] = colsOf(gatesT[l], hh, 2 * hh);
            mT[l] = colsOf(gatesT[l], 2 * hh, 3 * hh);
            zAll[l] = cols(gates[l], 0, hh);
            rAll[l] = cols(gates[l], hh, 2 * hh);
            mAll[l] = cols(gates[l], 2 * hh, 3 * hh);
            zrAll[l] = cols(gates[l], 0, 2 * hh);
            zrT[l] = colsOf(gatesT[l], 0, 2 * hh);
            wZr[l] = Mat.zeros(t, l == 0 ? inputSize : hh, 2 * hh);
            gradWZr[l] = wZr[l].ulike();
            cand[l] = Mat.zeros(t, rows, hh); candT[l] = Mat.blocks(cand[l], steps);
            h[l] = Mat.zeros(t, rows, hh); hT[l] = Mat.blocks(h[l], steps);
            hPrev[l] = Mat.zeros(t, rows, hh);
        }
        projZr = Mat.zeros(t, rows, 2 * hh);
        uCat = Mat.zeros(t, hh, 3 * hh);
        bZr = Mat.zeros(t, 1, 2 * hh);
        fz = Mat.zeros(t, rows, hh); fzT = Mat.blocks(fz, steps);
        fn = Mat.zeros(t, rows, hh); fnT = Mat.blocks(fn, steps);
        fr = Mat.zeros(t, rows, hh); frT = Mat.blocks(fr, steps);
        tmpRows = Mat.zeros(t, rows, hh);
        dGates = Mat.zeros(t, rows, 3 * hh); dGatesT = Mat.blocks(dGates, steps);
        dZT = colsOf(dGatesT, 0, hh); dRT = colsOf(dGatesT, hh, 2 * hh); dMT = colsOf(dGatesT, 2 * hh, 3 * hh);
        dZr = Mat.zeros(t, rows, 2 * hh);
        dN = Mat.zeros(t, rows, hh); dNT = Mat.blocks(dN, steps);
        dIn = Mat.zeros(t, rows, hh); dInT = Mat.blocks(dIn, steps);
        carry = Mat.zeros(t, n, hh);
        tmp = Mat.zeros(t, n, hh);
        gradUCat = Mat.zeros(t, hh, 3 * hh);
    }

    /** Layer {@code l}'s {@code [Uz | Ur | Un]}, and with {@code input} its {@code [Wz | Wr]} and {@code [bz | br]}. */
    private void concat(QtNetParams p, int l, boolean input) {
        String e = "enc" + l + ".";
        cols(uCat, 0, units).assign(p.get(e + "Uz"));
        cols(uCat, units, 2 * units).assign(p.get(e + "Ur"));
        cols(uCat, 2 * units, 3 * units).assign(p.get(e + "Un"));
        if (!input) return;
        cols(wZr[l], 0, units).assign(p.get(e + "Wz"));
        cols(wZr[l], units, 2 * units).assign(p.get(e + "Wr"));
        cols(bZr, 0, units).assign(p.get(e + "bz"));
        cols(bZr, units, 2 * units).assign(p.get(e + "br"));
    }

    /**
     * Runs the encoder over {@code x} ([steps · n, in], time-major) from the initial states {@code h0} ([n, units]
     * per layer) and returns the top layer's states of every step ([steps · n, units], a reused buffer).
     */
    INDArray forward(QtNetParams p, INDArray x, INDArray[] h0, int stepCount) {
        ensure(x.dataType(), (int) x.rows(), stepCount, (int) x.columns());
        int n = rows / steps;
        INDArray in = x;
        for (int l = 0; l < layers; l++) {
            String e = "enc" + l + ".";
            concat(p, l, true);
            Mat.gemm(in, wZr[l], projZr, false, false, 0);
            projZr.addiRowVector(bZr);
            zrAll[l].assign(projZr);
            mAll[l].assign(0);
            Mat.gemm(in, p.get(e + "Wn"), cand[l], false, false, 0);
            cand[l].addiRowVector(p.get(e + "bn"));
            for (int t = 0; t < steps; t++) {
                INDArray hp = t == 0 ? h0[l] : hT[l][t - 1];
                INDArray nt = candT[l][t], ht = hT[l][t];
                Mat.gemm(hp, uCat, gatesT[l][t], false, false, 1);  // z | r | m pre-activations
                Transforms.sigmoid(zrT[l][t], false);
                nt.addi(rT[l][t].mul(mT[l][t], tmp));
                Transforms.tanh(nt, false);
                hp.sub(nt, ht).muli(zT[l][t]).addi(nt);
            }
            // previous states of all steps, for the backward pass's weight gradients
            hPrev[l].get(NDArrayIndex.interval(0, n), NDArrayIndex.all()).assign(h0[l]);
            if (steps > 1) hPrev[l].get(NDArrayIndex.interval(n, rows), NDArrayIndex.all()).assign(h[l].get(NDArrayIndex.interval(0, rows - n), NDArrayIndex.all()));
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
            concat(p, l, false);
            // step-independent factors: fz = (h_prev − n) z (1 − z), fn = (1 − z)(1 − n²), fr = m r (1 − r)
            tmpRows.assign(zAll[l]).rsubi(1);
            fz.assign(hPrev[l]).subi(cand[l]).muli(zAll[l]).muli(tmpRows);
            fn.assign(cand[l]).muli(cand[l]).rsubi(1).muli(tmpRows);
            fr.assign(rAll[l]).rsubi(1).muli(rAll[l]).muli(mAll[l]);
            carry.assign(0);
            for (int t = steps - 1; t >= 0; t--) {
                INDArray g = dInT[t].addi(carry); // dL/dh_t: from above and from step t + 1
                g.mul(fzT[t], dZT[t]);           // z's pre-activation
                g.mul(fnT[t], dNT[t]);           // n's pre-activation
                dNT[t].mul(rT[l][t], dMT[t]);    // m = h Un enters n as r ⊙ m
                dNT[t].mul(frT[t], dRT[t]);      // r's pre-activation
                g.mul(zT[l][t], carry);          // dL/dh_{t−1} = g z + [dz' | dr' | dm] [Uz | Ur | Un]ᵀ
                Mat.gemm(dGatesT[t], uCat, carry, false, true, 1);
            }
            INDArray in = l == 0 ? x : h[l - 1];
            Mat.gemm(hPrev[l], dGates, gradUCat, true, false, 0);
            grads.get(e + "Uz").assign(cols(gradUCat, 0, units));
            grads.get(e + "Ur").assign(cols(gradUCat, units, 2 * units));
            grads.get(e + "Un").assign(cols(gradUCat, 2 * units, 3 * units));
            dZr.assign(cols(dGates, 0, 2 * units));
            INDArray gw = gradWZr[l];
            Mat.gemm(in, dZr, gw, true, false, 0);
            grads.get(e + "Wz").assign(cols(gw, 0, units));
            grads.get(e + "Wr").assign(cols(gw, units, 2 * units));
            Mat.gemm(in, dN, grads.get(e + "Wn"), true, false, 0);
            INDArray bias = dZr.sum(true, 0);
            grads.get(e + "bz").assign(cols(bias, 0, units));
            grads.get(e + "br").assign(cols(bias, units, 2 * units));
            Mat.colSum(dN, grads.get(e + "bn"));
            if (l > 0) { // the gradient with respect to the layer's input is the state gradient of the layer below
                concat(p, l, true);
                Mat.gemm(dZr, wZr[l], dIn, false, true, 0);
                Mat.gemm(dN, p.get(e + "Wn"), dIn, false, true, 1);
            }
        }
    }
}
