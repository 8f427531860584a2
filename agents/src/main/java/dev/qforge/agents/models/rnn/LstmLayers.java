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
 * <p>Schedule (cuDNN's, layer by layer): the input projections of all steps are one product into a
 * [steps · n, 4 · units] block with the gates in the order {@code i | f | o | g} (so one σ call covers three gates);
 * per step, one product adds {@code h [Ui | Uf | Uo | Ug]} and eight element-wise calls finish the cell. The
 * backward pass first computes every factor that does not depend on the recurrent gradient for all steps at once,
 * then needs one product and eight element-wise calls per step; the weight gradients are one product each over all
 * steps. Every buffer is allocated once per (steps, n) and reused, so memory does not grow with the number of
 * batches.
 */
final class LstmLayers implements RecurrentLayers {

    private static final String[] ORDER = {"i", "f", "o", "g"}; // column blocks of the concatenated gates

    private final int layers, units, inputs;
    private final Buffers buf = new Buffers();
    private int rows = -1, steps, n;
    private DataType type;
    // per layer: activated gates i|f|o|g, cell, tanh(cell), state
    private INDArray[] gates, cell, tanhCell, hs, wCat, gradW;
    private INDArray[][] gatesT, sigT, tanhT, iT, fT, oT, gT, cellT, tanhCellT, hsT;
    private INDArray uCat, bCat, gradU, gradB, stepTmp, tmp, ones;
    // backward: pre-activation gradients and the step-independent factors
    private INDArray dGates, aO, aC, bI, bF, bG, dc, carryC, carryH, dIn;
    private INDArray[] dGatesT, dIT, dFT, dOT, dGT, aOT, aCT, bIT, bFT, bGT, dInT;

    LstmLayers(int inputs, int units, int layers) {
        if (inputs < 1 || units < 1 || layers < 1) throw new IllegalArgumentException("lstm: inputs, units and layers must be >= 1");
        this.inputs = inputs;
        this.units = units;
        this.layers = layers;
    }

    @Override
    public void check(Map<String, INDArray> p) {
        for (int l = 0; l < layers; l++) {
            for (String g : ORDER) {
                Buffers.param(p, "l" + l + ".W" + g, l == 0 ? inputs : units, units);
                Buffers.param(p, "l" + l + ".U" + g, units, units);
                Buffers.param(p, "l" + l + ".b" + g, 1, units);
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
        gates = new INDArray[layers]; cell = new INDArray[layers]; tanhCell = new INDArray[layers]; hs = new INDArray[layers];
        wCat = new INDArray[layers]; gradW = new INDArray[layers];
        gatesT = new INDArray[layers][]; sigT = new INDArray[layers][]; tanhT = new INDArray[layers][];
        iT = new INDArray[layers][]; fT = new INDArray[layers][]; oT = new INDArray[layers][]; gT = new INDArray[layers][];
        cellT = new INDArray[layers][]; tanhCellT = new INDArray[layers][]; hsT = new INDArray[layers][];
        for (int l = 0; l < layers; l++) {
            gates[l] = buf.zeros(t, rows, 4 * hh);
            gatesT[l] = Buffers.blocks(gates[l], steps);
            sigT[l] = Buffers.cols(gatesT[l], 0, 3 * hh);
            tanhT[l] = Buffers.cols(gatesT[l], 3 * hh, 4 * hh);
            iT[l] = Buffers.cols(gatesT[l], 0, hh);
            fT[l] = Buffers.cols(gatesT[l], hh, 2 * hh);
            oT[l] = Buffers.cols(gatesT[l], 2 * hh, 3 * hh);
            gT[l] = tanhT[l];
            cell[l] = buf.zeros(t, rows, hh); cellT[l] = Buffers.blocks(cell[l], steps);
            tanhCell[l] = buf.zeros(t, rows, hh); tanhCellT[l] = Buffers.blocks(tanhCell[l], steps);
            hs[l] = buf.zeros(t, rows, hh); hsT[l] = Buffers.blocks(hs[l], steps);
            wCat[l] = buf.zeros(t, l == 0 ? inputs : hh, 4 * hh);
            gradW[l] = buf.zeros(t, l == 0 ? inputs : hh, 4 * hh);
        }
        uCat = buf.zeros(t, hh, 4 * hh);
        bCat = buf.zeros(t, 1, 4 * hh);
        gradU = buf.zeros(t, hh, 4 * hh);
        gradB = buf.zeros(t, 1, 4 * hh);
        stepTmp = buf.zeros(t, n, hh);
        tmp = buf.zeros(t, rows, hh);
        ones = buf.zeros(t, 1, rows).addi(1);
        dGates = buf.zeros(t, rows, 4 * hh);
        dGatesT = Buffers.blocks(dGates, steps);
        dIT = Buffers.cols(dGatesT, 0, hh); dFT = Buffers.cols(dGatesT, hh, 2 * hh);
        dOT = Buffers.cols(dGatesT, 2 * hh, 3 * hh); dGT = Buffers.cols(dGatesT, 3 * hh, 4 * hh);
        aO = buf.zeros(t, rows, hh); aOT = Buffers.blocks(aO, steps);
        aC = buf.zeros(t, rows, hh); aCT = Buffers.blocks(aC, steps);
        bI = buf.zeros(t, rows, hh); bIT = Buffers.blocks(bI, steps);
        bF = buf.zeros(t, rows, hh); bFT = Buffers.blocks(bF, steps);
        bG = buf.zeros(t, rows, hh); bGT = Buffers.blocks(bG, steps);
        dIn = buf.zeros(t, rows, hh); dInT = Buffers.blocks(dIn, steps);
        dc = buf.zeros(t, n, hh);
        carryC = buf.zeros(t, n, hh);
        carryH = buf.zeros(t, n, hh);
    }

    /** Layer {@code l}'s {@code [Wi | Wf | Wo | Wg]}, {@code [Ui | Uf | Uo | Ug]} and {@code [bi | bf | bo | bg]}. */
    private void concat(Map<String, INDArray> p, int l) {
        String e = "l" + l + ".";
        int in = l == 0 ? inputs : units;
        for (int k = 0; k < ORDER.length; k++) {
            String g = ORDER[k];
            Buffers.cols(wCat[l], (long) k * units, (long) (k + 1) * units).assign(Buffers.param(p, e + "W" + g, in, units));
            Buffers.cols(uCat, (long) k * units, (long) (k + 1) * units).assign(Buffers.param(p, e + "U" + g, units, units));
            Buffers.cols(bCat, (long) k * units, (long) (k + 1) * units).assign(Buffers.param(p, e + "b" + g, 1, units));
        }
    }

    @Override
    public INDArray forward(Map<String, INDArray> p, INDArray x, int stepCount) {
        if (stepCount < 1 || x.rows() % stepCount != 0) throw new IllegalArgumentException("lstm: " + x.rows() + " input rows are not " + stepCount + " steps of whole batches");
        if (x.columns() != inputs) throw new IllegalArgumentException("lstm: input has " + x.columns() + " features, the layers " + inputs);
        ensure(x.dataType(), (int) x.rows(), stepCount);
        INDArray in = x;
        for (int l = 0; l < layers; l++) {
            concat(p, l);
            Buffers.gemm(in, wCat[l], gates[l], false, false, 0);
            gates[l].addiRowVector(bCat);
            for (int t = 0; t < steps; t++) {
                if (t > 0) Buffers.gemm(hsT[l][t - 1], uCat, gatesT[l][t], false, false, 1);
                Transforms.sigmoid(sigT[l][t], false);
                Transforms.tanh(tanhT[l][t], false);
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
        int hh = units;
        for (int l = layers - 1; l >= 0; l--) {
            String e = "l" + l + ".";
            concat(p, l);
            INDArray gi = Buffers.cols(gates[l], 0, hh), gf = Buffers.cols(gates[l], hh, 2 * hh);
            INDArray go = Buffers.cols(gates[l], 2 * hh, 3 * hh), gg = Buffers.cols(gates[l], 3 * hh, 4 * hh);
            // factors of all steps: aO = tanh(c) o (1 − o), aC = o (1 − tanh²(c)), bI = g i (1 − i),
            // bF = c_prev f (1 − f) (c_prev = 0 at the first step), bG = i (1 − g²)
            tmp.assign(go).rsubi(1).muli(go);
            aO.assign(tanhCell[l]).muli(tmp);
            aC.assign(tanhCell[l]).muli(tanhCell[l]).rsubi(1).muli(go);
            tmp.assign(gi).rsubi(1).muli(gi);
            bI.assign(gg).muli(tmp);
            bG.assign(gg).muli(gg).rsubi(1).muli(gi);
            bF.assign(gf).rsubi(1).muli(gf);
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
                    Buffers.gemm(dGatesT[t], uCat, carryH, false, true, 0);
                }
            }
            INDArray in = l == 0 ? x : hs[l - 1];
            Buffers.gemm(in, dGates, gradW[l], true, false, 0);
            if (steps > 1) Buffers.gemm(Buffers.rows(hs[l], 0, rows - n), Buffers.rows(dGates, n, rows), gradU, true, false, 0);
            else gradU.assign(0);
            Buffers.gemm(ones, dGates, gradB, false, false, 0);
            for (int k = 0; k < ORDER.length; k++) {
                long from = (long) k * hh, to = (long) (k + 1) * hh;
                grads.get(e + "W" + ORDER[k]).assign(Buffers.cols(gradW[l], from, to));
                grads.get(e + "U" + ORDER[k]).assign(Buffers.cols(gradU, from, to));
                grads.get(e + "b" + ORDER[k]).assign(Buffers.cols(gradB, from, to));
            }
            if (l > 0) Buffers.gemm(dGates, wCat[l], dIn, false, true, 0); // the state gradient of the layer below
        }
    }
}
