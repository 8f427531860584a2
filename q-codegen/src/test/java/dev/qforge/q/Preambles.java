package dev.qforge.q;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * Preambles for the studyq conformance pairs: the definitions an article gives in code blocks that are not
 * REPL pairs. The preamble of source {@code qbists/studyq/<dir>/<name>.md} is the test resource
 * {@code conformance/preambles/<dir>/<name>.q}, a q script (continuation lines indented, {@code /} comments).
 * <p>Lines before the first marker run before the source's first pair. A marker line
 * {@code /@before <input>} (or {@code /@before#n <input>} for the n-th occurrence, 1-based) starts a segment
 * that runs just before the pair whose input is exactly {@code <input>}: articles that redefine a name
 * section by section (e.g. {@code f} in strings.md) place each definition where the article gives it.
 */
final class Preambles {
    private Preambles() {}

    /** Resource path of a source's preamble. */
    static String resource(String source) {
        return "/conformance/preambles/" + source.replaceFirst("^qbists/studyq/", "").replaceFirst("\\.md$", ".q");
    }

    /**
     * Scripts to run keyed by the index of the pair they precede; empty when the source has no preamble.
     * @throws IllegalStateException when a marker names an input the source does not have
     */
    static Map<Integer, String> forSource(String source, List<String> inputs) throws IOException {
        Map<Integer, String> out = new TreeMap<>();
        try (InputStream is = Preambles.class.getResourceAsStream(resource(source))) {
            if (is == null) return out;
            String text = new String(is.readAllBytes(), StandardCharsets.UTF_8);
            int at = 0;
            StringBuilder seg = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("/@before")) {
                    out.merge(at, seg.toString(), String::concat);
                    seg.setLength(0);
                    at = locate(source, inputs, line);
                } else seg.append(line).append('\n');
            }
            out.merge(at, seg.toString(), String::concat);
        }
        return out;
    }

    private static int locate(String source, List<String> inputs, String marker) {
        String rest = marker.substring("/@before".length());
        int nth = 1;
        if (rest.startsWith("#")) {
            int sp = rest.indexOf(' ');
            nth = Integer.parseInt(rest.substring(1, sp));
            rest = rest.substring(sp);
        }
        String want = rest.strip();
        for (int i = 0, seen = 0; i < inputs.size(); i++)
            if (inputs.get(i).strip().equals(want) && ++seen == nth) return i;
        throw new IllegalStateException(source + ": no pair for marker " + marker);
    }
}
