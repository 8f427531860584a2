package dev.qforge.agents.rdloop;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerParserTest {

    @Test
    void factorCodeFromJsonFenceOrLabel() {
        assertThat(AnswerParser.code(Arm.FACTOR, "Momentum.\n```json\n{\"hypothesis\": \"h\", \"expression\": \"Mean($close,5)/$close\"}\n```"))
                .isEqualTo("Mean($close,5)/$close");
        assertThat(AnswerParser.code(Arm.FACTOR, "Here:\n```\nStd($close,20)\n```\n")).isEqualTo("Std($close,20)");
        assertThat(AnswerParser.code(Arm.FACTOR, "I think reversal works.\nexpression: -Delta($close,5)")).isEqualTo("-Delta($close,5)");
        assertThat(AnswerParser.code(Arm.FACTOR, "{\"expression\": \"$volume\"}")).isEqualTo("$volume");
        assertThat(AnswerParser.code(Arm.FACTOR, "Momentum is persistent in large caps, so I would buy winners.")).isNull();
        assertThat(AnswerParser.hypothesis("```json\n{\"hypothesis\": \"volume leads\", \"expression\": \"$volume\"}\n```")).isEqualTo("volume leads");
    }

    @Test
    void modelCodeIsTheTypeAndParams() {
        String a = "Deeper trees.\n```json\n{\"hypothesis\": \"x\", \"type\": \"xgboost\", \"params\": {\"max_depth\": 6, \"eta\": 0.05}}\n```";
        assertThat(AnswerParser.code(Arm.MODEL, a)).isEqualTo("{\"type\":\"xgboost\",\"params\":{\"max_depth\":6,\"eta\":0.05}}");
        var spec = ModelSpecText.parse(AnswerParser.code(Arm.MODEL, a), 7);
        assertThat(spec.type()).isEqualTo("xgboost");
        assertThat(spec.integer("max_depth", 0)).isEqualTo(6);
        assertThat(spec.number("eta", 0)).isEqualTo(0.05);
        assertThat(spec.seed()).isEqualTo(7);
        assertThat(AnswerParser.code(Arm.MODEL, "use a bigger model")).isNull();
    }
}
