package dev.qforge.data.synth;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Panel;
import dev.qforge.data.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A cross-sectional universe of daily equity bars with a planted factor of known predictive power.
 *
 * <p>Model (daily log returns, {@code dt = 1/252}): instrument {@code i} in sector {@code s(i) = i mod K}
 * has, for every day {@code t >= 1},
 * <pre>  r[i,t] = beta[i] * m[t] + q[s(i),t] + gamma * f[i,t-1] + e[i,t]</pre>
 * with market return {@code m ~ N(mu_m dt, sigma_m^2 dt)}, sector returns {@code q ~ N(0, sigma_s^2 dt)},
 * idiosyncratic noise {@code e ~ N(0, sigma_e^2 dt)}, all independent of each other and over time, and
 * betas {@code ~ N(betaMean, betaSd^2)} drawn once. The factor {@code f[., t]} is known at the close of
 * day {@code t} and is standardised across instruments each day (mean 0, population variance 1); it is an
 * AR(1) per instrument before standardising. Day 0's return has no factor term.
 *
 * <p>Choosing gamma: across instruments on one day, {@code f} has variance 1 and is independent of the
 * rest, whose expected cross-sectional variance is
 * <pre>  V = E[m^2] Var_i(beta) + sigma_s^2 dt (1 - sum_k w_k^2) + sigma_e^2 dt,  E[m^2] = sigma_m^2 dt + (mu_m dt)^2</pre>
 * ({@code w_k} the share of instruments in sector {@code k}; {@code Var_i(beta)} the population variance of
 * the drawn betas). The cross-sectional correlation is then {@code gamma / sqrt(gamma^2 + V)}, so for a Pearson
 * target {@code rho}: <b>{@code gamma = rho sqrt(V / (1 - rho^2))}</b>. A rank-IC target {@code rho_s} is first
 * turned into Pearson with the bivariate-normal relation {@code rho = 2 sin(pi rho_s / 6)}. The expected
 * daily IC matches the target up to O(1/N) small-sample bias and the day-to-day variation of {@code m^2}
 * (small while {@code Var_i(beta) sigma_m^2} is small next to {@code sigma_e^2}); the sector term makes the
 * noise a normal mixture, so the rank relation is approximate.
 *
 * <p>Bars are stamped at the NYSE close; open is the previous close, high/low and volume as in
 * {@link BarSynthesizer} with each instrument's total daily variance. Start prices are {@code 50 e^(Z/2)}.
 * Symbols are {@code SYN0000, SYN0001, ...}. Same spec and seed give bit-identical output.
 */
public final class UniverseGenerator {

    static final double DT = 1.0 / BarSchedule.EXCHANGE_DAYS_PER_YEAR;

    private UniverseGenerator() {
    }

