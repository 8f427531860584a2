package dev.qforge.q;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * Preambles for the studyq conformance pairs: the definitions an article gives in code blocks that are not
 * REPL pairs. The preamble of source {@code qbists/studyq/<dir>/<name>.md} is the file
 * {@code <preambles>/<dir>/<name>.q}, a q script (continuation lines indented, {@code /} comments).
 * <p>The preambles are the articles' own code, so they are not kept in this repository (we commit no code from
 * elsewhere): {@code <preambles>} is the folder named by {@code -Dqforge.q.preambles} or {@code QFORGE_Q_PREAMBLES},
 * else a {@code preambles} folder beside the pairs file ({@code shared/q/preambles}); without one the pairs run
 * bare and the test holds the lower floor.
 * <p>Lines before the first marker run before the source's first pair. A marker line
 * {@code /@before <input>} (or {@code /@before#n <input>} for the n-th occurrence, 1-based) starts a segment
 * that runs just before the pair whose input is exactly {@code <input>}: articles that redefine a name
 * section by section (e.g. {@code f} in strings.md) place each definition where the article gives it.
 */
final class Preambles {
    private Preambles() {}

    /** The preamble folder for the pairs file {@code pairs}, or null when there is none. */
    static java.nio.file.Path folder(java.nio.file.Path pairs) {
        for (String given : new String[] {System.getProperty("qforge.q.preambles"), System.getenv("QFORGE_Q_PREAMBLES")}) {
            if (given != null && !given.isBlank() && java.nio.file.Files.isDirectory(java.nio.file.Path.of(given))) {
                return java.nio.file.Path.of(given);
            }
        }
        java.nio.file.Path beside = pairs.toAbsolutePath().getParent().resolve("preambles");
        return java.nio.file.Files.isDirectory(beside) ? beside : null;
    }

    /** The preamble file of a source inside {@code folder}. */
    static java.nio.file.Path file(java.nio.file.Path folder, String source) {
        return folder.resolve(source.replaceFirst("^qbists/studyq/", "").replaceFirst("\\.md$", ".q"));
    }

    /**
     * Scripts to run keyed by the index of the pair they precede; empty when the source has no preamble.
     * @throws IllegalStateException when a marker names an input the source does not have
     */
    static Map<Integer, String> forSource(java.nio.file.Path folder, String source, List<String> inputs) throws IOException {
        Map<Integer, String> out = new TreeMap<>();
        if (folder == null || !java.nio.file.Files.isRegularFile(file(folder, source))) return out;
        {
            String text = java.nio.file.Files.readString(file(folder, source), StandardCharsets.UTF_8);
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
