package dev.qforge.cli;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.export.CsvBarWriter;
import dev.qforge.data.store.SaveResult;
import dev.qforge.data.store.SourceInfo;
import dev.qforge.data.synth.CrossSectionalIc;
import dev.qforge.data.synth.GbmGenerator;
import dev.qforge.data.synth.OuGenerator;
import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qforge data generate gbm|ou|universe}: seeded synthetic data, stored in the database (source
 * {@code synthetic:<model>:seed=<n>}) and optionally written as CSV.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate seeded synthetic data: gbm, ou (mean-reverting) or universe (N instruments with a planted factor).")
final class DataGenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "gbm, ou or universe")
    String model;

    @Option(names = "--symbol", defaultValue = "SYN", description = "Symbol (universe: prefix). Default ${DEFAULT-VALUE}.")
    String symbol;

    @Option(names = "--bars", defaultValue = "1000", description = "Bars (gbm, ou) or trading days (universe). Default ${DEFAULT-VALUE}.")
    int bars;

    @Option(names = "--timeframe", defaultValue = "1d", description = "Bar length for gbm and ou. Default ${DEFAULT-VALUE}.")
    String timeframe;

    @Option(names = "--start", defaultValue = "2020-01-02", description = "First date. Default ${DEFAULT-VALUE}.")
    LocalDate start;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed: the same seed gives the same data. Default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--price", defaultValue = "100", description = "Start price (gbm) or mean price (ou). Default ${DEFAULT-VALUE}.")
    double price;

    @Option(names = "--mu", defaultValue = "0.05", description = "gbm: annual drift. Default ${DEFAULT-VALUE}.")
    double mu;

    @Option(names = "--sigma", defaultValue = "0.2", description = "Annual volatility. Default ${DEFAULT-VALUE}.")
    double sigma;

    @Option(names = "--half-life", defaultValue = "0.1", description = "ou: half-life in years. Default ${DEFAULT-VALUE}.")
    double halfLife;

    @Option(names = "--instruments", defaultValue = "100", description = "universe: number of instruments. Default ${DEFAULT-VALUE}.")
    int instruments;

    @Option(names = "--ic", defaultValue = "0.05", description = "universe: target daily IC of the planted factor. Default ${DEFAULT-VALUE}.")
    double ic;

    @Option(names = "--crypto", description = "gbm/ou: a 24/7 crypto instrument instead of a US equity.")
    boolean crypto;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "gbm/ou: also write the bars as CSV.")
    Path out;

    @Option(names = "--no-store", description = "Do not store in the database.")
    boolean noStore;

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        String source = "synthetic:" + model + ":seed=" + seed;
        List<BarSeries> made;
        switch (model.toLowerCase(java.util.Locale.ROOT)) {
            case "gbm" -> made = List.of(GbmGenerator.of(mu, sigma).generate(instrument(), Timeframe.parse(timeframe), start, bars, price, seed));
            case "ou" -> made = List.of(OuGenerator.withHalfLife(price, halfLife, sigma).generate(instrument(), Timeframe.parse(timeframe), start,
                    bars, price, seed));
            case "universe" -> {
                SyntheticUniverse u = UniverseGenerator.generate(UniverseSpec.of(instruments, bars, ic).withStart(start), seed);
                // the generator names instruments SYN0000, SYN0001, ...; --symbol replaces the prefix
                made = u.series().stream().map(s -> s.withInstrument(Instrument.usEquity(symbol + s.symbol().substring(3)))).toList();
                pw.printf("universe: %d instruments x %d days, target IC %.4f, realised mean daily IC %.4f (Pearson)%n",
                        instruments, bars, u.targetIc(), u.realisedIc(CrossSectionalIc.Kind.PEARSON));
            }
            default -> throw new IllegalArgumentException("unknown model '" + model + "'; expected gbm, ou or universe");
        }
        if (out != null) {
            if (made.size() != 1) throw new IllegalArgumentException("--out writes one series; universe data goes to the database");
            CsvBarWriter.write(made.get(0), out);
            pw.println("wrote " + out.toAbsolutePath());
        }
        if (!noStore) {
            try (StoreAccess access = StoreAccess.open()) {
                for (BarSeries s : made) {
                    SaveResult r = access.store().save(s, SourceInfo.of(source));
                    if (made.size() == 1) pw.printf("%s %s: %d bars %s in %s%n", s.symbol(), s.timeframe(), s.size(),
                            r.status().name().toLowerCase(java.util.Locale.ROOT), access.database().url());
                }
                if (made.size() > 1) pw.printf("stored %d series in %s%n", made.size(), access.database().url());
            }
        }
        return 0;
    }

    private Instrument instrument() {
        return crypto ? Instrument.crypto(symbol, "USD") : Instrument.usEquity(symbol);
    }
}
