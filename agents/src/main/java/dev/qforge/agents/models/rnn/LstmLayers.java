package dev.qforge.agents.models.rnn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/**
 * Stacked LSTM layers with the equations of {@code NetGraphs}' LSTM: {@code i, f, o = σ(xW + hU + b)},
 * {@code g = tanh(xW + hU + b)}, {@code c' = f ⊙ c + i ⊙ g}, {@code h' = o ⊙ tanh(c')}, from {@code h = c = 0}.
 * Parameters {@code l<layer>.W<gate>} ([inputs, units]), {@code .U<gate>} ([units, units]) and {@code .b<gate>}
 * ([1, units]) for gates i, f, g, o.
 *
 * <p>Schedule (cuDNN's, layer by layer): the input projections of all steps are one product per gate; per step,
 * four small products add {@code h U} and ten element-wise calls finish the cell. The backward pass first computes
 * every factor that does not depend on the recurrent gradient for all steps at once, then needs four small products
 * and eight element-wise calls per step; the weight gradients are one product each over all steps. Each gate has
 * its own [steps · n, units] buffer, so every element-wise call runs on a contiguous block (ND4J's element-wise ops
 * on strided column views were 10 to 30 times slower). Every buffer is allocated once per (steps, n) and reused,
 * so memory does not grow with the number of batches.
 */
final class LstmLayers extends GatedLayers {

    private static final String[] GATES = {"i", "f", "g", "o"};

    private int steps, n;
    private DataType type;
    // per layer, [rows, units] each: gates i, f, o (after σ), g (after tanh), cell, tanh(cell), state
    private INDArray[] gi, gf, go, gg, cell, tanhCell, hs;
    private INDArray[][] iT, fT, oT, gT, cellT, tanhCellT, hsT;
    private INDArray stepTmp, tmp, ones;
    // backward: pre-activation gradients and the step-independent factors
    private INDArray dI, dF, dO, dG, aO, aC, bI, bF, bG, dc, carryC, carryH, dIn;
    private INDArray[] dIT, dFT, dOT, dGT, aOT, aCT, bIT, bFT, bGT, dInT;

    LstmLayers(int inputs, int units, int layers) {
        super("lstm", "l", GATES, inputs, units, layers);
    }

    private INDArray block(DataType t) {
        return buf.zeros(t, rows, units);
    }

    private void ensure(DataType t, int totalRows, int stepCount) {
        if (totalRows == rows && stepCount == steps && t == type) return;
        buf.close(); // the previous shape's buffers: freed now, not when the collector gets to them
        rows = totalRows;
        steps = stepCount;
        type = t;
        n = totalRows / stepCount;
        gi = new INDArray[layers]; gf = new INDArray[layers]; go = new INDArray[layers]; gg = new INDArray[layers];
        cell = new INDArray[layers]; tanhCell = new INDArray[layers]; hs = new INDArray[layers];
        iT = new INDArray[layers][]; fT = new INDArray[layers][]; oT = new INDArray[layers][]; gT = new INDArray[layers][];
        cellT = new INDArray[layers][]; tanhCellT = new INDArray[layers][]; hsT = new INDArray[layers][];
        for (int l = 0; l < layers; l++) {
            gi[l] = block(t); iT[l] = Buffers.blocks(gi[l], steps);
            gf[l] = block(t); fT[l] = Buffers.blocks(gf[l], steps);
            go[l] = block(t); oT[l] = Buffers.blocks(go[l], steps);
            gg[l] = block(t); gT[l] = Buffers.blocks(gg[l], steps);
            cell[l] = block(t); cellT[l] = Buffers.blocks(cell[l], steps);
            tanhCell[l] = block(t); tanhCellT[l] = Buffers.blocks(tanhCell[l], steps);
            hs[l] = block(t); hsT[l] = Buffers.blocks(hs[l], steps);
        }
        stepTmp = buf.zeros(t, n, units);
        tmp = block(t);
        ones = buf.zeros(t, 1, rows).addi(1);
        dI = block(t); dIT = Buffers.blocks(dI, steps);
        dF = block(t); dFT = Buffers.blocks(dF, steps);
        dO = block(t); dOT = Buffers.blocks(dO, steps);
        dG = block(t); dGT = Buffers.blocks(dG, steps);
        aO = block(t); aOT = Buffers.blocks(aO, steps);
        aC = block(t); aCT = Buffers.blocks(aC, steps);
        bI = block(t); bIT = Buffers.blocks(bI, steps);
        bF = block(t); bFT = Buffers.blocks(bF, steps);
        bG = block(t); bGT = Buffers.blocks(bG, steps);
        dIn = block(t); dInT = Buffers.blocks(dIn, steps);
        dc = buf.zeros(t, n, units);
        carryC = buf.zeros(t, n, units);
        carryH = buf.zeros(t, n, units);
    }

    private static INDArray p(Map<String, INDArray> p, String e, String name) {
        return p.get(e + name);
    }

