package dev.qforge.strategies;

import dev.qforge.strategies.params.ParamConstraint;
import dev.qforge.strategies.params.ParamSpec;
import dev.qforge.strategies.params.Params;
import dev.qforge.strategies.rules.BollingerStrategy;
import dev.qforge.strategies.rules.BuyAndHoldStrategy;
import dev.qforge.strategies.rules.DualThrustStrategy;
import dev.qforge.strategies.rules.EmaCrossStrategy;
import dev.qforge.strategies.rules.MacdStrategy;
import dev.qforge.strategies.rules.RsiReversionStrategy;
import dev.qforge.strategies.rules.Sizing;
import dev.qforge.strategies.rules.SmaCrossStrategy;
import dev.qforge.strategies.xs.ScoreSource;
import dev.qforge.strategies.xs.TopkDropoutStrategy;

import java.util.ArrayList;
import java.util.List;

/**
 * The definitions of qforge's built-in strategies: names, parameters (with defaults, ranges and the rules tying
 * them) and factories. The rule of each strategy is documented on its class.
 */
final class BuiltInStrategies {

    private BuiltInStrategies() {
    }

    static List<StrategyDefinition> all() {
        return List.of(buyAndHold(), smaCross(), emaCross(), rsiReversion(), macd(), bollinger(), dualThrust(), topkDropout());
    }

    /** symbol, quantity and fraction, then the strategy's own parameters. */
    private static List<ParamSpec> single(ParamSpec... own) {
        List<ParamSpec> specs = new ArrayList<>(List.of(own));
        specs.add(ParamSpec.ofString("symbol", "", "instrument to trade; empty for the run's first instrument"));
        specs.addAll(Sizing.specs());
        return specs;
    }

    private static String symbol(Params p) {
        return p.getString("symbol");
    }

    static StrategyDefinition buyAndHold() {
        return StrategyDefinition.of("buy-and-hold", "buy at the first bar and hold to the end", single(),
                List.of(Sizing.constraint()), (p, in) -> new BuyAndHoldStrategy(symbol(p), Sizing.from(p)));
    }

    static StrategyDefinition smaCross() {
        return StrategyDefinition.of("sma-cross", "long when SMA(fast) crosses above SMA(slow), flat when it crosses below",
                single(ParamSpec.ofInt("fast", 10, 1, 1000, "bars of the fast simple moving average"),
                        ParamSpec.ofInt("slow", 30, 2, 10000, "bars of the slow simple moving average")),
                List.of(ParamConstraint.lessThan("fast", "slow", "the fast average must be shorter than the slow one"), Sizing.constraint()),
                (p, in) -> new SmaCrossStrategy(symbol(p), p.getInt("fast"), p.getInt("slow"), Sizing.from(p)));
    }

    static StrategyDefinition emaCross() {
        return StrategyDefinition.of("ema-cross", "long when EMA(fast) crosses above EMA(slow), flat when it crosses below",
                single(ParamSpec.ofInt("fast", 12, 1, 1000, "bars of the fast exponential moving average"),
                        ParamSpec.ofInt("slow", 26, 2, 10000, "bars of the slow exponential moving average")),
                List.of(ParamConstraint.lessThan("fast", "slow", "the fast average must be shorter than the slow one"), Sizing.constraint()),
                (p, in) -> new EmaCrossStrategy(symbol(p), p.getInt("fast"), p.getInt("slow"), Sizing.from(p)));
    }

    static StrategyDefinition rsiReversion() {
        return StrategyDefinition.of("rsi-reversion", "buy when Wilder's RSI is below lower, sell when it is above upper",
                single(ParamSpec.ofInt("period", 14, 1, 1000, "bars of Wilder's RSI"),
                        ParamSpec.ofDouble("lower", 30, 0, 100, "buy below this RSI"),
                        ParamSpec.ofDouble("upper", 70, 0, 100, "sell above this RSI")),
                List.of(ParamConstraint.lessThan("lower", "upper", "buying must happen below the selling level"), Sizing.constraint()),
                (p, in) -> new RsiReversionStrategy(symbol(p), p.getInt("period"), p.getDouble("lower"), p.getDouble("upper"),
                        Sizing.from(p)));
    }

