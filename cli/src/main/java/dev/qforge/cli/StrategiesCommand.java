package dev.qforge.cli;

import dev.qforge.strategies.StrategyDefinition;
import dev.qforge.strategies.StrategyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** {@code qforge strategies [NAME]}: the built-in strategies, or one strategy's parameters. */
@Command(name = "strategies", mixinStandardHelpOptions = true, description = "List the built-in strategies, or show one's parameters.")
final class StrategiesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A strategy to describe.")
    String name;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        StrategyRegistry registry = StrategyRegistry.builtIns();
        if (name != null) {
            out.println(registry.definition(name).help());
            return;
        }
        TextTable t = new TextTable("strategy", "description");
        for (StrategyDefinition d : registry.definitions()) t.row(d.name(), Strings.clip(d.description(), 100));
        t.print(out);
        out.println("'qforge strategies NAME' lists a strategy's parameters; pass them with --param NAME=VALUE.");
    }
}
