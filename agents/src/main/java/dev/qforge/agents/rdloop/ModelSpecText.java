package dev.qforge.agents.rdloop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qforge.agents.models.ModelSpec;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model proposal as text: {@code {"type": "xgboost", "params": {"max_depth": 6, "eta": 0.05}}}. Parameters keep
 * their JSON type (numbers, strings, booleans); the seed is not part of the text: the loop gives every model the
 * run's seed, so a proposal cannot buy a lucky draw.
 */
public final class ModelSpecText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelSpecText() {
    }

    public static ModelSpec parse(String text, long seed) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException("model spec is not JSON: " + firstLine(e.getMessage()));
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("model spec must be a JSON object like {\"type\": \"ridge\", \"params\": {}}");
        JsonNode type = n.get("type");
        if (type == null || !type.isTextual() || type.asText().isBlank()) throw new IllegalArgumentException("model spec has no \"type\" string");
        Map<String, Object> params = new LinkedHashMap<>();
        JsonNode p = n.get("params");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) throw new IllegalArgumentException("model spec \"params\" must be an object");
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                Object value = v.isIntegralNumber() ? (Object) v.asLong() : v.isNumber() ? (Object) v.asDouble()
                        : v.isBoolean() ? (Object) v.asBoolean() : v.asText();
                params.put(e.getKey(), value);
            }
        }
        return new ModelSpec(type.asText(), params, seed);
    }

    public static String print(ModelSpec spec) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", spec.type());
        ObjectNode p = o.putObject("params");
        for (Map.Entry<String, Object> e : spec.params().entrySet()) p.putPOJO(e.getKey(), e.getValue());
        return o.toString();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
