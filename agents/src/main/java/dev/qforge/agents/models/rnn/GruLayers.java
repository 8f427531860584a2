package dev.qforge.agents.models.rnn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/**
 * Stacked GRU layers with the equations of {@code NetGraphs}' GRU (PyTorch's convention):
 * {@code z = σ(xWz + hUz + bz)}, {@code r = σ(xWr + hUr + br)}, {@code m = hUn}, {@code n = tanh(xWn + r ⊙ m + bn)},
 * {@code h' = n + z ⊙ (h − n)}, from {@code h = 0}. Parameters {@code g<layer>.W<gate>} ([inputs, units]),
 * {@code .U<gate>} ([units, units]) and {@code .b<gate>} ([1, units]) for gates z, r, n.
 *
 * <p>The schedule of QTNet's hand-written encoder ({@code qtnet.grad.GruStack}), for these parameter names and a
 * zero initial state: per layer, the input projections of all steps are two products; per step, one product with
 * {@code [Uz | Ur | Un]} into a [n, 3 · units] block holding {@code z | r | m}, then six element-wise calls. The
 * backward pass computes {@code (h − n) z (1 − z)}, {@code (1 − z)(1 − n²)} and {@code m r (1 − r)} for all steps
 * first, then needs one product and six element-wise calls per step. Every buffer is allocated once per
 * (steps, n) and reused, so memory does not grow with the number of batches.
 */
final class GruLayers implements RecurrentLayers {

    private final int layers, units, inputs;
    private final Buffers buf = new Buffers();
    private int rows = -1, steps, n;
    private DataType type;
    // per layer: z | r | m of every step (z, r after σ), candidate n, state h, previous state (0 at the first step)
    private INDArray[] gates, cand, h, hPrev, zAll, rAll, mAll, zrAll, wZr, gradWZr;
    private INDArray[][] gatesT, zT, rT, mT, zrT, candT, hT, hPrevT;
    private INDArray projZr, uCat, bZr, fz, fn, fr, oneMinusZ, dGates, dZr, dN, dIn, carry, tmp, gradUCat, ones, gradB;
    private INDArray[] dGatesT, dZT, dRT, dMT, dNT, dInT, fzT, fnT, frT;

    GruLayers(int inputs, int units, int layers) {
        if (inputs < 1 || units < 1 || layers < 1) throw new IllegalArgumentException("gru: inputs, units and layers must be >= 1");
        this.inputs = inputs;
        this.units = units;
        this.layers = layers;
    }

    @Override
    public void check(Map<String, INDArray> p) {
        for (int l = 0; l < layers; l++) {
            for (String g : new String[]{"z", "r", "n"}) {
                Buffers.param(p, "g" + l + ".W" + g, l == 0 ? inputs : units, units);
                Buffers.param(p, "g" + l + ".U" + g, units, units);
                Buffers.param(p, "g" + l + ".b" + g, 1, units);
            }
        }
    }

    @Override
    public int units() {
        return units;
    }

    @Override
    public long allocations() {
        return buf.allocations();
    }

    @Override
    public void close() {
        buf.close();
        rows = -1;
    }

