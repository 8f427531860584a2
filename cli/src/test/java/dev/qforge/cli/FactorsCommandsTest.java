package dev.qforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qforge.data.BarSeries;
import dev.qforge.data.export.CsvBarWriter;
import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.io.ArrowFactorReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The factors commands end to end on a synthetic universe written as CSV files. */
class FactorsCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path data;
    static SyntheticUniverse universe;

    @BeforeAll
    static void writeUniverse() {
        universe = UniverseGenerator.generate(UniverseSpec.of(40, 300, 0.1).withSectors(4), 21);
        data = dir.resolve("universe");
        for (BarSeries s : universe.series()) CsvBarWriter.write(s, data.resolve(s.symbol() + ".csv"));
    }

    private static CliRun run(String... args) {
        return CliRun.run(dir.resolve("db/qforge"), args);
    }

    @Test
    void evalPrintsIcTablesAndSavesWithDuplicateDetection() throws Exception {
        CliRun text = run("factors", "eval", "--expr", "Ref($close,5)/$close-1", "--data", data.toString(), "--cache", dir.resolve("cache").toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("factor Ref($close,5)/$close-1", "RankIC", "Q5 bps", "top-bottom bps");

        CliRun saved = run("factors", "eval", "--expr", "Ref($close,5)/$close-1", "--data", data.toString(), "--save", "rev5", "--json",
                "--cache", dir.resolve("cache").toString());
        assertThat(saved.code()).as(saved.err()).isZero();
        JsonNode j = JSON.readTree(saved.out());
        assertThat(j.get("saved").asText()).isEqualTo("rev5");
        assertThat(j.get("h1").get("rank_ic").get("days").asInt()).isGreaterThan(200);

        // a rescaled copy is a duplicate and is not saved
        CliRun dup = run("factors", "eval", "--expr", "3*Ref($close,5)/$close", "--data", data.toString(), "--save", "rev5x3",
                "--cache", dir.resolve("cache").toString());
        assertThat(dup.code()).as(dup.err()).isZero();
        assertThat(dup.out()).contains("DUPLICATE of stored factor rev5", "not saved");

        CliRun list = run("factors", "list");
        assertThat(list.out()).contains("rev5").doesNotContain("rev5x3");
        CliRun show = run("factors", "show", "rev5");
        assertThat(show.out()).contains("((Ref($close,5)/$close)-1)", "rank_ic_mean");
        CliRun feature = run("factors", "show", "KMID");
        assertThat(feature.out()).contains("($close-$open)/$open", "alpha158");
        CliRun missing = run("factors", "show", "nope");
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("no stored factor or Alpha158 feature named 'nope'");
    }

    @Test
    void sectorLabelsAddSectorNeutralIcs() throws Exception {
        StringBuilder csv = new StringBuilder("Symbol,Name,Sector\n");
        for (int i = 0; i < universe.series().size(); i++) {
            csv.append(universe.series().get(i).symbol()).append(",\"Company ").append(i).append(", Inc.\",S").append(universe.sector(i)).append('\n');
        }
        Path sectors = dir.resolve("sectors.csv");
        Files.writeString(sectors, csv);
        CliRun r = run("factors", "eval", "--expr", "$close/Ref($close,10)", "--data", data.toString(), "--sectors", sectors.toString(),
                "--no-cache", "--horizons", "1,5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("sector-neutral");
        JsonNode j = JSON.readTree(run("factors", "eval", "--expr", "$close/Ref($close,10)", "--data", data.toString(), "--sectors",
                sectors.toString(), "--no-cache", "--horizons", "1,5", "--json").out());
        assertThat(j.get("h5").has("sector_neutral_rank_ic")).isTrue();
        assertThat(j.has("h10")).isFalse();
    }

    @Test
    void badExpressionsAreReportedWithTheirColumn() {
        CliRun r = run("factors", "eval", "--expr", "Mean($close, 0)", "--data", data.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("column 14", "window of Mean must be at least 1");
        CliRun f = run("factors", "eval", "--expr", "Mean($clos, 5)", "--data", data.toString(), "--no-cache");
        assertThat(f.code()).isNotZero();
        assertThat(f.err()).contains("unknown field $clos", "did you mean $close?");
    }

    @Test
    void alpha158WritesAnArrowFileThatReadsBackToTheEngineValues() {
        Path out = dir.resolve("a158.arrow");
        CliRun r = run("factors", "alpha158", "--data", data.toString(), "--out", out.toString(), "--float64", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, FactorMatrix> back = ArrowFactorReader.read(out);
        assertThat(back).hasSize(159).containsKeys("KMID", "VSUMD60", "LABEL0");
        // the CSV round trip keeps the bars, so the file equals the engine on the generated panel
        FactorMatrix want = new FactorEngine(universe.panel()).evaluate(Expression.parse("Mean($close, 10)/$close"));
        FactorMatrix got = back.get("MA10");
        assertThat(got.symbols()).isEqualTo(want.symbols());
        for (int i = 0; i < want.values().length; i++) {
            if (Double.isNaN(want.values()[i])) assertThat(got.values()[i]).isNaN();
            else assertThat(got.values()[i]).isCloseTo(want.values()[i], org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void reportAndBacktestRun() throws Exception {
        CliRun rep = run("factors", "report", "--expr", "Ref($close,5)/$close-1", "--data", data.toString(), "--out", dir.resolve("out").toString(),
                "--no-cache", "--json");
        assertThat(rep.code()).as(rep.err()).isZero();
        Path page = Path.of(JSON.readTree(rep.out()).get("report").asText());
        assertThat(Files.readString(page)).contains("Factor tear sheet", "ic-monthly.png");

        CliRun bt = run("factors", "backtest", "--expr", "Ref($close,5)/$close-1", "--data", data.toString(), "--topk", "8", "--ndrop", "2",
                "--no-cache", "--json", "--from", "2015-06-01");
        assertThat(bt.code()).as(bt.err()).isZero();
        JsonNode j = JSON.readTree(bt.out());
        for (String k : new String[]{"IC", "ICIR", "Rank IC", "Rank ICIR", "ARR", "IR", "MDD", "ARR (compounded)"}) assertThat(j.has(k)).as(k).isTrue();
        assertThat(j.get("fills").asInt()).isGreaterThan(0);
    }
}
