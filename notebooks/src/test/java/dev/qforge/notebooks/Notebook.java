package dev.qforge.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jupyter notebook (nbformat 4) written for a Java kernel such as IJava, as far as the runner needs it:
 * its cells in order and an optional skip reason.
 *
 * <p>A cell's {@code source} may be one string or a list of lines (each carrying its own newline), as the
 * format allows. A notebook may carry {@code "metadata": {"qforge": {"skip": "why"}}}: the runner then
 * reports it as skipped with that reason instead of running it (for a notebook whose API is not merged yet).
 */
record Notebook(Path path, String skipReason, List<Cell> cells) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One cell; {@code number} is 1-based over all cells, as a reader counts them in Jupyter. */
    record Cell(int number, String type, String source) {
        boolean isCode() {
            return "code".equals(type);
        }
    }

    Notebook {
        cells = List.copyOf(cells);
    }

    String name() {
        return path.getFileName().toString();
    }

    /** Reads and checks a notebook: nbformat 4 with a Java kernelspec, or an error naming the file. */
    static Notebook read(Path path) {
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read notebook " + path + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException(path + ": not a notebook (no JSON object)");
        if (root.path("nbformat").asInt(-1) != 4) {
            throw new IllegalArgumentException(path + ": nbformat " + root.path("nbformat") + " is not supported, expected 4");
        }
        String language = root.path("metadata").path("kernelspec").path("language").asText("");
        if (!"java".equalsIgnoreCase(language)) {
            throw new IllegalArgumentException(path + ": kernelspec language is '" + language + "', expected 'java' (e.g. the IJava kernel)");
        }
        JsonNode skip = root.path("metadata").path("qforge").path("skip");
        List<Cell> cells = new ArrayList<>();
        int number = 0;
        for (JsonNode cell : root.path("cells")) {
            number++;
            cells.add(new Cell(number, cell.path("cell_type").asText(), source(cell.path("source"))));
        }
        return new Notebook(path, skip.isTextual() ? skip.asText() : null, cells);
    }

    private static String source(JsonNode node) {
        if (node.isTextual()) return node.asText();
        StringBuilder sb = new StringBuilder();
        for (JsonNode line : node) sb.append(line.asText());
        return sb.toString();
    }
}
