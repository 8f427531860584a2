package dev.qforge.backtest.run;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON has no NaN or infinity: metric maps are written with those as null. */
final class Metrics {

    private Metrics() {
    }

    static Map<String, Object> jsonSafe(Map<String, Object> m) {
        if (m == null) return null;
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Double d && !Double.isFinite(d) ? null : v));
        return out;
    }
}
