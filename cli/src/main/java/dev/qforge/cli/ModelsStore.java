package dev.qforge.cli;

import dev.qforge.agents.models.ModelExperiment;
import dev.qforge.agents.models.ModelSpec;
import dev.qforge.agents.models.SplitSpec;
import dev.qforge.factors.expr.Expression;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** Names and the {@code experiment.json} of saved forecasters (what they were fitted on and how they scored). */
final class ModelsStore {

    static final String EXPERIMENT = "experiment.json";

    private ModelsStore() {
    }

    /** {@code TYPE-sSEED-HASH}: the hash covers the spec, the split, the features and the instruments, so a refit of the same config reuses its name. */
    static String id(ModelSpec ms, SplitSpec sp, Map<String, Expression> fs, ModelExperiment x) {
        StringBuilder sb = new StringBuilder(ms.toString()).append('|').append(sp);
        fs.forEach((k, e) -> sb.append('|').append(k).append('=').append(e.text()));
        sb.append('|').append(x.dataset().symbols());
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return ms.type() + "-s" + ms.seed() + "-" + HexFormat.of().formatHex(h).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void writeExperiment(Path dir, Map<String, Object> result) throws IOException {
        Json.mapper().writeValue(dir.resolve(EXPERIMENT).toFile(), result);
    }
}
