package dev.qforge.agents.rdloop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qforge.agents.models.Forecasters;
import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReportTest {

    /** Proposes the planted factor, then a copy of it scaled (a duplicate), then a broken expression. */
    static final class Scripted implements Researcher {
        @Override
        public Proposal propose(Arm arm, ResearchContext ctx) {
            String code = switch (ctx.loop()) {
                case 0 -> "$factor";
                case 1 -> "$factor*2";
                default -> "Mean($close,0)";
            };
            return new Proposal(code, "", code, 0);
        }

        @Override
        public Proposal repair(Arm arm, ResearchContext ctx, Proposal failed, String error) {
            return new Proposal("Mean($close,", "", "", 0);
        }

        @Override
        public String name() {
            return "scripted";
        }
    }

    @Test
    void finalTableOnTheTestPeriodAndTheReportFiles(@TempDir Path dir) throws Exception {
        HeldOutSplit split = LoopFixtures.split(LoopFixtures.U);
        ResearchData d = split.research();
        LoopConfig cfg = LoopFixtures.config(4, 3).withAttempts(2).withScheduler("ucb1");
        RdLoopStore store = LoopFixtures.store();
        store.createRun("rep", "scripted", "synthetic", d.fingerprint(), LoopFixtures.SPLIT.toString(), cfg);
        LoopState st = new RdLoop("rep", cfg, d, new Scripted(), null, store, LoopFixtures.clock(), null).run();
        assertThat(st.steps().stream().map(StepRecord::status).toList())
                .containsExactly(StepStatus.ACCEPTED, StepStatus.DUPLICATE, StepStatus.FAILED);
        assertThat(st.steps().get(1).reason()).contains("duplicate of F0").contains("1.0000 >= 0.99");
        assertThat(split.openings()).isZero();

        List<FinalEvaluation.Row> table = FinalEvaluation.run(split, st, Forecasters::create, cfg,
                FinalEvaluation.baselineSpec(cfg).with("num_round", 30).with("max_depth", 3), 2);
        assertThat(split.openedBy()).containsExactly("final report");
        assertThat(table).extracting(FinalEvaluation.Row::name).containsExactly("R&D loop (factor z-score average)", "Alpha158 + XGBoost");
        assertThat(table.get(1).factors()).isEqualTo(158);
        // one factor: its daily z-score has the same daily Pearson IC as the factor itself; recomputed here on the test rows
        var full = LoopFixtures.U.panel();
        FactorEngine e = new FactorEngine(full);
        FactorMatrix f = e.evaluate(Expression.parse("$factor"));
        FactorMatrix label = e.evaluate(Alpha158.label());
        var rows = LoopFixtures.SPLIT.rows(full.times(), LoopFixtures.NY);
        assertThat(table.get(0).metrics().ic()).isCloseTo(OfflineLoopTest.naiveMeanIc(f, label, rows.testFrom(), rows.testTo()), within(1e-9));
        assertThat(table.get(0).metrics().mdd()).isLessThanOrEqualTo(0);

        Path html = RdLoopReport.write(dir, store.run("rep").orElseThrow(), st, table);
        JsonNode j = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(j.get("loops")).hasSize(3);
        assertThat(j.get("loops").get(2).get("attempts")).hasSize(2);
        assertThat(j.get("loops").get(2).get("attempts").get(0).get("error").asText()).contains("window of Mean must be at least 1");
        assertThat(j.get("factors").get(0).get("expression").asText()).isEqualTo("$factor");
        assertThat(j.get("test")).hasSize(2);
        assertThat(j.get("test").get(1).get("IC").isNumber()).isTrue();
        assertThat(j.get("loops").get(1).get("validation").get("IC").isNull()).isTrue();
        String page = Files.readString(html);
        assertThat(page).contains("$factor").contains("Alpha158 + XGBoost").contains("duplicate of F0");
        assertThat(dir.resolve("best.png")).isRegularFile();
    }
}
