package dev.qforge.strategies;

import dev.qforge.backtest.Strategy;
import dev.qforge.strategies.params.ParamException;
import dev.qforge.strategies.params.Params;
import dev.qforge.strategies.rules.DualThrustStrategy;
import dev.qforge.strategies.rules.SmaCrossStrategy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyRegistryTest {

    final StrategyRegistry registry = StrategyRegistry.builtIns();

    @Test
    void holdsEveryBuiltIn() {
        assertThat(registry.names()).containsExactly("bollinger", "buy-and-hold", "dual-thrust", "ema-cross", "macd",
                "rsi-reversion", "sma-cross", "topk-dropout");
        for (StrategyDefinition d : registry.definitions()) {
            assertThat(d.description()).isNotBlank();
            assertThat(d.help()).startsWith(d.name() + ": ");
            if (!d.name().equals("topk-dropout")) assertThat(d.create(d.defaults())).isNotNull();
        }
    }

    @Test
    void createsFromNameValuePairs() {
        Strategy s = registry.create("dual-thrust", List.of("n=2", "k1=0.4", "allowShort=true", "quantity=5"));
        assertThat(s).isInstanceOf(DualThrustStrategy.class);
        assertThat(registry.create("sma-cross", List.of())).isInstanceOf(SmaCrossStrategy.class);
    }

    @Test
    void unknownStrategyListsTheAvailableOnes() {
        assertThatThrownBy(() -> registry.create("sma-crss", List.of()))
                .isInstanceOf(ParamException.class)
                .hasMessage("unknown strategy 'sma-crss' (did you mean 'sma-cross'?); available: bollinger, buy-and-hold, "
                        + "dual-thrust, ema-cross, macd, rsi-reversion, sma-cross, topk-dropout");
        assertThatThrownBy(() -> registry.definition("momentum")).hasMessageStartingWith("unknown strategy 'momentum'; available: bollinger,");
    }

    @Test
    void badParametersGetClearMessages() {
        assertThatThrownBy(() -> registry.create("sma-cross", List.of("fsat=5")))
                .hasMessage("unknown parameter 'fsat' for sma-cross (did you mean 'fast'?); known parameters: fast, slow, symbol, quantity, fraction");
        assertThatThrownBy(() -> registry.create("sma-cross", List.of("fast=0")))
                .hasMessage("fast=0 is out of range: fast must be between 1 and 1000");
        assertThatThrownBy(() -> registry.create("sma-cross", List.of("fast=30", "slow=30")))
                .hasMessage("sma-cross: fast=30 must be less than slow=30 (the fast average must be shorter than the slow one)");
        assertThatThrownBy(() -> registry.create("sma-cross", List.of("fast=abc")))
                .hasMessage("fast=abc is not a whole number: fast takes a whole number between 1 and 1000");
        assertThatThrownBy(() -> registry.create("rsi-reversion", List.of("lower=80")))
                .hasMessageContaining("lower=80.0 must be less than upper=70.0");
        assertThatThrownBy(() -> registry.create("bollinger", List.of("mode=trend")))
                .hasMessage("mode=trend is not allowed: mode takes one of breakout, reversion");
        assertThatThrownBy(() -> registry.create("buy-and-hold", List.of("quantity=5", "fraction=0.5")))
                .hasMessage("buy-and-hold: give quantity or fraction, not both");
        // the default fraction given alongside a quantity is no conflict: only values other than the default count
        assertThat(registry.create("buy-and-hold", List.of("quantity=5", "fraction=1"))).isNotNull();
    }

    @Test
    void topkDropoutNeedsScores() {
        assertThatThrownBy(() -> registry.create("topk-dropout", List.of()))
                .isInstanceOf(ParamException.class)
                .hasMessage("topk-dropout needs a score panel (times x symbols): pass one with StrategyInputs.withScores(panel)");
    }

    @Test
    void parametersRecordAndReadBack() {
        StrategyDefinition d = registry.definition("macd");
        Params p = d.parse(List.of("signal=5", "fraction=0.5"));
        Map<String, Object> recorded = p.toMap();
        assertThat(recorded).containsExactly(Map.entry("fast", 12), Map.entry("fraction", 0.5), Map.entry("quantity", 0.0),
                Map.entry("signal", 5), Map.entry("slow", 26), Map.entry("symbol", ""));
        assertThat(p.toString()).isEqualTo("fast=12 fraction=0.5 quantity=0.0 signal=5 slow=26 symbol=");
        assertThat(d.fromMap(recorded)).isEqualTo(p);
        assertThat(d.params().parse(p.toString())).isEqualTo(p);
    }
}
