package dev.qforge.data.synth;

import static dev.qforge.data.synth.BarSynthesizer.requireFinite;
import static dev.qforge.data.synth.BarSynthesizer.requireNonNegative;
import static dev.qforge.data.synth.BarSynthesizer.requirePositive;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link UniverseGenerator} builds: {@code instruments} US equities over {@code days} NYSE trading days
 * from {@code start}, in {@code sectors} sectors, with a planted factor of expected daily cross-sectional
 * IC {@code targetIc} (Pearson or rank, per {@code icKind}).
 *
 * <p>Volatilities and the market drift are per year (252 trading days). Betas are drawn from
 * {@code N(betaMean, betaSd^2)}. The raw factor is an AR(1) process per instrument with coefficient
 * {@code factorPersistence} in [0, 1) (0: a fresh factor every day; 0.9: a slow signal), standardised across
 * instruments each day. Start with {@link #of} and adjust with the {@code with*} methods.
 */
public record UniverseSpec(int instruments, int days, LocalDate start, int sectors, double targetIc,
                           CrossSectionalIc.Kind icKind, double factorPersistence, double marketDrift,
                           double marketVol, double sectorVol, double idioVol, double betaMean, double betaSd,
                           double baseVolume) {

    public UniverseSpec {
        if (instruments < 3) throw new IllegalArgumentException("a universe needs at least 3 instruments for a cross-sectional IC, got " + instruments);
        if (days < 2) throw new IllegalArgumentException("a universe needs at least 2 days (one return), got " + days);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(icKind, "icKind");
        if (sectors < 1 || sectors > instruments) {
            throw new IllegalArgumentException("sector count must be between 1 and the instrument count " + instruments + ", got " + sectors);
        }
        if (!(targetIc > -1 && targetIc < 1)) {
            throw new IllegalArgumentException("target IC must lie strictly between -1 and 1, got " + targetIc);
        }
        if (!(factorPersistence >= 0 && factorPersistence < 1)) {
            throw new IllegalArgumentException("factor persistence must lie in [0, 1), got " + factorPersistence);
        }
        requireFinite("market drift", marketDrift);
        requireNonNegative("market volatility", marketVol);
        requireNonNegative("sector volatility", sectorVol);
        requirePositive("idiosyncratic volatility", idioVol);
        requireFinite("beta mean", betaMean);
        requireNonNegative("beta standard deviation", betaSd);
        requirePositive("base volume", baseVolume);
    }

    /**
     * {@code instruments} x {@code days} from 2015-01-02 with a Pearson target IC, 10 sectors (fewer if there are
     * fewer instruments), factor persistence 0.9, market drift 6% and volatility 16%, sector volatility 10%,
     * idiosyncratic volatility 30%, betas N(1, 0.3^2), base volume 1,000,000 shares.
     */
    public static UniverseSpec of(int instruments, int days, double targetIc) {
        return new UniverseSpec(instruments, days, LocalDate.of(2015, 1, 2), Math.max(1, Math.min(10, instruments)),
                targetIc, CrossSectionalIc.Kind.PEARSON, 0.9, 0.06, 0.16, 0.10, 0.30, 1.0, 0.3, 1_000_000);
    }

    public UniverseSpec withStart(LocalDate d) {
        return new UniverseSpec(instruments, days, d, sectors, targetIc, icKind, factorPersistence, marketDrift,
                marketVol, sectorVol, idioVol, betaMean, betaSd, baseVolume);
    }

    public UniverseSpec withSectors(int k) {
        return new UniverseSpec(instruments, days, start, k, targetIc, icKind, factorPersistence, marketDrift,
                marketVol, sectorVol, idioVol, betaMean, betaSd, baseVolume);
    }

    /** The target read as a Pearson or a rank IC. */
    public UniverseSpec withIcKind(CrossSectionalIc.Kind kind) {
        return new UniverseSpec(instruments, days, start, sectors, targetIc, kind, factorPersistence, marketDrift,
                marketVol, sectorVol, idioVol, betaMean, betaSd, baseVolume);
    }

    public UniverseSpec withFactorPersistence(double rho) {
        return new UniverseSpec(instruments, days, start, sectors, targetIc, icKind, rho, marketDrift,
                marketVol, sectorVol, idioVol, betaMean, betaSd, baseVolume);
    }

    /** Annual market drift and annual market, sector and idiosyncratic volatilities. */
    public UniverseSpec withRisk(double drift, double market, double sector, double idio) {
        return new UniverseSpec(instruments, days, start, sectors, targetIc, icKind, factorPersistence, drift,
                market, sector, idio, betaMean, betaSd, baseVolume);
    }

    public UniverseSpec withBetas(double mean, double sd) {
        return new UniverseSpec(instruments, days, start, sectors, targetIc, icKind, factorPersistence, marketDrift,
                marketVol, sectorVol, idioVol, mean, sd, baseVolume);
    }

    public UniverseSpec withBaseVolume(double volume) {
        return new UniverseSpec(instruments, days, start, sectors, targetIc, icKind, factorPersistence, marketDrift,
                marketVol, sectorVol, idioVol, betaMean, betaSd, volume);
    }
}
