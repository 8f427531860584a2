package dev.qforge.cli;

import dev.qforge.agents.models.SplitSpec;
import dev.qforge.agents.rdloop.HeldOutSplit;
import dev.qforge.agents.rdloop.RdLoopBench;
import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code qforge rdloop bench}: the offline agent's MCTS against random search at the same budget. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Offline research search (MCTS with double-Q estimates) against uniform random search over the same grammar, "
                + "same number of scored expressions, on the validation period: best |IC|, evaluations to 80% of the best, speed.")
final class RdloopBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", split = ",", paramLabel = "PATH", description = "Data folder (default: a synthetic 200 x 760 universe with a planted factor).")
    List<String> data;

    @Option(names = "--split", defaultValue = "2005:2014,2015:2016,2017:2020", description = "Periods with --data (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--budget", defaultValue = "300", description = "Distinct expressions each search scores (default ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--seeds", defaultValue = "3", description = "Repetitions (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--max-tokens", defaultValue = "7", description = "Longest expression in grammar symbols (default ${DEFAULT-VALUE}).")
    int maxTokens;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (budget < 1 || seeds < 1) throw new IllegalArgumentException("--budget and --seeds must be at least 1");
        HeldOutSplit d;
        if (data == null) {
            SyntheticUniverse u = UniverseGenerator.generate(UniverseSpec.of(200, 760, 0.06).withSectors(8), 42);
            out.println("synthetic universe: 200 instruments x 760 days, planted factor $factor of daily IC 0.06");
            d = new HeldOutSplit(u.panel(), u.series(), SplitSpec.parse("2015:2015,2016:2016,2017:2017"), ZoneId.of("America/New_York"), "synthetic", 2);
        } else {
            d = RdloopSupport.load(data, SplitSpec.parse(split), "drop", 2, err);
        }
        RdLoopBench.run(d.research(), budget, maxTokens, seeds, out);
        return 0;
    }
}
