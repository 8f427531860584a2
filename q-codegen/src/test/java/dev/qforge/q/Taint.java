package dev.qforge.q;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which studyq pairs depend on randomness or system state, transitively. A pair depends on them when its input
 * draws random numbers or reaches outside ({@link ConformanceTest#untestable}), or when it reads a name that
 * such an input (or a preamble line that draws random numbers) assigned: {@code show board:throw DICE} makes
 * {@code board} random, so a later {@code raze board} shows other letters than the article's. Names are found
 * lexically (strings and comments removed), which over-taints at worst; a name reassigned by a clean input is
 * clean again.
 */
final class Taint {
    private static final Pattern NAME = Pattern.compile("(?<![\\w.`])[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern ASSIGN = Pattern.compile("(?<![\\w.`])([A-Za-z][A-Za-z0-9_]*)\\s*(?:\\[[^\\]]*\\])?\\s*[-+*%,&|^]?::?(?!:)");
    /** A random draw in definitions: {@code count[dice]?6} or {@code 10?10}. */
    private static final Pattern RANDOM_DEF = Pattern.compile("\\]\\s*\\?\\s*\\d|(^|[^\\w\"`])-?\\d+\\?\\d");

    private final Set<String> tainted = new HashSet<>();

    /**
     * Taints the names that preamble lines drawing random numbers assign, and clears the names that other lines
     * assign (boggle's preamble restores the board the article printed after a random throw).
     */
    void preamble(String script) {
        for (String line : script.split("\n")) {
            String code = strip(line);
            if (RANDOM_DEF.matcher(code).find()) tainted.addAll(assigned(code));
            else tainted.removeAll(assigned(code));
        }
    }

    /** Whether the pair's output depends on randomness or system state; updates the tainted names with what it assigns. */
    boolean dependsOnOutside(String input) {
        String code = strip(input);
        boolean clean = !ConformanceTest.untestable(input) && reads(code).stream().noneMatch(tainted::contains);
        // A pair defining a function that draws (boggle's throw:{..count[dice]?6}) prints nothing itself, but what it
        // defines is random.
        if (clean && RANDOM_DEF.matcher(code).find()) tainted.addAll(assigned(code));
        else if (clean) tainted.removeAll(assigned(code));
        else tainted.addAll(assigned(code));
        return !clean;
    }

    static Set<String> assigned(String code) {
        Set<String> out = new HashSet<>();
        Matcher m = ASSIGN.matcher(code);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** Names read: every name but the targets of assignments ({@code x:x+1} still reads x on the right). */
    static Set<String> reads(String code) {
        Set<String> out = new HashSet<>();
        Matcher m = NAME.matcher(ASSIGN.matcher(code).replaceAll(":"));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The code without string literals, symbols and a trailing {@code /} comment. */
    static String strip(String s) {
        String noStrings = s.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("`[\\w.:/]*", "`");
        return noStrings.replaceAll("(^|\\s)/.*$", "");
    }
}
