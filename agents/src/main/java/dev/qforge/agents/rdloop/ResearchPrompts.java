package dev.qforge.agents.rdloop;

import dev.qforge.factors.expr.Operator;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The prompts of the language-model research agent, after R&amp;D-Agent(Q)'s: a system prompt with the scenario and
 * the language (the factor expression syntax generated from {@link Operator}, or the model options), and a user
 * prompt with the current best state, its validation metrics and the most recent feedback. Answers are asked for as
 * a JSON object in a fenced block; {@link AnswerParser} also takes a bare fenced expression.
 */
final class ResearchPrompts {

    /** Most accepted factors quoted; a larger set is summarised by its count so the prompt stays bounded. */
    static final int MAX_FACTORS_SHOWN = 40;
    /** Longest expression, code or reason quoted in a prompt. */
    static final int MAX_QUOTE = 400;
    /** Longest failed answer or error sent back in a repair request. */
    static final int MAX_ECHO = 4000;

    private ResearchPrompts() {
    }

    /**
     * {@code s} cut to {@code max} characters with a note of how much was cut: a model that answered with megabytes
     * (or an error quoting such an answer) must not make every later prompt as large.
     */
    static String clip(String s, int max) {
        if (s == null || s.length() <= max) return s;
        return s.substring(0, max) + " ... [" + (s.length() - max) + " more characters cut]";
    }

    static String system(Arm arm, java.util.Set<String> fields, List<String> modelTypes) {
        String scenario = """
                You are a quantitative researcher improving a daily cross-sectional equity strategy. Each day all \
                instruments are ranked by a score; a TopK-Dropout portfolio holds the top 50 and replaces at most 5 a day, \
                paying 5 bps to buy and 15 bps to sell. Scores are judged on a validation period by the IC and Rank IC \
                (daily correlation with the return from the next close to the one after), ICIR, Rank ICIR, and the \
                portfolio's annualised excess return (ARR), information ratio (IR) and maximum drawdown (MDD). \
                You never see the test period.
                """;
        if (arm == Arm.FACTOR) {
            String ops = java.util.Arrays.stream(Operator.values()).filter(o -> o != Operator.NEG)
                    .map(Operator::signature).collect(Collectors.joining(", "));
            return scenario + """

                    Task: propose ONE new factor as an expression in Qlib's expression language.
                    Fields: %s (write them with a $ sign, e.g. $close).
                    Operators: %s.
                    Infix: + - * / and comparisons > >= < <= == != & |, unary minus, parentheses, number constants.
                    Windows N are whole numbers of days >= 1 (Skew needs >= 3, Kurt >= 4). Ref($x,N) with N > 0 is N days ago; \
                    never use a negative N (future data). Time-series operators work per instrument; CSRank and CSZScore \
                    work across instruments each day.
                    Example: Mean($close,5)/$close-1 ; Corr($close,Log($volume+1),10)
                    Answer with a short hypothesis and then exactly one JSON object in a ```json fenced block:
                    {"hypothesis": "...", "expression": "..."}
                    """.formatted(fields.stream().sorted().map(f -> "$" + f).collect(Collectors.joining(", ")), ops);
        }
        return scenario + """

                Task: propose ONE forecasting model trained on the current factor set (features) to predict the \
                cross-sectionally rank-normalised next-day return; it is fitted on the train period with early stopping \
                on validation. Model types and their parameters: %s.
                Answer with a short hypothesis and then exactly one JSON object in a ```json fenced block:
                {"hypothesis": "...", "type": "xgboost", "params": {"max_depth": 6, "eta": 0.05}}
                """.formatted(modelTypes.stream().map(ResearchPrompts::parameters).collect(Collectors.joining("; ")));
    }

    /** {@code xgboost {eta, max_depth, ...}} from the models registry; the bare name for a type it does not know. */
    private static String parameters(String type) {
        try {
            return type + " {" + String.join(", ", dev.qforge.agents.models.Forecasters.parameters(type)) + "}";
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    static String user(Arm arm, ResearchContext ctx, int feedbackSteps) {
        StringBuilder b = new StringBuilder();
        b.append("Loop ").append(ctx.loop() + 1).append(".\n");
        if (ctx.factors().isEmpty()) {
            b.append("No factor has been accepted yet.\n");
        } else {
            b.append("Accepted factors (the current best state):\n");
            List<AcceptedFactor> fs = ctx.factors();
            for (AcceptedFactor f : fs.subList(0, Math.min(fs.size(), MAX_FACTORS_SHOWN))) {
                b.append("- ").append(f.name()).append(": ").append(clip(f.expression(), MAX_QUOTE)).append('\n');
            }
            if (fs.size() > MAX_FACTORS_SHOWN) b.append("- and ").append(fs.size() - MAX_FACTORS_SHOWN).append(" more accepted factors\n");
        }
        b.append("Model: ").append(ctx.model() == null ? "none (equal-weight average of the factors' daily z-scores)" : ModelSpecText.print(ctx.model())).append('\n');
        b.append("Best validation metrics: ").append(show(ctx.best())).append('\n');
        List<StepRecord> h = ctx.history();
        if (!h.isEmpty() && feedbackSteps > 0) {
            b.append("Recent feedback:\n");
            for (StepRecord s : h.subList(Math.max(0, h.size() - feedbackSteps), h.size())) {
                b.append("- loop ").append(s.loop() + 1).append(" ").append(s.arm().label()).append(": ")
                        .append(s.code() == null ? "(nothing ran)" : clip(s.code(), MAX_QUOTE)).append(" -> ").append(s.status().name().toLowerCase(Locale.ROOT))
                        .append(", ").append(clip(s.reason(), MAX_QUOTE)).append('\n');
            }
        }
        b.append(arm == Arm.FACTOR ? "Propose one new factor that adds information the accepted ones lack."
                : "Propose one model configuration that should beat the current score.");
        return b.toString();
    }

    static String repair(String error) {
        return "That proposal failed: " + clip(error, MAX_ECHO) + "\nFix it and answer again with one JSON object in a ```json fenced block.";
    }

    static String show(Metrics m) {
        if (Double.isNaN(m.ic())) return "none yet";
        double[] v = m.vector();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) b.append(i > 0 ? ", " : "").append(Metrics.NAMES[i]).append(' ').append(String.format(Locale.ROOT, "%.4f", v[i]));
        return b.toString();
    }
}
