package dev.qforge.strategies.params;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamSetTest {

    static final ParamSet SMA = new ParamSet("sma-cross", List.of(
            ParamSpec.ofInt("fast", 10, 1, 1000, "fast bars"),
            ParamSpec.ofInt("slow", 30, 2, 10000, "slow bars"),
            ParamSpec.ofDouble("fraction", 1, 0, 1, "share of equity"),
            ParamSpec.ofBoolean("allowShort", false, "shorts"),
            ParamSpec.ofString("symbol", "", "instrument"),
            ParamSpec.ofEnum("mode", "reversion", List.of("breakout", "reversion"), "side")),
            List.of(ParamConstraint.lessThan("fast", "slow", "fast average shorter")));

    @Test
    void defaultsFillWhatIsNotGiven() {
        Params p = SMA.parse(List.of("fast=5"));
        assertThat(p.getInt("fast")).isEqualTo(5);
        assertThat(p.getInt("slow")).isEqualTo(30);
        assertThat(p.getDouble("fraction")).isEqualTo(1.0);
        assertThat(p.getBoolean("allowShort")).isFalse();
        assertThat(p.getString("mode")).isEqualTo("reversion");
        assertThat(p.isGiven("fast")).isTrue();
        assertThat(p.isGiven("slow")).isFalse();
    }

    @Test
    void typedValuesParse() {
        Params p = SMA.parse("fast=3 slow=7 fraction=0.25 allowShort=TRUE symbol=AAPL mode=Breakout");
        assertThat(p.toMap()).containsExactly(Map.entry("allowShort", true), Map.entry("fast", 3), Map.entry("fraction", 0.25),
                Map.entry("mode", "breakout"), Map.entry("slow", 7), Map.entry("symbol", "AAPL"));
    }

    @Test
    void outOfRangeSaysTheRange() {
        assertThatThrownBy(() -> SMA.parse(List.of("fast=0")))
                .isInstanceOf(ParamException.class)
                .hasMessage("fast=0 is out of range: fast must be between 1 and 1000");
        assertThatThrownBy(() -> SMA.parse(List.of("fraction=1.5")))
                .hasMessage("fraction=1.5 is out of range: fraction must be between 0 and 1");
    }

    @Test
    void unknownParameterSuggestsTheNearestAndListsAll() {
        assertThatThrownBy(() -> SMA.parse(List.of("fsat=5")))
                .isInstanceOf(ParamException.class)
                .hasMessage("unknown parameter 'fsat' for sma-cross (did you mean 'fast'?); "
                        + "known parameters: fast, slow, fraction, allowShort, symbol, mode");
        assertThatThrownBy(() -> SMA.parse(List.of("zzz=5")))
                .hasMessage("unknown parameter 'zzz' for sma-cross; known parameters: fast, slow, fraction, allowShort, symbol, mode");
        assertThatThrownBy(() -> SMA.parse(List.of("allowshort=true"))).hasMessageContaining("did you mean 'allowShort'?");
    }

    @Test
    void wrongTypeSaysWhatIsAccepted() {
        assertThatThrownBy(() -> SMA.parse(List.of("fast=ten")))
                .isInstanceOf(ParamException.class)
                .hasMessage("fast=ten is not a whole number: fast takes a whole number between 1 and 1000");
        assertThatThrownBy(() -> SMA.parse(List.of("fast=10.5"))).hasMessageStartingWith("fast=10.5 is not a whole number");
        assertThatThrownBy(() -> SMA.parse(List.of("fraction=abc"))).hasMessage("fraction=abc is not a number: fraction takes a number between 0 and 1");
        assertThatThrownBy(() -> SMA.parse(List.of("fraction=NaN"))).hasMessageStartingWith("fraction=NaN is not a finite number");
        assertThatThrownBy(() -> SMA.parse(List.of("allowShort=yes"))).hasMessage("allowShort=yes is not true or false: allowShort takes true or false");
        assertThatThrownBy(() -> SMA.parse(List.of("mode=breakot")))
                .hasMessage("mode=breakot is not allowed (did you mean breakout?): mode takes one of breakout, reversion");
    }

    @Test
    void crossParameterRuleNamesBothValues() {
        assertThatThrownBy(() -> SMA.parse(List.of("fast=30")))
                .isInstanceOf(ParamException.class)
                .hasMessage("sma-cross: fast=30 must be less than slow=30 (fast average shorter)");
        assertThatThrownBy(() -> SMA.parse(List.of("fast=40", "slow=20"))).hasMessageContaining("fast=40 must be less than slow=20");
    }

    @Test
    void malformedPairsAndRepeatsAreRefused() {
        assertThatThrownBy(() -> SMA.parse(List.of("fast"))).hasMessageStartingWith("expected name=value for sma-cross, got 'fast'");
        assertThatThrownBy(() -> SMA.parse(List.of("=3"))).hasMessageStartingWith("expected name=value");
        assertThatThrownBy(() -> SMA.parse(List.of("fast=3", "fast=4"))).hasMessage("parameter fast is given twice for sma-cross");
    }

    @Test
    void recordedFormIsSortedStableAndParsesBack() {
        Params p = SMA.parse(List.of("slow=50", "fast=20", "fraction=0.5", "symbol=MSFT"));
        assertThat(p.toString()).isEqualTo("allowShort=false fast=20 fraction=0.5 mode=reversion slow=50 symbol=MSFT");
        assertThat(SMA.parse(p.toString())).isEqualTo(p);
        assertThat(SMA.fromMap(p.toMap())).isEqualTo(p);
        assertThat(SMA.fromMap(p.toStringMap())).isEqualTo(p);
        // a whole double keeps its decimal point so it reads back as a double
        assertThat(SMA.defaults().toStringMap()).containsEntry("fraction", "1.0");
    }

    @Test
    void fromMapChecksTypesAndRanges() {
        assertThatThrownBy(() -> SMA.fromMap(Map.of("fast", 0))).hasMessage("fast=0 is out of range: fast must be between 1 and 1000");
        assertThatThrownBy(() -> SMA.fromMap(Map.of("fast", 2.5))).hasMessageStartingWith("fast=2.5 is not a whole number");
        assertThat(SMA.fromMap(Map.of("fast", 5L, "fraction", 1)).getDouble("fraction")).isEqualTo(1.0);
    }

    @Test
    void suggestionsAreOnlyForPlausibleTypos() {
        assertThat(Suggest.nearest("slwo", List.of("fast", "slow"))).contains("slow");
        assertThat(Suggest.nearest("quant", List.of("quantity", "fraction"))).contains("quantity");
        assertThat(Suggest.nearest("x", List.of("fast", "slow"))).isEmpty();
        assertThat(dev.qforge.data.text.EditDistance.between("kitten", "sitting")).isEqualTo(3);
    }
}
