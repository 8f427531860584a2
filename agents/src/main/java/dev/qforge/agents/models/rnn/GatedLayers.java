package dev.qforge.agents.models.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

/**
 * What the hand-written LSTM and GRU stacks share: their sizes, the parameter layout
 * {@code <prefix><layer>.W<gate>} ([inputs or units, units]), {@code .U<gate>} ([units, units]) and
 * {@code .b<gate>} ([1, units]), and the native buffers of the current batch shape ({@code rows} is -1 when none).
 */
abstract class GatedLayers implements RecurrentLayers {

    protected final int layers, units, inputs;
    protected final Buffers buf = new Buffers();
    protected int rows = -1;
    private final String prefix;
    private final String[] gates;

    GatedLayers(String name, String prefix, String[] gates, int inputs, int units, int layers) {
        if (inputs < 1 || units < 1 || layers < 1) throw new IllegalArgumentException(name + ": inputs, units and layers must be >= 1");
        this.prefix = prefix;
        this.gates = gates;
        this.inputs = inputs;
        this.units = units;
        this.layers = layers;
    }

    @Override
    public void check(Map<String, INDArray> p) {
        for (int l = 0; l < layers; l++) {
            for (String g : gates) {
                Buffers.param(p, prefix + l + ".W" + g, l == 0 ? inputs : units, units);
                Buffers.param(p, prefix + l + ".U" + g, units, units);
                Buffers.param(p, prefix + l + ".b" + g, 1, units);
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
}