    @Override
    public INDArray forward(Map<String, INDArray> p, INDArray x, int stepCount) {
        if (stepCount < 1 || x.rows() % stepCount != 0) throw new IllegalArgumentException("lstm: " + x.rows() + " input rows are not " + stepCount + " steps of whole batches");
        if (x.columns() != inputs) throw new IllegalArgumentException("lstm: input has " + x.columns() + " features, the layers " + inputs);
        check(p);
        ensure(x.dataType(), (int) x.rows(), stepCount);
        INDArray in = x;
        for (int l = 0; l < layers; l++) {
            String e = "l" + l + ".";
            INDArray[] pre = {gi[l], gf[l], gg[l], go[l]};
            for (int k = 0; k < GATES.length; k++) { // input projections of all steps, with the biases
                Buffers.gemm(in, p(p, e, "W" + GATES[k]), pre[k], false, false, 0);
                pre[k].addiRowVector(p(p, e, "b" + GATES[k]));
            }
            INDArray ui = p(p, e, "Ui"), uf = p(p, e, "Uf"), ug = p(p, e, "Ug"), uo = p(p, e, "Uo");
            for (int t = 0; t < steps; t++) {
                if (t > 0) {
                    INDArray hp = hsT[l][t - 1];
                    Buffers.gemm(hp, ui, iT[l][t], false, false, 1);
                    Buffers.gemm(hp, uf, fT[l][t], false, false, 1);
                    Buffers.gemm(hp, ug, gT[l][t], false, false, 1);
                    Buffers.gemm(hp, uo, oT[l][t], false, false, 1);
                }
                Transforms.sigmoid(iT[l][t], false);
                Transforms.sigmoid(fT[l][t], false);
                Transforms.sigmoid(oT[l][t], false);
                Transforms.tanh(gT[l][t], false);
                INDArray c = cellT[l][t];
                iT[l][t].mul(gT[l][t], c);
                if (t > 0) c.addi(fT[l][t].mul(cellT[l][t - 1], stepTmp));
                Transforms.tanh(tanhCellT[l][t].assign(c), false);
                oT[l][t].mul(tanhCellT[l][t], hsT[l][t]);
            }
            in = hs[l];
        }
        return hs[layers - 1];
    }

    @Override
    public void backward(Map<String, INDArray> p, INDArray x, INDArray dTop, Map<String, INDArray> grads) {
        if (rows < 0 || dTop.rows() != rows || dTop.columns() != units) throw new IllegalStateException("lstm: backward needs the forward pass of the same batch");
        dIn.assign(dTop);
        for (int l = layers - 1; l >= 0; l--) {
            String e = "l" + l + ".";
            INDArray ui = p(p, e, "Ui"), uf = p(p, e, "Uf"), ug = p(p, e, "Ug"), uo = p(p, e, "Uo");
            // factors of all steps: aO = tanh(c) o (1 − o), aC = o (1 − tanh²(c)), bI = g i (1 − i),
            // bF = c_prev f (1 − f) (c_prev = 0 at the first step), bG = i (1 − g²)
            tmp.assign(go[l]).rsubi(1).muli(go[l]);
            aO.assign(tanhCell[l]).muli(tmp);
            aC.assign(tanhCell[l]).muli(tanhCell[l]).rsubi(1).muli(go[l]);
            tmp.assign(gi[l]).rsubi(1).muli(gi[l]);
            bI.assign(gg[l]).muli(tmp);
            bG.assign(gg[l]).muli(gg[l]).rsubi(1).muli(gi[l]);
            bF.assign(gf[l]).rsubi(1).muli(gf[l]);
            bFT[0].assign(0);
            if (steps > 1) Buffers.rows(bF, n, rows).muli(Buffers.rows(cell[l], 0, rows - n));
            for (int t = steps - 1; t >= 0; t--) {
                INDArray g = dInT[t];                     // dL/dh_t: from above, and from step t + 1
                if (t < steps - 1) g.addi(carryH);
                g.mul(aOT[t], dOT[t]);
                g.mul(aCT[t], dc);                        // dL/dc_t: through h_t, and from step t + 1
                if (t < steps - 1) dc.addi(carryC);
                dc.mul(bIT[t], dIT[t]);
                dc.mul(bFT[t], dFT[t]);
                dc.mul(bGT[t], dGT[t]);
                if (t > 0) {
                    dc.mul(fT[l][t], carryC);
                    Buffers.gemm(dIT[t], ui, carryH, false, true, 0);
                    Buffers.gemm(dFT[t], uf, carryH, false, true, 1);
                    Buffers.gemm(dGT[t], ug, carryH, false, true, 1);
                    Buffers.gemm(dOT[t], uo, carryH, false, true, 1);
                }
            }
            INDArray in = l == 0 ? x : hs[l - 1];
            INDArray[] d = {dI, dF, dG, dO};
            for (int k = 0; k < GATES.length; k++) {
                String gname = GATES[k];
                Buffers.gemm(in, d[k], grads.get(e + "W" + gname), true, false, 0);
                // the first step's previous state is 0: U's gradient sums steps 1.. only
                if (steps > 1) Buffers.gemm(Buffers.rows(hs[l], 0, rows - n), Buffers.rows(d[k], n, rows), grads.get(e + "U" + gname), true, false, 0);
                else grads.get(e + "U" + gname).assign(0);
                Buffers.gemm(ones, d[k], grads.get(e + "b" + gname), false, false, 0);
            }
            if (l > 0) { // the state gradient of the layer below
                for (int k = 0; k < GATES.length; k++) Buffers.gemm(d[k], p(p, e, "W" + GATES[k]), dIn, false, true, k == 0 ? 0 : 1);
            }
        }
    }
}