    public static SyntheticUniverse generate(UniverseSpec spec, long seed) {
        Objects.requireNonNull(spec, "spec");
        int n = spec.instruments(), t = spec.days(), k = spec.sectors();
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom betaRng = root.split(), priceRng = root.split(), factorRng = root.split(),
                marketRng = root.split(), sectorRng = root.split(), idioRng = root.split(), barRng = root.split();

        double[] betas = new double[n];
        int[] sectors = new int[n];
        int[] sectorSizes = new int[k];
        for (int i = 0; i < n; i++) {
            betas[i] = spec.betaMean() + spec.betaSd() * betaRng.nextGaussian();
            sectors[i] = i % k;
            sectorSizes[sectors[i]]++;
        }
        double noiseVariance = noiseVariance(spec, betas, sectorSizes);
        double gamma = gamma(pearsonTarget(spec), noiseVariance);
        double[] factor = factor(n, t, spec.factorPersistence(), factorRng);

        double[] market = new double[t];
        double[] sector = new double[t * k];
        for (int d = 0; d < t; d++) {
            market[d] = spec.marketDrift() * DT + spec.marketVol() * Math.sqrt(DT) * marketRng.nextGaussian();
            for (int s = 0; s < k; s++) sector[d * k + s] = spec.sectorVol() * Math.sqrt(DT) * sectorRng.nextGaussian();
        }

        Instrument probe = Instrument.usEquity("SYN0000");
        BarSchedule schedule = BarSchedule.of(probe, Timeframe.D1, spec.start(), t);
        long[] times = schedule.closeTimes();
        double idioSd = spec.idioVol() * Math.sqrt(DT);
        List<BarSeries> series = new ArrayList<>(n);
        double[] logCloses = new double[t];
        double[] variance = new double[t];
        for (int i = 0; i < n; i++) {
            SplittableRandom idio = idioRng.split();
            double startPrice = 50 * Math.exp(0.5 * priceRng.nextGaussian());
            double v = (betas[i] * betas[i] * spec.marketVol() * spec.marketVol() + spec.sectorVol() * spec.sectorVol()
                    + spec.idioVol() * spec.idioVol()) * DT;
            double x = Math.log(startPrice);
            for (int d = 0; d < t; d++) {
                double signal = d == 0 ? 0 : gamma * factor[(d - 1) * n + i];
                x += betas[i] * market[d] + sector[d * k + sectors[i]] + signal + idioSd * idio.nextGaussian();
                logCloses[d] = x;
                variance[d] = v;
            }
            Instrument instrument = Instrument.usEquity(String.format("SYN%04d", i));
            series.add(BarSynthesizer.build(instrument, Timeframe.D1, times, startPrice, logCloses, variance,
                    spec.baseVolume(), barRng.split()));
        }
        Panel panel = Panel.of(series).withField(SyntheticUniverse.FACTOR_FIELD, factor);
        return new SyntheticUniverse(spec, panel, series, sectors, betas, gamma, noiseVariance);
    }

    /** Expected cross-sectional variance of everything but the factor term (V in the class comment). */
    static double noiseVariance(UniverseSpec spec, double[] betas, int[] sectorSizes) {
        double mean = 0;
        for (double b : betas) mean += b;
        mean /= betas.length;
        double betaVar = 0;
        for (double b : betas) betaVar += (b - mean) * (b - mean);
        betaVar /= betas.length;
        double concentration = 0;
        for (int size : sectorSizes) concentration += Math.pow((double) size / betas.length, 2);
        double marketDaily = spec.marketDrift() * DT;
        double m2 = spec.marketVol() * spec.marketVol() * DT + marketDaily * marketDaily;
        return m2 * betaVar + spec.sectorVol() * spec.sectorVol() * DT * (1 - concentration)
                + spec.idioVol() * spec.idioVol() * DT;
    }

    /** The target as a Pearson correlation: itself, or {@code 2 sin(pi rho_s / 6)} for a rank target. */
    static double pearsonTarget(UniverseSpec spec) {
        return spec.icKind() == CrossSectionalIc.Kind.RANK ? 2 * Math.sin(Math.PI * spec.targetIc() / 6) : spec.targetIc();
    }

    /** {@code gamma = rho sqrt(V / (1 - rho^2))}. */
    static double gamma(double pearsonIc, double noiseVariance) {
        return pearsonIc * Math.sqrt(noiseVariance / (1 - pearsonIc * pearsonIc));
    }

    /** Row-major days x instruments, each row standardised to mean 0 and population variance 1. */
    private static double[] factor(int n, int t, double rho, SplittableRandom rng) {
        double[] raw = new double[n];
        double[] out = new double[n * t];
        double innovation = Math.sqrt(1 - rho * rho);
        for (int d = 0; d < t; d++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                raw[i] = d == 0 ? rng.nextGaussian() : rho * raw[i] + innovation * rng.nextGaussian();
                sum += raw[i];
            }
            double mean = sum / n, ss = 0;
            for (int i = 0; i < n; i++) ss += (raw[i] - mean) * (raw[i] - mean);
            double sd = Math.sqrt(ss / n);
            for (int i = 0; i < n; i++) out[d * n + i] = (raw[i] - mean) / sd;
        }
        return out;
    }
}
