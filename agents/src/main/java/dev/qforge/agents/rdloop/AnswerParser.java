package dev.qforge.agents.rdloop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls the code out of a model's answer. In order: a JSON object (in a fenced block, or the first {@code {...}}
 * of the text) with an {@code expression} field (factor) or a {@code type} field (model, returned as the whole
 * object); else, for a factor, the content of the first fenced block, or a line {@code expression: ...}. Returns
 * null when the answer holds no code (prose only); the loop then asks again with that error.
 */
final class AnswerParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FENCE = Pattern.compile("```[a-zA-Z]*\\s*\\n?(.*?)```", Pattern.DOTALL);
    private static final Pattern LABELLED = Pattern.compile("(?im)^\\s*(?:factor|expression)\\s*[:=]\\s*`?([^`\\n]+)`?\\s*$");

    private AnswerParser() {
    }

    static String code(Arm arm, String answer) {
        if (answer == null) return null;
        Matcher m = FENCE.matcher(answer);
        while (m.find()) {
            String inner = m.group(1).strip();
            String fromJson = fromJson(arm, inner);
            if (fromJson != null) return fromJson;
            if (arm == Arm.FACTOR && !inner.isEmpty() && !inner.startsWith("{")) return inner.lines().findFirst().orElse("").strip();
        }
        int open = answer.indexOf('{'), close = answer.lastIndexOf('}');
        if (open >= 0 && close > open) {
            String fromJson = fromJson(arm, answer.substring(open, close + 1));
            if (fromJson != null) return fromJson;
        }
        if (arm == Arm.FACTOR) {
            Matcher l = LABELLED.matcher(answer);
            if (l.find()) return l.group(1).strip();
        }
        return null;
    }

    static String hypothesis(String answer) {
        if (answer == null) return "";
        int open = answer.indexOf('{'), close = answer.lastIndexOf('}');
        if (open >= 0 && close > open) {
            try {
                JsonNode n = JSON.readTree(answer.substring(open, close + 1));
                if (n != null && n.hasNonNull("hypothesis")) return n.get("hypothesis").asText();
            } catch (Exception ignored) {
                // not JSON: fall through to the prose
            }
        }
        return answer.lines().findFirst().orElse("").strip();
    }

    private static String fromJson(Arm arm, String text) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (Exception e) {
            return null;
        }
        if (n == null || !n.isObject()) return null;
        if (arm == Arm.FACTOR) return n.hasNonNull("expression") ? n.get("expression").asText().strip() : null;
        if (!n.hasNonNull("type")) return null;
        var o = JSON.createObjectNode();
        o.set("type", n.get("type"));
        if (n.has("params")) o.set("params", n.get("params"));
        return o.toString();
    }
}
