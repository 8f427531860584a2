package dev.qforge.cli;

import dev.qforge.agents.qtnet.ModelStore;
import dev.qforge.agents.qtnet.StoredModel;
import dev.qforge.data.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code qforge agent list}: the recorded QTNet models. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the recorded QTNet models.")
final class AgentListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = Database.open(CliGlobals.db())) {
            ModelStore store = new ModelStore(db, Path.of("."), Clock.systemUTC());
            TextTable t = new TextTable("model", "variant", "symbol", "seed", "status", "epochs", "updates");
            for (StoredModel m : store.list()) {
                t.row(m.id(), m.variant().label(), m.symbol(), String.valueOf(m.seed()), m.status(), String.valueOf(m.epochsDone()),
                        String.valueOf(m.updates()));
            }
            t.print(spec.commandLine().getOut());
        }
        return 0;
    }
}
