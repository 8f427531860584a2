package dev.qforge.strategies;

import dev.qforge.backtest.Strategy;
import dev.qforge.strategies.params.Params;

/** Makes a fresh strategy instance from validated parameters and the run's extra inputs. */
@FunctionalInterface
public interface StrategyFactory {

    Strategy create(Params params, StrategyInputs inputs);
}
