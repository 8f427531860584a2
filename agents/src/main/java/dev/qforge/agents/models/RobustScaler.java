package dev.qforge.agents.models;

/**
 * Qlib's {@code RobustZScoreNorm(clip_outlier=True)} followed by {@code Fillna(0)}, the preprocessing of its
 * non-tree models: per feature, {@code z = (x - median) / (1.4826 * MAD + 1e-12)} with the median and median
 * absolute deviation fitted on the <em>train</em> samples only, clipped to [-3, 3]; a missing value becomes 0
 * (the train median). Fitting on train only keeps the valid and test periods out of the transform.
 */
record RobustScaler(double[] center, double[] scale) {

    private static final double EPS = 1e-12;
    static final double CLIP = 3.0;

    static RobustScaler fit(Samples s) {
        double[] center = new double[s.k()], scale = new double[s.k()];
        double[] col = new double[s.n()];
        for (int j = 0; j < s.k(); j++) {
            int m = 0;
            for (int i = 0; i < s.n(); i++) {
                float v = s.x()[i * s.k() + j];
                if (!Float.isNaN(v)) col[m++] = v;
            }
            if (m == 0) throw new IllegalArgumentException("feature #" + j + " has no finite train value to scale");
            double med = median(col, m);
            for (int i = 0; i < m; i++) col[i] = Math.abs(col[i] - med);
            center[j] = med;
            scale[j] = 1.4826 * median(col, m) + EPS;
        }
        return new RobustScaler(center, scale);
    }

    /** Median of {@code a[0..m)} by selection (expected O(m); reorders the prefix). */
    static double median(double[] a, int m) {
        double hi = select(a, m, m / 2);
        if (m % 2 == 1) return hi;
        double lo = Double.NEGATIVE_INFINITY; // after selection, a[0..m/2) holds the values at or below the upper median
        for (int i = 0; i < m / 2; i++) lo = Math.max(lo, a[i]);
        return 0.5 * (lo + hi);
    }

    /** The k-th smallest of {@code a[0..m)} (Hoare's quickselect, median-of-three pivot), leaving smaller values before k. */
    private static double select(double[] a, int m, int k) {
        int lo = 0, hi = m - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            double p = median3(a[lo], a[mid], a[hi]);
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < p) i++;
                while (a[j] > p) j--;
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return a[k];
        }
        return a[k];
    }

    private static double median3(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    /** Scales one raw value of feature {@code j}: NaN becomes 0, the rest is z-scored and clipped. */
    float apply(int j, double v) {
        if (Double.isNaN(v)) return 0f;
        double z = (v - center[j]) / scale[j];
        return (float) Math.max(-CLIP, Math.min(CLIP, z));
    }

    /** A scaled copy of the sample matrix. */
    float[] transform(Samples s) {
        float[] out = new float[s.x().length];
        int k = s.k();
        for (int i = 0; i < s.n(); i++) for (int j = 0; j < k; j++) out[i * k + j] = apply(j, s.x()[i * k + j]);
        return out;
    }
}
