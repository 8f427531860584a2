package dev.qforge.backtest.run;

import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.ScriptedStrategy;
import dev.qforge.backtest.TestBars;
import dev.qforge.backtest.model.BpsCommission;
import dev.qforge.backtest.model.FixedBpsSlippage;
import dev.qforge.backtest.model.PerShareCommission;
import dev.qforge.backtest.model.RangeFractionSlippage;
import dev.qforge.backtest.model.SlippageModel;
import dev.qforge.backtest.model.CommissionModel;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Fingerprint;
import dev.qforge.data.store.Database;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunStoreTest {

    private static final BarSeries X = TestBars.flat("X", 10, 11, 12, 11, 13, 14);

    private static BacktestResult run(RunSpec spec) {
        return new BacktestEngine(spec.toConfig()).run(List.of(X), new ScriptedStrategy()
                .at(0, c -> c.buy("X", 100)).at(3, c -> c.sell("X", 100)).at(4, c -> c.buy("X", 7)));
    }

    @Test
    void aRunIsStoredWithItsDetailsAndItsSpecReplaysToTheSameDigest() {
        RunSpec spec = RunSpec.of("scripted", Map.of("a", "1"), List.of("X")).withWindow("2024-01-01", null);
        spec = new RunSpec(spec.strategy(), null, null, spec.params(), spec.data(), null, spec.from(), null, "close",
                "worst-case", "bps:5", "qlib", 0.5, 50_000, 2, false, 0.03, null, 0.01, 252, true, 42, "250/100/100~50", "drop");
        BacktestResult r = run(spec);
        try (Database db = Database.inMemory("runstore")) {
            RunStore store = new RunStore(db);
            RunRecord rec = new RunRecord(0, "backtest", spec.label(), spec, Map.of("X", Fingerprint.of(X)), 42,
                    Instant.parse("2026-11-26T10:00:00Z"), 12, Map.of("sharpe", 1.5, "cagr", Double.NaN, "trades", 1),
                    r.finalEquity(), ResultDigest.of(r), null, 0, "");
            RunRecord saved = store.save(rec, new RunStore.EquityPoints(r.time(), r.equity(), r.cash(), r.grossExposure()),
                    r.orders(), r.fills(), r.events(), List.of());
            assertThat(saved.id()).isPositive();
            RunRecord back = store.require(saved.id());
            assertThat(back.spec()).isEqualTo(spec);
            assertThat(back.metrics()).containsEntry("sharpe", 1.5).containsEntry("trades", 1);
            assertThat(back.metrics().get("cagr")).isNull(); // NaN is stored as JSON null
            assertThat(store.fills(saved.id())).hasSize(r.fills().size());
            assertThat(store.fills(saved.id()).get(0).price()).isEqualTo(r.fills().get(0).price());
            assertThat(store.events(saved.id())).hasSize(r.events().size());
            assertThat(store.equity(saved.id()).equity()).containsExactly(r.equity());
            // replay from what was stored
            assertThat(ResultDigest.of(run(back.spec()))).isEqualTo(back.digest());
            assertThat(store.list(10)).extracting(RunRecord::id).containsExactly(saved.id());
            assertThat(store.delete(saved.id())).isTrue();
            assertThat(store.fills(saved.id())).isEmpty();
            assertThatThrownBy(() -> store.require(999)).hasMessageContaining("no run 999");
        }
    }

    @Test
    void aDifferentCostModelChangesTheDigest() {
        RunSpec a = RunSpec.of("s", Map.of(), List.of("X"));
        RunSpec b = new RunSpec("s", null, null, Map.of(), List.of("X"), null, null, null, "open", "directional", "bps:10", "none",
                0, 100_000, 1, true, 0, null, 0, 0, false, 0, null, null);
        assertThat(ResultDigest.of(run(a))).isEqualTo(ResultDigest.of(run(a)));
        assertThat(ResultDigest.of(run(a))).isNotEqualTo(ResultDigest.of(run(b)));
    }

    @Test
    void modelSpecsParseAndNameTheirMistakes() {
        assertThat(ModelSpecs.slippage("none")).isSameAs(SlippageModel.NONE);
        assertThat(ModelSpecs.slippage("bps:5")).isEqualTo(new FixedBpsSlippage(5));
        assertThat(ModelSpecs.slippage("range:0.1")).isEqualTo(new RangeFractionSlippage(0.1));
        assertThat(ModelSpecs.commission("qlib")).isEqualTo(new BpsCommission(5, 15, 5));
        assertThat(ModelSpecs.commission("bps:10")).isEqualTo(new BpsCommission(10, 10, 0));
        assertThat(ModelSpecs.commission("bps:5:15:5")).isEqualTo(new BpsCommission(5, 15, 5));
        assertThat(ModelSpecs.commission("per-share:0.005:1")).isEqualTo(new PerShareCommission(0.005, 1));
        assertThat(ModelSpecs.commission("none")).isSameAs(CommissionModel.NONE);
        assertThatThrownBy(() -> ModelSpecs.slippage("bp:5")).hasMessageContaining("unknown slippage model 'bp:5'");
        assertThatThrownBy(() -> ModelSpecs.slippage("bps")).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> ModelSpecs.commission("bps:x")).hasMessageContaining("'x' is not a number");
        assertThatThrownBy(() -> ModelSpecs.commission("bps:-1")).hasMessageContaining(">= 0");
        assertThat(ModelSpecs.latency("none", 1)).isEqualTo(dev.qforge.backtest.model.LatencyModel.NONE);
        assertThat(ModelSpecs.latency("250~100", 9)).isEqualTo(new dev.qforge.backtest.model.LatencyModel(250, 250, 250, 100, 9));
        assertThat(ModelSpecs.latency("250/50/80", 9)).isEqualTo(new dev.qforge.backtest.model.LatencyModel(250, 50, 80, 0, 9));
        assertThatThrownBy(() -> ModelSpecs.latency("fast", 1)).hasMessageContaining("'fast' is not a whole number of milliseconds");
        assertThatThrownBy(() -> ModelSpecs.latency("1/2", 1)).hasMessageContaining("INSERT/CANCEL/REPLACE");
    }
}
