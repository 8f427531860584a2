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
 * zero initial state: per layer, the input projections of all steps are one product per gate; per step, three
 * small products add {@code h Uz}, {@code h Ur} and {@code m = h Un}, then six element-wise calls. The backward pass
 * computes {@code (h − n) z (1 − z)}, {@code (1 − z)(1 − n²)} and {@code m r (1 − r)} for all steps first, then
 * needs three small products and six element-wise calls per step; the weight gradients are one product each over
 * all steps. Each gate has its own [steps · n, units] buffer, so every element-wise call runs on a contiguous block
 * (ND4J's element-wise ops on strided column views were 10 to 30 times slower). Every buffer is allocated once per
 * (steps, n) and reused, so memory does not grow with the number of batches.
 */
final class GruLayers extends GatedLayers {

    private static final String[] GATES = {"z", "r", "n"};

    private int steps, n;
    private DataType type;
    // per layer, [rows, units] each: z, r (after σ), m = h_prev Un, candidate n, state h, previous state (0 at step 0)
    private INDArray[] z, r, m, cand, h, hPrev;
    private INDArray[][] zT, rT, mT, candT, hT;
    private INDArray fz, fn, fr, oneMinusZ, dZ, dR, dM, dN, dIn, carry, tmp, ones;
    private INDArray[] dZT, dRT, dMT, dNT, dInT, fzT, fnT, frT;

    GruLayers(int inputs, int units, int layers) {
        super("gru", "g", GATES, inputs, units, layers);
    }

    private void ensure(DataType t, int totalRows, int stepCount) {
        if (totalRows == rows && stepCount == steps && t == type) return;
        buf.close(); // the previous shape's buffers: freed now, not when the collector gets to them
        rows = totalRows;
        steps = stepCount;
        type = t;
        n = totalRows / stepCount;
        z = new INDArray[layers]; r = new INDArray[layers]; m = new INDArray[layers];
        cand = new INDArray[layers]; h = new INDArray[layers]; hPrev = new INDArray[layers];
        zT = new INDArray[layers][]; rT = new INDArray[layers][]; mT = new INDArray[layers][];
        candT = new INDArray[layers][]; hT = new INDArray[layers][];
        for (int l = 0; l < layers; l++) {
            z[l] = block(t); zT[l] = Buffers.blocks(z[l], steps);
            r[l] = block(t); rT[l] = Buffers.blocks(r[l], steps);
            m[l] = block(t); mT[l] = Buffers.blocks(m[l], steps);
            cand[l] = block(t); candT[l] = Buffers.blocks(cand[l], steps);
            h[l] = block(t); hT[l] = Buffers.blocks(h[l], steps);
            hPrev[l] = block(t);
        }
        fz = block(t); fzT = Buffers.blocks(fz, steps);
        fn = block(t); fnT = Buffers.blocks(fn, steps);
        fr = block(t); frT = Buffers.blocks(fr, steps);
        oneMinusZ = block(t);
        dZ = block(t); dZT = Buffers.blocks(dZ, steps);
        dR = block(t); dRT = Buffers.blocks(dR, steps);
        dM = block(t); dMT = Buffers.blocks(dM, steps);
        dN = block(t); dNT = Buffers.blocks(dN, steps);
        dIn = block(t); dInT = Buffers.blocks(dIn, steps);
        carry = buf.zeros(t, n, units);
        tmp = buf.zeros(t, n, units);
        ones = buf.zeros(t, 1, rows).addi(1);
    }

    private INDArray block(DataType t) {
        return buf.zeros(t, rows, units);
    }

    private static INDArray p(Map<String, INDArray> p, String e, String name) {
        return p.get(e + name);
    }

    @Override
    public INDArray forward(Map<String, INDArray> p, INDArray x, int stepCount) {
        if (stepCount < 1 || x.rows() % stepCount != 0) throw new IllegalArgumentException("gru: " + x.rows() + " input rows are not " + stepCount + " steps of whole batches");
        if (x.columns() != inputs) throw new IllegalArgumentException("gru: input has " + x.columns() + " features, the layers " + inputs);
        check(p);
        ensure(x.dataType(), (int) x.rows(), stepCount);
        INDArray in = x;
        for (int l = 0; l < layers; l++) {
            String e = "g" + l + ".";
            INDArray uz = p(p, e, "Uz"), ur = p(p, e, "Ur"), un = p(p, e, "Un");
            // input projections of all steps (with the biases)
            Buffers.gemm(in, p(p, e, "Wz"), z[l], false, false, 0);
            z[l].addiRowVector(p(p, e, "bz"));
            Buffers.gemm(in, p(p, e, "Wr"), r[l], false, false, 0);
            r[l].addiRowVector(p(p, e, "br"));
            Buffers.gemm(in, p(p, e, "Wn"), cand[l], false, false, 0);
            cand[l].addiRowVector(p(p, e, "bn"));
            mT[l][0].assign(0); // the first step's previous state is 0
            for (int t = 0; t < steps; t++) {
                INDArray nt = candT[l][t], ht = hT[l][t];
                if (t > 0) {
                    INDArray hp = hT[l][t - 1];
                    Buffers.gemm(hp, uz, zT[l][t], false, false, 1);
                    Buffers.gemm(hp, ur, rT[l][t], false, false, 1);
                    Buffers.gemm(hp, un, mT[l][t], false, false, 0);
                }
                Transforms.sigmoid(zT[l][t], false);
                Transforms.sigmoid(rT[l][t], false);
                if (t > 0) nt.addi(rT[l][t].mul(mT[l][t], tmp));
                Transforms.tanh(nt, false);
                if (t == 0) nt.mul(zT[l][t], ht).rsubi(nt);            // h = n − z n (the previous state is 0)
                else hT[l][t - 1].sub(nt, ht).muli(zT[l][t]).addi(nt); // h = n + z (h_prev − n)
            }
            // previous states of all steps, for the backward pass
            Buffers.rows(hPrev[l], 0, n).assign(0);
            if (steps > 1) Buffers.rows(hPrev[l], n, rows).assign(Buffers.rows(h[l], 0, rows - n));
            in = h[l];
        }
        return h[layers - 1];
    }

    @Override
    public void backward(Map<String, INDArray> p, INDArray x, INDArray dTop, Map<String, INDArray> grads) {
        if (rows < 0 || dTop.rows() != rows || dTop.columns() != units) throw new IllegalStateException("gru: backward needs the forward pass of the same batch");
        dIn.assign(dTop);
        for (int l = layers - 1; l >= 0; l--) {
            String e = "g" + l + ".";
            INDArray uz = p(p, e, "Uz"), ur = p(p, e, "Ur"), un = p(p, e, "Un");
            // step-independent factors: fz = (h_prev − n) z (1 − z), fn = (1 − z)(1 − n²), fr = m r (1 − r)
            oneMinusZ.assign(z[l]).rsubi(1);
            fz.assign(hPrev[l]).subi(cand[l]).muli(z[l]).muli(oneMinusZ);
            fn.assign(cand[l]).muli(cand[l]).rsubi(1).muli(oneMinusZ);
            fr.assign(r[l]).rsubi(1).muli(r[l]).muli(m[l]);
            carry.assign(0);
            for (int t = steps - 1; t >= 0; t--) {
                INDArray g = dInT[t].addi(carry); // dL/dh_t: from above and from step t + 1
                g.mul(fzT[t], dZT[t]);            // z's pre-activation
                g.mul(fnT[t], dNT[t]);            // n's pre-activation
                dNT[t].mul(rT[l][t], dMT[t]);     // m = h Un enters n as r ⊙ m
                dNT[t].mul(frT[t], dRT[t]);       // r's pre-activation
                if (t > 0) {                      // dL/dh_{t−1} = g z + dz' Uzᵀ + dr' Urᵀ + dm Unᵀ
                    g.mul(zT[l][t], carry);
                    Buffers.gemm(dZT[t], uz, carry, false, true, 1);
                    Buffers.gemm(dRT[t], ur, carry, false, true, 1);
                    Buffers.gemm(dMT[t], un, carry, false, true, 1);
                }
            }
            INDArray in = l == 0 ? x : h[l - 1];
            Buffers.gemm(hPrev[l], dZ, grads.get(e + "Uz"), true, false, 0);
            Buffers.gemm(hPrev[l], dR, grads.get(e + "Ur"), true, false, 0);
            Buffers.gemm(hPrev[l], dM, grads.get(e + "Un"), true, false, 0);
            Buffers.gemm(in, dZ, grads.get(e + "Wz"), true, false, 0);
            Buffers.gemm(in, dR, grads.get(e + "Wr"), true, false, 0);
            Buffers.gemm(in, dN, grads.get(e + "Wn"), true, false, 0);
            Buffers.gemm(ones, dZ, grads.get(e + "bz"), false, false, 0);
            Buffers.gemm(ones, dR, grads.get(e + "br"), false, false, 0);
            Buffers.gemm(ones, dN, grads.get(e + "bn"), false, false, 0);
            if (l > 0) { // the gradient with respect to the layer's input is the state gradient of the layer below
                Buffers.gemm(dZ, p(p, e, "Wz"), dIn, false, true, 0);
                Buffers.gemm(dR, p(p, e, "Wr"), dIn, false, true, 1);
                Buffers.gemm(dN, p(p, e, "Wn"), dIn, false, true, 1);
            }
        }
    }
}