    private void ensure(DataType t, int totalRows, int stepCount) {
        if (totalRows == rows && stepCount == steps && t == type) return;
        buf.close(); // the previous shape's buffers: freed now, not when the collector gets to them
        rows = totalRows;
        steps = stepCount;
        type = t;
        n = totalRows / stepCount;
        int hh = units;
        gates = new INDArray[layers]; cand = new INDArray[layers]; h = new INDArray[layers]; hPrev = new INDArray[layers];
        zAll = new INDArray[layers]; rAll = new INDArray[layers]; mAll = new INDArray[layers]; zrAll = new INDArray[layers];
        wZr = new INDArray[layers]; gradWZr = new INDArray[layers];
        gatesT = new INDArray[layers][]; zT = new INDArray[layers][]; rT = new INDArray[layers][]; mT = new INDArray[layers][];
        zrT = new INDArray[layers][]; candT = new INDArray[layers][]; hT = new INDArray[layers][]; hPrevT = new INDArray[layers][];
        for (int l = 0; l < layers; l++) {
            gates[l] = buf.zeros(t, rows, 3 * hh);
            gatesT[l] = Buffers.blocks(gates[l], steps);
            zT[l] = Buffers.cols(gatesT[l], 0, hh);
            rT[l] = Buffers.cols(gatesT[l], hh, 2 * hh);
            mT[l] = Buffers.cols(gatesT[l], 2 * hh, 3 * hh);
            zrT[l] = Buffers.cols(gatesT[l], 0, 2 * hh);
            zAll[l] = Buffers.cols(gates[l], 0, hh);
            rAll[l] = Buffers.cols(gates[l], hh, 2 * hh);
            mAll[l] = Buffers.cols(gates[l], 2 * hh, 3 * hh);
            zrAll[l] = Buffers.cols(gates[l], 0, 2 * hh);
            cand[l] = buf.zeros(t, rows, hh); candT[l] = Buffers.blocks(cand[l], steps);
            h[l] = buf.zeros(t, rows, hh); hT[l] = Buffers.blocks(h[l], steps);
            hPrev[l] = buf.zeros(t, rows, hh); hPrevT[l] = Buffers.blocks(hPrev[l], steps);
            wZr[l] = buf.zeros(t, l == 0 ? inputs : hh, 2 * hh);
            gradWZr[l] = buf.zeros(t, l == 0 ? inputs : hh, 2 * hh);
        }
        projZr = buf.zeros(t, rows, 2 * hh);
        uCat = buf.zeros(t, hh, 3 * hh);
        bZr = buf.zeros(t, 1, 2 * hh);
        fz = buf.zeros(t, rows, hh); fzT = Buffers.blocks(fz, steps);
        fn = buf.zeros(t, rows, hh); fnT = Buffers.blocks(fn, steps);
        fr = buf.zeros(t, rows, hh); frT = Buffers.blocks(fr, steps);
        oneMinusZ = buf.zeros(t, rows, hh);
        dGates = buf.zeros(t, rows, 3 * hh); dGatesT = Buffers.blocks(dGates, steps);
        dZT = Buffers.cols(dGatesT, 0, hh); dRT = Buffers.cols(dGatesT, hh, 2 * hh); dMT = Buffers.cols(dGatesT, 2 * hh, 3 * hh);
        dZr = buf.zeros(t, rows, 2 * hh);
        dN = buf.zeros(t, rows, hh); dNT = Buffers.blocks(dN, steps);
        dIn = buf.zeros(t, rows, hh); dInT = Buffers.blocks(dIn, steps);
        carry = buf.zeros(t, n, hh);
        tmp = buf.zeros(t, n, hh);
        gradUCat = buf.zeros(t, hh, 3 * hh);
        ones = buf.zeros(t, 1, rows).addi(1);
        gradB = buf.zeros(t, 1, 2 * hh);
    }

    /** Layer {@code l}'s {@code [Uz | Ur | Un]}, {@code [Wz | Wr]} and {@code [bz | br]}. */
    private void concat(Map<String, INDArray> p, int l) {
        String e = "g" + l + ".";
        int in = l == 0 ? inputs : units;
        Buffers.cols(uCat, 0, units).assign(Buffers.param(p, e + "Uz", units, units));
        Buffers.cols(uCat, units, 2L * units).assign(Buffers.param(p, e + "Ur", units, units));
        Buffers.cols(uCat, 2L * units, 3L * units).assign(Buffers.param(p, e + "Un", units, units));
        Buffers.cols(wZr[l], 0, units).assign(Buffers.param(p, e + "Wz", in, units));
        Buffers.cols(wZr[l], units, 2L * units).assign(Buffers.param(p, e + "Wr", in, units));
        Buffers.cols(bZr, 0, units).assign(Buffers.param(p, e + "bz", 1, units));
        Buffers.cols(bZr, units, 2L * units).assign(Buffers.param(p, e + "br", 1, units));
        Buffers.param(p, e + "Wn", in, units);
        Buffers.param(p, e + "bn", 1, units);
    }

