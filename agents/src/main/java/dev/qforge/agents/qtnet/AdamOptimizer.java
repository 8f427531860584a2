package dev.qforge.agents.qtnet;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma and Ba, 2015) over a named group of parameter arrays, updated in place: β1 = 0.9, β2 = 0.999,
 * ε = 1e-8, bias-corrected step size. Gradients are first scaled down so that their global L2 norm is at most
 * {@code clipNorm} (a guard against the occasional huge TD error of a fresh critic). Its moments and step count are
 * state, saved with checkpoints so a resumed run continues exactly.
 */
public final class AdamOptimizer {

    private static final double B1 = 0.9, B2 = 0.999, EPS = 1e-8;

    private final List<String> names;
    private final double lr;
    private final double clipNorm;
    private final Map<String, INDArray> m = new LinkedHashMap<>();
    private final Map<String, INDArray> v = new LinkedHashMap<>();
    private long step;

    public AdamOptimizer(List<String> names, QtNetParams params, double lr, double clipNorm) {
        this.names = List.copyOf(names);
        this.lr = lr;
        this.clipNorm = clipNorm;
        for (String n : names) {
            m.put(n, params.get(n).ulike().assign(0));
            v.put(n, params.get(n).ulike().assign(0));
        }
    }

    /** Applies one step to {@code params} from {@code grads} (which must hold every name of the group). */
    public void apply(QtNetParams params, Map<String, INDArray> grads) {
        double sq = 0;
        for (String n : names) {
            INDArray g = grads.get(n);
            if (g == null) throw new IllegalStateException("no gradient for " + n);
            double norm = g.norm2Number().doubleValue();
            sq += norm * norm;
        }
        double norm = Math.sqrt(sq);
        double scale = norm > clipNorm ? clipNorm / norm : 1;
        step++;
        double alpha = lr * Math.sqrt(1 - Math.pow(B2, step)) / (1 - Math.pow(B1, step));
        for (String n : names) {
            INDArray g = grads.get(n).castTo(params.get(n).dataType()).mul(scale);
            INDArray mm = m.get(n).muli(B1).addi(g.mul(1 - B1));
            INDArray vv = v.get(n).muli(B2).addi(g.mul(g).muli(1 - B2));
            params.get(n).subi(mm.div(Transforms.sqrt(vv, true).addi(EPS)).muli(alpha));
        }
    }

    public long steps() {
        return step;
    }

    Map<String, INDArray> firstMoments() {
        return m;
    }

    Map<String, INDArray> secondMoments() {
        return v;
    }

    void restore(long steps, Map<String, INDArray> first, Map<String, INDArray> second) {
        if (!first.keySet().containsAll(names) || !second.keySet().containsAll(names)) {
            throw new IllegalArgumentException("Adam moments for " + first.keySet() + " do not cover the group " + names);
        }
        this.step = steps;
        for (String n : names) {
            m.get(n).assign(first.get(n));
            v.get(n).assign(second.get(n));
        }
    }
}
