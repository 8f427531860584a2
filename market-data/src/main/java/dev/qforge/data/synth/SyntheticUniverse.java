package dev.qforge.data.synth;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Panel;
import java.util.List;

/**
 * A generated universe and its ground truth.
 *
 * <p>{@code panel} holds the OHLCV fields of every instrument (rows: NYSE closes; columns: {@code SYN0000 ..})
 * plus the planted factor as field {@value #FACTOR_FIELD}: the value at row {@code t} is known at close
 * {@code t} and predicts the log return from close {@code t} to close {@code t+1}. {@code sectors[i]} and
 * {@code betas[i]} are instrument {@code i}'s sector index and market beta; {@code gamma} is the factor's
 * loading and {@code noiseVariance} the expected cross-sectional variance of the rest of the daily return
 * (see {@link UniverseGenerator} for the formulas). Arrays are copied in and out.
 */
public record SyntheticUniverse(UniverseSpec spec, Panel panel, List<BarSeries> series, int[] sectors,
                                double[] betas, double gamma, double noiseVariance) {

    /** Name of the factor field in {@link #panel()}. */
    public static final String FACTOR_FIELD = "factor";

    public SyntheticUniverse {
        series = List.copyOf(series);
        sectors = sectors.clone();
        betas = betas.clone();
    }

    @Override
    public int[] sectors() {
        return sectors.clone();
    }

    @Override
    public double[] betas() {
        return betas.clone();
    }

    public int sector(int instrument) {
        return sectors[instrument];
    }

    public double beta(int instrument) {
        return betas[instrument];
    }

    /** The planted factor, row-major days x instruments (a copy). */
    public double[] factor() {
        return panel.matrix(FACTOR_FIELD).clone();
    }

    public double factor(int day, int instrument) {
        return panel.get(FACTOR_FIELD, day, instrument);
    }

    /** The requested expected daily IC, of kind {@code spec().icKind()}. */
    public double targetIc() {
        return spec.targetIc();
    }

    /** Mean over days of the realised cross-sectional IC of the factor against next-day log returns. */
    public double realisedIc(CrossSectionalIc.Kind kind) {
        return CrossSectionalIc.mean(CrossSectionalIc.daily(panel, FACTOR_FIELD, kind));
    }

    @Override
    public String toString() {
        return "SyntheticUniverse[" + spec.instruments() + " instruments x " + spec.days() + " days, " + spec.sectors()
                + " sectors, target " + spec.icKind().name().toLowerCase(java.util.Locale.ROOT) + " IC " + spec.targetIc()
                + ", gamma " + gamma + "]";
    }
}