    static StrategyDefinition macd() {
        return StrategyDefinition.of("macd", "long when MACD crosses above its signal line, flat when it crosses below",
                single(ParamSpec.ofInt("fast", 12, 1, 1000, "bars of the fast EMA"),
                        ParamSpec.ofInt("slow", 26, 2, 10000, "bars of the slow EMA"),
                        ParamSpec.ofInt("signal", 9, 1, 1000, "bars of the signal line's EMA of MACD")),
                List.of(ParamConstraint.lessThan("fast", "slow", "MACD is the fast EMA minus the slow one"), Sizing.constraint()),
                (p, in) -> new MacdStrategy(symbol(p), p.getInt("fast"), p.getInt("slow"), p.getInt("signal"), Sizing.from(p)));
    }

    static StrategyDefinition bollinger() {
        return StrategyDefinition.of("bollinger", "Bollinger bands: breakout above the upper band or reversion from below the lower",
                single(ParamSpec.ofInt("period", 20, 2, 1000, "bars of the middle band's SMA and of the standard deviation"),
                        ParamSpec.ofDouble("k", 2, 0, 10, "band width in standard deviations"),
                        ParamSpec.ofEnum("mode", "reversion", List.of("breakout", "reversion"),
                                "breakout: buy above the upper band; reversion: buy below the lower band; both exit at the middle")),
                List.of(Sizing.constraint()),
                (p, in) -> new BollingerStrategy(symbol(p), p.getInt("period"), p.getDouble("k"),
                        BollingerStrategy.Mode.parse(p.getString("mode")), Sizing.from(p)));
    }

    static StrategyDefinition dualThrust() {
        return StrategyDefinition.of("dual-thrust", "intraday breakout of open ± k·range of the previous n sessions, flat at each close",
                single(ParamSpec.ofInt("n", 4, 1, 250, "sessions the range is taken over"),
                        ParamSpec.ofDouble("k1", 0.5, 0, 10, "upper trigger: open + k1 * range"),
                        ParamSpec.ofDouble("k2", 0.5, 0, 10, "lower trigger: open - k2 * range"),
                        ParamSpec.ofBoolean("allowShort", false, "go short below the lower trigger (else only close a long)")),
                List.of(Sizing.constraint()),
                (p, in) -> new DualThrustStrategy(symbol(p), p.getInt("n"), p.getDouble("k1"), p.getDouble("k2"),
                        p.getBoolean("allowShort"), Sizing.from(p)));
    }

    static StrategyDefinition topkDropout() {
        return StrategyDefinition.of("topk-dropout", "Qlib's TopK-Dropout: hold the topk best-scored names, replace at most nDrop per rebalance",
                List.of(ParamSpec.ofInt("topk", 50, 1, 100_000, "names held"),
                        ParamSpec.ofInt("nDrop", 5, 0, 100_000, "most holdings replaced per rebalance"),
                        ParamSpec.ofInt("rebalance", 1, 1, 100_000, "rebalance every this many time steps"),
                        ParamSpec.ofDouble("riskDegree", 0.95, 0.01, 1, "share of equity invested, split equally"),
                        ParamSpec.ofString("scoreField", "score", "field of the score panel to rank by")),
                List.of(),
                (p, in) -> {
                    var panel = in.requireScores("topk-dropout");
                    String field = p.getString("scoreField");
                    if (!panel.hasField(field)) {
                        throw new dev.qforge.strategies.params.ParamException("topk-dropout: the score panel has no field '" + field
                                + "'; it has " + panel.fieldNames() + " (set scoreField=...)");
                    }
                    return new TopkDropoutStrategy(ScoreSource.of(panel, field), p.getInt("topk"), p.getInt("nDrop"),
                            p.getInt("rebalance"), p.getDouble("riskDegree"));
                });
    }
}
