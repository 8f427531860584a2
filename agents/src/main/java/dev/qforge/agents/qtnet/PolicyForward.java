package dev.qforge.agents.qtnet;

/**
 * The actor's forward pass (GRU encoder step and actor head) in plain Java over a snapshot of the parameters, for
 * acting one bar at a time. SameDiff runs op by op with a fixed cost per op that dwarfs these small matrix products,
 * so the per-bar policy (rollouts, the strategy) uses this instead; a test checks it against the SameDiff graph.
 * Same equations as {@link QtNetGraph}. Not thread-safe (scratch buffers).
 */
final class PolicyForward {

    private final NetworkConfig net;
    private final int obsSize;
    private final float[][] wz, uz, bz, wr, ur, br, wn, un, bn;
    private final float[][] aw, ab;
    private final int[] aIn, aOut;
    private final float[] x, z, r, hn, tmp;

    PolicyForward(NetworkConfig net, int obsSize, QtNetParams p) {
        this.net = net;
        this.obsSize = obsSize;
        int layers = net.gruLayers();
        wz = new float[layers][]; uz = new float[layers][]; bz = new float[layers][];
        wr = new float[layers][]; ur = new float[layers][]; br = new float[layers][];
        wn = new float[layers][]; un = new float[layers][]; bn = new float[layers][];
        for (int l = 0; l < layers; l++) {
            String e = "enc" + l + ".";
            wz[l] = f(p, e + "Wz"); uz[l] = f(p, e + "Uz"); bz[l] = f(p, e + "bz");
            wr[l] = f(p, e + "Wr"); ur[l] = f(p, e + "Ur"); br[l] = f(p, e + "br");
            wn[l] = f(p, e + "Wn"); un[l] = f(p, e + "Un"); bn[l] = f(p, e + "bn");
        }
        int k = net.actorLayers().length + 1;
        aw = new float[k][]; ab = new float[k][]; aIn = new int[k]; aOut = new int[k];
        int in = net.gruUnits();
        for (int i = 0; i < k; i++) {
            String s = i < k - 1 ? String.valueOf(i) : "out";
            aw[i] = f(p, "actor.W" + s);
            ab[i] = f(p, "actor.b" + s);
            aIn[i] = in;
            aOut[i] = i < k - 1 ? net.actorLayers()[i] : 2;
            in = aOut[i];
        }
        int widest = Math.max(obsSize, net.gruUnits());
        for (int u : net.actorLayers()) widest = Math.max(widest, u);
        x = new float[widest];
        tmp = new float[widest];
        z = new float[net.gruUnits()];
        r = new float[net.gruUnits()];
        hn = new float[net.gruUnits()];
    }

    private static float[] f(QtNetParams p, String name) {
        return p.get(name).dup('c').reshape(p.get(name).length()).toFloatVector();
    }

    /** See {@link QtNetAgent#act}. */
    float[] act(float[] obs, float[] state, int n) {
        int h = net.gruUnits(), layers = net.gruLayers(), stateSize = h * layers;
        float[] out = new float[n * 2];
        for (int b = 0; b < n; b++) {
            System.arraycopy(obs, b * obsSize, x, 0, obsSize);
            int in = obsSize;
            for (int l = 0; l < layers; l++) {
                int off = b * stateSize + l * h;
                gate(x, in, wz[l], state, off, uz[l], bz[l], h, z, true);
                gate(x, in, wr[l], state, off, ur[l], br[l], h, r, true);
                // n = tanh(x Wn + r * (h Un) + bn)
                for (int j = 0; j < h; j++) {
                    double xs = 0, hs = 0;
                    for (int i = 0; i < in; i++) xs += x[i] * wn[l][i * h + j];
                    for (int i = 0; i < h; i++) hs += state[off + i] * un[l][i * h + j];
                    hn[j] = (float) Math.tanh(xs + r[j] * hs + bn[l][j]);
                }
                for (int j = 0; j < h; j++) {
                    float v = (1 - z[j]) * hn[j] + z[j] * state[off + j];
                    tmp[j] = v;
                }
                System.arraycopy(tmp, 0, state, off, h);
                System.arraycopy(tmp, 0, x, 0, h);
                in = h;
            }
            for (int k = 0; k < aw.length; k++) {
                boolean last = k == aw.length - 1;
                for (int j = 0; j < aOut[k]; j++) {
                    double s = ab[k][j];
                    for (int i = 0; i < aIn[k]; i++) s += x[i] * aw[k][i * aOut[k] + j];
                    tmp[j] = last ? (float) s : (float) Math.max(0, s);
                }
                System.arraycopy(tmp, 0, x, 0, aOut[k]);
            }
            double m = Math.max(x[0], x[1]);
            double e0 = Math.exp(x[0] - m), e1 = Math.exp(x[1] - m);
            out[b * 2] = (float) (e0 / (e0 + e1));
            out[b * 2 + 1] = (float) (e1 / (e0 + e1));
        }
        return out;
    }

    private static void gate(float[] x, int in, float[] w, float[] state, int off, float[] u, float[] bias, int h,
                             float[] out, boolean sigmoid) {
        for (int j = 0; j < h; j++) {
            double s = bias[j];
            for (int i = 0; i < in; i++) s += x[i] * w[i * h + j];
            for (int i = 0; i < h; i++) s += state[off + i] * u[i * h + j];
            out[j] = sigmoid ? (float) (1 / (1 + Math.exp(-s))) : (float) Math.tanh(s);
        }
    }
}