    @Override
    public INDArray forward(Map<String, INDArray> p, INDArray x, int stepCount) {
        if (stepCount < 1 || x.rows() % stepCount != 0) throw new IllegalArgumentException("gru: " + x.rows() + " input rows are not " + stepCount + " steps of whole batches");
        if (x.columns() != inputs) throw new IllegalArgumentException("gru: input has " + x.columns() + " features, the layers " + inputs);
        ensure(x.dataType(), (int) x.rows(), stepCount);
        INDArray in = x;
        for (int l = 0; l < layers; l++) {
            String e = "g" + l + ".";
            concat(p, l);
            Buffers.gemm(in, wZr[l], projZr, false, false, 0);
            projZr.addiRowVector(bZr);
            zrAll[l].assign(projZr);
            mAll[l].assign(0);
            Buffers.gemm(in, p.get(e + "Wn"), cand[l], false, false, 0);
            cand[l].addiRowVector(p.get(e + "bn"));
            for (int t = 0; t < steps; t++) {
                INDArray nt = candT[l][t], ht = hT[l][t];
                if (t > 0) Buffers.gemm(hT[l][t - 1], uCat, gatesT[l][t], false, false, 1); // z | r | m pre-activations
                Transforms.sigmoid(zrT[l][t], false);
                nt.addi(rT[l][t].mul(mT[l][t], tmp));
                Transforms.tanh(nt, false);
                if (t == 0) nt.mul(zT[l][t], ht).rsubi(nt);            // h = n − z n (the previous state is 0)
                else hT[l][t - 1].sub(nt, ht).muli(zT[l][t]).addi(nt); // h = n + z (h_prev − n)
            }
            // previous states of all steps, for the backward pass
            hPrevT[l][0].assign(0);
            if (steps > 1) Buffers.rows(hPrev[l], n, rows).assign(Buffers.rows(h[l], 0, rows - n));
            in = h[l];
        }
        return h[layers - 1];
    }

    @Override
    public void backward(Map<String, INDArray> p, INDArray x, INDArray dTop, Map<String, INDArray> grads) {
        if (rows < 0 || dTop.rows() != rows || dTop.columns() != units) throw new IllegalStateException("gru: backward needs the forward pass of the same batch");
        dIn.assign(dTop);
        int hh = units;
        for (int l = layers - 1; l >= 0; l--) {
            String e = "g" + l + ".";
            concat(p, l);
            // step-independent factors: fz = (h_prev − n) z (1 − z), fn = (1 − z)(1 − n²), fr = m r (1 − r)
            oneMinusZ.assign(zAll[l]).rsubi(1);
            fz.assign(hPrev[l]).subi(cand[l]).muli(zAll[l]).muli(oneMinusZ);
            fn.assign(cand[l]).muli(cand[l]).rsubi(1).muli(oneMinusZ);
            fr.assign(rAll[l]).rsubi(1).muli(rAll[l]).muli(mAll[l]);
            carry.assign(0);
            for (int t = steps - 1; t >= 0; t--) {
                INDArray g = dInT[t].addi(carry); // dL/dh_t: from above and from step t + 1
                g.mul(fzT[t], dZT[t]);            // z's pre-activation
                g.mul(fnT[t], dNT[t]);            // n's pre-activation
                dNT[t].mul(rT[l][t], dMT[t]);     // m = h Un enters n as r ⊙ m
                dNT[t].mul(frT[t], dRT[t]);       // r's pre-activation
                if (t > 0) {                      // dL/dh_{t−1} = g z + [dz' | dr' | dm] [Uz | Ur | Un]ᵀ
                    g.mul(zT[l][t], carry);
                    Buffers.gemm(dGatesT[t], uCat, carry, false, true, 1);
                }
            }
            INDArray in = l == 0 ? x : h[l - 1];
            Buffers.gemm(hPrev[l], dGates, gradUCat, true, false, 0);
            grads.get(e + "Uz").assign(Buffers.cols(gradUCat, 0, hh));
            grads.get(e + "Ur").assign(Buffers.cols(gradUCat, hh, 2 * hh));
            grads.get(e + "Un").assign(Buffers.cols(gradUCat, 2 * hh, 3 * hh));
            dZr.assign(Buffers.cols(dGates, 0, 2 * hh));
            Buffers.gemm(in, dZr, gradWZr[l], true, false, 0);
            grads.get(e + "Wz").assign(Buffers.cols(gradWZr[l], 0, hh));
            grads.get(e + "Wr").assign(Buffers.cols(gradWZr[l], hh, 2 * hh));
            Buffers.gemm(in, dN, grads.get(e + "Wn"), true, false, 0);
            Buffers.gemm(ones, dZr, gradB, false, false, 0);
            grads.get(e + "bz").assign(Buffers.cols(gradB, 0, hh));
            grads.get(e + "br").assign(Buffers.cols(gradB, hh, 2 * hh));
            Buffers.gemm(ones, dN, grads.get(e + "bn"), false, false, 0);
            if (l > 0) { // the gradient with respect to the layer's input is the state gradient of the layer below
                Buffers.gemm(dZr, wZr[l], dIn, false, true, 0);
                Buffers.gemm(dN, p.get(e + "Wn"), dIn, false, true, 1);
            }
        }
    }
}
