package dev.qforge.agents.models;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.LinkedHashMap;
import java.util.Map;

/** Adam (Kingma and Ba, 2015; β1 = 0.9, β2 = 0.999, ε = 1e-8, bias-corrected) over named arrays, updated in place. */
final class Adam {

    private static final double B1 = 0.9, B2 = 0.999, EPS = 1e-8;

    private final double lr;
    private final Map<String, INDArray> m = new LinkedHashMap<>(), v = new LinkedHashMap<>();
    private long step;

    Adam(NetParams params, double lr) {
        this.lr = lr;
        params.arrays().forEach((k, a) -> {
            m.put(k, a.ulike().assign(0));
            v.put(k, a.ulike().assign(0));
        });
    }

    void apply(NetParams params, Map<String, INDArray> grads) {
        step++;
        double alpha = lr * Math.sqrt(1 - Math.pow(B2, step)) / (1 - Math.pow(B1, step));
        for (Map.Entry<String, INDArray> e : params.arrays().entrySet()) {
            INDArray g = grads.get(e.getKey());
            if (g == null) continue; // a parameter the loss does not reach this step
            INDArray mm = m.get(e.getKey()).muli(B1).addi(g.mul(1 - B1));
            INDArray vv = v.get(e.getKey()).muli(B2).addi(g.mul(g).muli(1 - B2));
            e.getValue().subi(mm.div(Transforms.sqrt(vv, true).addi(EPS)).muli(alpha));
        }
    }
}
