package dev.qforge.cli;

import dev.qforge.agents.models.DatasetBuilder;
import dev.qforge.factors.expr.Expression;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --features} of {@code qforge models}: {@code alpha158}, or a file with one expression per line,
 * optionally named ({@code NAME: EXPR} or {@code NAME = EXPR}); blank lines and {@code #} comments are skipped.
 * An unnamed line is named by its expression. Errors name the file and line.
 */
final class ModelFeatures {

    private ModelFeatures() {
    }

    static Map<String, Expression> resolve(String arg) {
        if (arg.equalsIgnoreCase("alpha158")) return DatasetBuilder.alpha158();
        Path f = Path.of(arg);
        if (!Files.isRegularFile(f)) throw new IllegalArgumentException("--features " + arg + ": neither alpha158 nor a file of expressions");
        List<String> lines;
        try {
            lines = Files.readAllLines(f);
        } catch (IOException e) {
            throw new IllegalArgumentException("--features " + arg + ": cannot read: " + e.getMessage());
        }
        Map<String, Expression> m = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String name = null, text = line;
            java.util.regex.Matcher mt = java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_.]*)\\s*[:=]\\s*(.+)$").matcher(line);
            if (mt.matches()) {
                name = mt.group(1);
                text = mt.group(2);
            }
            Expression e;
            try {
                e = Expression.parse(text);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(f + " line " + (i + 1) + ": " + ex.getMessage());
            }
            if (e.extent()[1] > 0) throw new IllegalArgumentException(f + " line " + (i + 1) + ": " + text + " reads future bars (Ref with a negative offset)");
            String key = name != null ? name : e.text();
            if (m.put(key, e) != null) throw new IllegalArgumentException(f + " line " + (i + 1) + ": feature " + key + " is defined twice");
        }
        if (m.isEmpty()) throw new IllegalArgumentException("--features " + arg + ": no expressions in the file");
        return m;
    }
}
