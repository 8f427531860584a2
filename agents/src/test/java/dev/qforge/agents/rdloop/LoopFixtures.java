package dev.qforge.agents.rdloop;

import dev.qforge.agents.models.Dataset;
import dev.qforge.agents.models.FitReport;
import dev.qforge.agents.models.Forecaster;
import dev.qforge.agents.models.ModelSpec;
import dev.qforge.agents.models.SplitSpec;
import dev.qforge.data.store.Database;
import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import dev.qforge.factors.eval.FactorMatrix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Shared test data: a small planted-factor universe split 2015 / 2016 / 2017-H1, an H2 store, a ridge forecaster. */
final class LoopFixtures {

    static final ZoneId NY = ZoneId.of("America/New_York");
    static final SplitSpec SPLIT = SplitSpec.parse("2015-01-01:2015-12-31,2016-01-01:2016-12-31,2017-01-01:2017-06-30");
    static final SyntheticUniverse U = UniverseGenerator.generate(UniverseSpec.of(80, 630, 0.1).withSectors(8), 17);
    private static final AtomicInteger DBS = new AtomicInteger();

    private LoopFixtures() {
    }

    static HeldOutSplit split(SyntheticUniverse u) {
        return new HeldOutSplit(u.panel(), u.series(), SPLIT, NY, "synthetic", 2);
    }

    static RdLoopStore store() {
        return new RdLoopStore(Database.inMemory("rdloop" + DBS.incrementAndGet()), clock());
    }

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    }

    /** A clock that moves {@code stepMillis} forward at every reading, so that every loop lasts that long or more. */
    static Clock ticking(long stepMillis) {
        return new Clock() {
            long now;

            @Override
            public ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.ofEpochMilli(millis());
            }

            @Override
            public long millis() {
                return now += stepMillis;
            }
        };
    }

    /** A researcher whose every proposal is a new moving average that reports 40 tokens spent. */
    static Researcher costly() {
        return new Researcher() {
            @Override
            public Proposal propose(Arm arm, ResearchContext ctx) {
                return new Proposal("Mean($close," + (5 + ctx.loop()) + ")", "", "", 40);
            }

            @Override
            public Proposal repair(Arm arm, ResearchContext ctx, Proposal failed, String error) {
                return propose(arm, ctx);
            }

            @Override
            public String name() {
                return "costly";
            }
        };
    }

    /** A small, fast config: 20 holdings, 40 simulations. */
    static LoopConfig config(long seed, int loops) {
        return LoopConfig.defaults(seed).withLoops(loops).withPortfolio(20, 3).withSearch(40, 5, 8).withModelTypes(java.util.List.of("ridge"));
    }

    /**
     * Ridge regression by the normal equations on the train rows where the label and every feature are finite;
     * parameter {@code alpha} (default 1). Enough for the model arm in tests; the real models live in agents.models.
     */
    static final class TestRidge implements Forecaster {
        private final ModelSpec spec;
        private double[] w;

        TestRidge(ModelSpec spec) {
            if (!spec.type().equals("ridge")) throw new IllegalArgumentException("unknown model type '" + spec.type() + "'");
            if (spec.number("alpha", 1) < 0) throw new IllegalArgumentException("model ridge: parameter alpha must be >= 0");
            this.spec = spec;
        }

        @Override
        public ModelSpec spec() {
            return spec;
        }

        @Override
        public FitReport fit(Dataset train, Dataset valid) {
            int p = train.featureCount() + 1, cols = train.symbols().size();
            double[] xtx = new double[p * p], xty = new double[p];
            double[] x = new double[p];
            for (int r = train.rowFrom(); r < train.rowTo(); r++) {
                for (int c = 0; c < cols; c++) {
                    if (!row(train, r, c, x)) continue;
                    double y = train.label().get(r, c);
                    if (!Double.isFinite(y)) continue;
                    for (int i = 0; i < p; i++) {
                        xty[i] += x[i] * y;
                        for (int j = 0; j < p; j++) xtx[i * p + j] += x[i] * x[j];
                    }
                }
            }
            for (int i = 1; i < p; i++) xtx[i * p + i] += spec.number("alpha", 1);
            w = solve(xtx, xty, p);
            return new FitReport("ridge", 1, 1, Double.NaN, Double.NaN, 0);
        }

        private static boolean row(Dataset d, int r, int c, double[] x) {
            x[0] = 1;
            for (int k = 0; k < d.featureCount(); k++) {
                double v = d.features().get(k).get(r, c);
                if (!Double.isFinite(v)) return false;
                x[k + 1] = v;
            }
            return true;
        }

        @Override
        public FactorMatrix predict(Dataset data) {
            if (w == null) throw new IllegalStateException("predict before fit");
            int cols = data.symbols().size();
            double[] out = new double[data.times().length * cols];
            Arrays.fill(out, Double.NaN);
            double[] x = new double[w.length];
            for (int r = data.rowFrom(); r < data.rowTo(); r++) {
                for (int c = 0; c < cols; c++) {
                    if (!row(data, r, c, x)) continue;
                    double s = 0;
                    for (int i = 0; i < w.length; i++) s += w[i] * x[i];
                    out[r * cols + c] = s;
                }
            }
            return new FactorMatrix("ridge", data.times(), data.symbols(), out);
        }

        @Override
        public void save(Path dir) throws java.io.IOException {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("ridge.txt"), Arrays.toString(w));
        }

        private static double[] solve(double[] a, double[] b, int n) {
            a = a.clone();
            b = b.clone();
            for (int c = 0; c < n; c++) {
                int piv = c;
                for (int r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]) > Math.abs(a[piv * n + c])) piv = r;
                for (int k = 0; k < n; k++) {
                    double t = a[c * n + k];
                    a[c * n + k] = a[piv * n + k];
                    a[piv * n + k] = t;
                }
                double t = b[c];
                b[c] = b[piv];
                b[piv] = t;
                for (int r = c + 1; r < n; r++) {
                    double f = a[r * n + c] / a[c * n + c];
                    for (int k = c; k < n; k++) a[r * n + k] -= f * a[c * n + k];
                    b[r] -= f * b[c];
                }
            }
            double[] x = new double[n];
            for (int r = n - 1; r >= 0; r--) {
                double s = b[r];
                for (int k = r + 1; k < n; k++) s -= a[r * n + k] * x[k];
                x[r] = s / a[r * n + r];
            }
            return x;
        }
    }
}
