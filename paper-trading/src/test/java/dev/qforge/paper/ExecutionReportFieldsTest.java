package dev.qforge.paper;

import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.CommissionModel;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.VolumeCap;
import dev.qforge.data.BarSeries;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.Pacing;
import dev.qforge.paper.exchange.PaperExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.qforge.backtest.TestBars.bar;
import static dev.qforge.backtest.TestBars.daily;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fields of the execution reports of an order filled in three parts under a volume cap, checked on the wire
 * against values worked out by hand: ExecType, OrdStatus, LastQty, LastPx, CumQty, LeavesQty, AvgPx, the
 * commission of each part and unique ExecIDs; then a cancel of the filled order is refused as too late.
 */
class ExecutionReportFieldsTest {

    @TempDir
    Path dir;

    @Test
    void partialFillsUnderAVolumeCapReportCumulativeQuantitiesAndAveragePrice() throws Exception {
        // volume 100 per bar, cap 50%: at most 50 per bar; market orders fill at the next open
        BarSeries s = daily("AAA", bar(10, 11, 9, 10.5, 100), bar(10.2, 11, 10, 10.8, 100), bar(10.6, 11, 10, 10.9, 100),
                bar(11.0, 12, 10, 11.5, 100), bar(11.5, 12, 11, 11.6, 100));
        ExecutionModel model = ExecutionModel.defaults().withVolumeCap(new VolumeCap(0.5)).withCommission(CommissionModel.bps(10, 0));
        ExchangeConfig cfg = ExchangeConfig.defaults(dir).withClients(List.of(ExchangeConfig.ClientLogin.open("CL")))
                .withAccount(100_000, model, AccountRules.defaults()).withPacing(Pacing.lockStepMode());
        try (PaperExchange ex = new PaperExchange(cfg, new BarTape(List.of(s)), null)) {
            ex.start();
            try (RawFixClient c = new RawFixClient(ex.port(), "CL", "QFORGE-EX")) {
                c.logon(30);
                assertThat(c.readUntil("A")).isNotNull();
                c.sendRaw(c.message("V", 2, 262, "md", 263, 1, 264, 1, 267, 1, 269, 5, 146, 1, 55, "AAA"));
                assertThat(c.readUntil("X")).isNotNull(); // bar 0 closed
                c.sendRaw(c.message("D", 3, 11, "buy1", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 120, 40, 1, 59, 1));
                Map<Integer, String> ack = c.readUntil("8");
                assertThat(ack).containsEntry(150, "0").containsEntry(39, "0").containsEntry(14, "0").containsEntry(151, "120");
                Set<String> execIds = new HashSet<>();
                execIds.add(ack.get(17));
                double[] opens = {10.2, 10.6, 11.0};
                double[] parts = {50, 50, 20};
                double cum = 0, notional = 0;
                int seq = 4;
                for (int k = 0; k < 3; k++) {
                    c.sendRaw(c.message("1", seq++, 112, "BAR-ACK:" + s.time(k)));
                    Map<Integer, String> f = c.readUntil("8");
                    cum += parts[k];
                    notional += parts[k] * opens[k];
                    assertThat(f).containsEntry(150, "F").containsEntry(11, "buy1");
                    assertThat(Double.parseDouble(f.get(32))).isEqualTo(parts[k]);
                    assertThat(Double.parseDouble(f.get(31))).isEqualTo(opens[k]);
                    assertThat(Double.parseDouble(f.get(14))).isEqualTo(cum);
                    assertThat(Double.parseDouble(f.get(151))).isEqualTo(120 - cum);
                    assertThat(Double.parseDouble(f.get(6))).isCloseTo(notional / cum, org.assertj.core.data.Offset.offset(1e-12));
                    assertThat(Double.parseDouble(f.get(12))).isCloseTo(parts[k] * opens[k] * 10e-4, org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(f).containsEntry(13, "3").containsEntry(39, k < 2 ? "1" : "2");
                    assertThat(execIds.add(f.get(17))).as("ExecID %s is new", f.get(17)).isTrue();
                }
                c.sendRaw(c.message("F", seq, 41, "buy1", 11, "cxl1", 55, "AAA", 54, 1, 60, "20240105-21:00:00"));
                Map<Integer, String> rej = c.readUntil("9");
                assertThat(rej).containsEntry(102, "0").containsEntry(39, "2").containsEntry(434, "1");
                assertThat(rej.get(58)).contains("already FILLED");
            }
        }
    }
}
