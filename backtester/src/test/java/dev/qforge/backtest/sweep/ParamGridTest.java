package dev.qforge.backtest.sweep;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamGridTest {

    @Test
    void integerRangesStayIntegersAndIncludeTheEnd() {
        ParamGrid g = ParamGrid.parse("fast=5..50:5");
        assertThat(g.size()).isEqualTo(10);
        assertThat(g.values("fast")).containsExactly(5, 10, 15, 20, 25, 30, 35, 40, 45, 50);
        assertThat(g.values("fast")).allMatch(v -> v instanceof Integer);
        // an end off the step is not reached: 5, 12, 19
        assertThat(ParamGrid.parse("n=5..20:7").values("n")).containsExactly(5, 12, 19);
        // no step means 1; negative bounds are fine
        assertThat(ParamGrid.parse("n=-2..1").values("n")).containsExactly(-2, -1, 0, 1);
        // bounds beyond an int give Longs
        assertThat(ParamGrid.parse("big=3000000000..3000000002:2").values("big")).containsExactly(3_000_000_000L, 3_000_000_002L);
    }

    @Test
    void decimalRangesHaveNoFloatingDrift() {
        // naive accumulation gives 0.1, 0.2, 0.30000000000000004 and 0.1*3 = 0.30000000000000004
        assertThat(ParamGrid.parse("x=0.1..0.3:0.1").values("x")).containsExactly(0.1, 0.2, 0.3);
        assertThat(ParamGrid.parse("k=0.5..2.0:0.25").values("k")).containsExactly(0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0);
        // 0.7 / 0.1 is 6.999999999999999 in doubles: the end must still be included
        assertThat(ParamGrid.parse("x=0..0.7:0.1").values("x")).containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7);
        // a start finer than the step keeps its own digits
        assertThat(ParamGrid.parse("x=0.05..0.35:0.1").values("x")).containsExactly(0.05, 0.15, 0.25, 0.35);
        // one decimal bound makes the whole range decimal
        assertThat(ParamGrid.parse("x=1..2:0.5").values("x")).containsExactly(1.0, 1.5, 2.0);
        assertThat(ParamGrid.parse("x=1.0..3:1").values("x")).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void listsAndSinglesAreTypedItemByItem() {
        ParamGrid g = ParamGrid.parse("mode=breakout,reversion", "slow=100", "k=1.5", "n=3,7", "short=true,false");
        assertThat(g.values("mode")).containsExactly("breakout", "reversion");
        assertThat(g.values("slow")).containsExactly(100);
        assertThat(g.values("k")).containsExactly(1.5);
        assertThat(g.values("n")).containsExactly(3, 7);
        assertThat(g.values("short")).containsExactly(true, false);
        assertThat(ParamGrid.parse(" name = a , b ").values("name")).containsExactly("a", "b");
    }

    @Test
    void theProductVariesTheFirstParameterSlowest() {
        ParamGrid g = ParamGrid.parse("a=1..2", "b=x,y,z", "c=7");
        assertThat(g.size()).isEqualTo(6);
        assertThat(g.names()).containsExactly("a", "b", "c");
        List<Map<String, Object>> points = g.points();
        assertThat(points).hasSize(6);
        assertThat(points).extracting(p -> p.get("a") + "" + p.get("b") + p.get("c"))
                .containsExactly("1x7", "1y7", "1z7", "2x7", "2y7", "2z7");
        assertThat(points.get(4)).isInstanceOf(LinkedHashMap.class);
        assertThat(points.get(4).keySet()).containsExactly("a", "b", "c");
        assertThat(g.point(4)).isEqualTo(Map.of("a", 2, "b", "y", "c", 7));
        assertThat(ParamGrid.parse("fast=5..50:5", "slow=100..200:50", "mode=breakout,reversion").size()).isEqualTo(10 * 3 * 2);
    }

    @Test
    void anEmptyGridIsOneRunWithDefaults() {
        ParamGrid g = ParamGrid.parse();
        assertThat(g.size()).isEqualTo(1);
        assertThat(g.points()).containsExactly(Map.of());
    }

    @Test
    void malformedSpecsAreNamedInTheError() {
        assertThatThrownBy(() -> ParamGrid.parse("fast5..50:5"))
                .hasMessageContaining("'fast5..50:5' has no '='");
        assertThatThrownBy(() -> ParamGrid.parse("=5")).hasMessageContaining("'=5' has an empty parameter name");
        assertThatThrownBy(() -> ParamGrid.parse("fast=")).hasMessageContaining("'fast=' gives no value for fast");
        assertThatThrownBy(() -> ParamGrid.parse("fast=5..50:0")).hasMessageContaining("'fast=5..50:0': step must be positive, got 0");
        assertThatThrownBy(() -> ParamGrid.parse("fast=5..50:-5")).hasMessageContaining("step must be positive, got -5");
        assertThatThrownBy(() -> ParamGrid.parse("fast=50..5:5")).hasMessageContaining("'fast=50..5:5': end 5 is before start 50");
        assertThatThrownBy(() -> ParamGrid.parse("fast=a..50:5")).hasMessageContaining("'fast=a..50:5': start 'a' is not a number");
        assertThatThrownBy(() -> ParamGrid.parse("fast=5..x:5")).hasMessageContaining("end 'x' is not a number");
        assertThatThrownBy(() -> ParamGrid.parse("fast=5..50:s")).hasMessageContaining("step 's' is not a number");
        assertThatThrownBy(() -> ParamGrid.parse("fast=5..")).hasMessageContaining("end '' is not a number");
        assertThatThrownBy(() -> ParamGrid.parse("mode=a,,b")).hasMessageContaining("'mode=a,,b' has an empty list item");
        assertThatThrownBy(() -> ParamGrid.parse("n=5,5")).hasMessageContaining("'n=5,5' lists 5 twice");
        assertThatThrownBy(() -> ParamGrid.parse("fast=5..50:5", "slow=100", "fast=10"))
                .hasMessage("parameter 'fast' is given twice (fast=5..50:5 and fast=10)");
        assertThatThrownBy(() -> ParamGrid.parse("x=1").values("y")).hasMessageContaining("no parameter 'y'");
    }

    @Test
    void aProductOverTheLimitIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> ParamGrid.parse("a=1..1000", "b=1..1000"))
                .hasMessage("grid [a=1..1000 × b=1..1000] has 1000 × 1000 = 1000000 points, over the limit of 100000;"
                        + " narrow the ranges or raise the limit");
        assertThat(ParamGrid.parse(List.of("a=1..1000", "b=1..1000"), 1_000_000).size()).isEqualTo(1_000_000);
        assertThatThrownBy(() -> ParamGrid.parse(List.of("a=1..10", "b=1..10"), 99)).hasMessageContaining("has 10 × 10 = 100 points");
        assertThat(ParamGrid.parse(List.of("a=1..10", "b=1..10"), 100).size()).isEqualTo(100);
        // a single huge range is refused without building it
        assertThatThrownBy(() -> ParamGrid.parse("x=0..1000000000000:1"))
                .hasMessageContaining("'x=0..1000000000000:1' has 1000000000001 values, over the limit of 100000");
        assertThatThrownBy(() -> ParamGrid.parse(List.of("x=1"), 0)).hasMessageContaining("at least 1");
    }
}
