package dev.qforge.q;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a studyq pair's display differs from the article's when the difference is not the interpreter's, so that the
 * conformance test can require every other pair to match (the aim: every pair that does not depend on
 * randomness or system state). One instance follows one source's session in order: {@link #observe} sees every pair,
 * matching or not, and returns the kind of a mismatch.
 * <p>Each kind is decided from evidence, not from a list of pairs: an error naming a name that no earlier pair or
 * preamble line assigns, a limit or timeout, a display equal to the article's up to where one of the two was cut by
 * the console, a boolean atom printed k-style. Only {@link #KNOWN} names single pairs, each with its reason, and the
 * test checks that every entry is still met (a fixed pair must leave the list).
 */
final class Mismatch {

    enum Kind {
        RANDOM_OR_FETCHED("reads a value drawn at random or fetched from the network, transitively"),
        NOT_DEFINED("reads a name that neither the pairs nor the preamble define (the article's other code or files)"),
        OVER_LIMIT("past the per-pair time or the interpreter's cell limit, or reads what such a pair was to define"),
        CONSOLE_SIZE("the same display, cut by the article's console at another row or column"),
        K_BOOLEAN("the article prints a boolean atom k-style, 1 where q 4.x prints 1b (code.kx.com/q/ref/match)"),
        KNOWN("the article's text is not what its code prints in q; reason listed in Mismatch.KNOWN"),
        UNEXPLAINED("none of the above: the interpreter's fault until shown otherwise");

        final String why;

        Kind(String why) {
            this.why = why;
        }
    }

    /** Single pairs whose article text no q prints, keyed by source and input, with the reason. */
    static final Map<String, String> KNOWN = Map.of(
            key("qbists/studyq/puzzles/strings.md", "f \"xyz\""),
            "the article's answer keeps every base-3 code with digit sum 3, so it also yields \"yyy\" (7 rows, in code"
                    + " order); its 6 rows in its order come from neither of the puzzle's answers",
            key("qbists/studyq/leetcode/976.md", "  "),
            "a blank line prints nothing in q; the article's 0N 0N 0N belongs to a line that was lost",
            key("qbists/studyq/rosetta/sum-say.md", "where its=max its"),
            "where on a dictionary returns the keys of its true values (code.kx.com/q/ref/where), here a one-item list"
                    + " of strings that q shows as ,\"9900\"; the article prints \"9900\"");

    /**
     * q's reserved words (code.kx.com/q/ref): an error naming one of these is never "not defined" by the article, it
     * is ours. Written out here rather than taken from the interpreter, which could lack one.
     */
    static final Set<String> Q_WORDS = Set.copyOf(Arrays.asList((
            "abs acos aj aj0 ajf ajf0 all and any asc asin asof atan attr avg avgs bin binr ceiling cols cor cos count"
            + " cov cross csv cut delete deltas desc dev differ distinct div do dsave each ej ema enlist eval except exec"
            + " exit exp fby fills first fkeys flip floor get getenv group gtime hclose hcount hdel hopen hsym iasc idesc"
            + " if ij ijf in insert inter inv key keys last like lj ljf load log lower lsq ltime ltrim mavg max maxs"
            + " mcount md5 mdev med meta min mins mmax mmin mmu mod msum neg next not null or over parse peach pj prd prds"
            + " prev prior rand rank ratios raze read0 read1 reciprocal reval reverse rload rotate rsave rtrim save scan"
            + " scov sdev select set setenv show signum sin sqrt ss ssr string sublist sum sums sv svar system tables tan"
            + " til trim type uj ujf ungroup union update upper upsert value var view views vs wavg where while within wj"
            + " wj1 wsum xasc xbar xcol xcols xdesc xexp xgroup xkey xlog xprev xrank").split(" ")));

    /** q's own error names (code.kx.com/q/basics/errors): {@code 'index} is an error, not an undefined {@code index}. */
    static final Set<String> Q_ERRORS = Set.of("access", "assign", "badtail", "cast", "conn", "domain", "from", "glim",
            "hop", "index", "length", "limit", "loop", "mismatch", "noamend", "noupdate", "nyi", "os", "par", "parse",
            "rank", "splay", "stack", "stop", "stype", "type", "unmappable", "value", "wsfull");

    private static final Pattern NAME_ERROR = Pattern.compile("'([A-Za-z][A-Za-z0-9_]*)");

    private final String source;
    private final Set<String> defined = new HashSet<>();
    /** Names a failing pair was to assign, with that pair's kind: what reads them fails for the same reason. */
    private final Map<String, Kind> unmade = new HashMap<>();
    private final Set<String> knownMet = new HashSet<>();

    Mismatch(String source) {
        this.source = source;
    }

    static String key(String source, String input) {
        return source + "\n" + input;
    }

    /** Records the names a preamble script assigns. */
    void preamble(String script) {
        for (String line : script.split("\n")) define(Taint.assigned(Taint.strip(line)));
    }

    /**
     * Follows one pair. Returns null when {@code got} equals {@code expected}, else why they differ; {@code outside}
     * is the {@link Taint} verdict for the pair.
     */
    Kind observe(String input, String expected, String got, boolean outside) {
        Set<String> assigns = Taint.assigned(Taint.strip(input));
        if (got.equals(expected)) {
            define(assigns);
            return null;
        }
        Kind k = classify(input, expected, got, outside);
        boolean failed = got.startsWith("'") || got.equals("<timeout>");
        if (failed) for (String n : assigns) unmade.put(n, k);
        else define(assigns);
        return k;
    }

    /** The {@link #KNOWN} entries of this source that were met, for the staleness check. */
    Set<String> knownMet() {
        return knownMet;
    }

    private void define(Set<String> names) {
        defined.addAll(names);
        names.forEach(unmade::remove);
    }

    private Kind classify(String input, String expected, String got, boolean outside) {
        if (outside) return Kind.RANDOM_OR_FETCHED;
        if (got.equals("<timeout>") || got.equals("'limit") || got.equals("'wsfull")) return Kind.OVER_LIMIT;
        Matcher m = NAME_ERROR.matcher(got);
        if (m.matches()) {
            String name = m.group(1);
            if (unmade.containsKey(name)) return unmade.get(name);
            if (!defined.contains(name) && !Q_WORDS.contains(name) && !Q_ERRORS.contains(name)) return Kind.NOT_DEFINED;
        }
        if (consoleCut(expected, got)) return Kind.CONSOLE_SIZE;
        if (expected.matches("[01]") && got.equals(expected + "b")) return Kind.K_BOOLEAN;
        if (KNOWN.containsKey(key(source, input))) {
            knownMet.add(key(source, input));
            return Kind.KNOWN;
        }
        return Kind.UNEXPLAINED;
    }

    /**
     * Whether two displays are the same up to the console's cut: line by line equal, or one line cut with {@code ..}
     * where its text is a prefix of the other's (the console's width), until one display's cut row {@code ..} (its
     * height); at least one cut must explain the difference.
     */
    static boolean consoleCut(String expected, String got) {
        List<String> e = expected.lines().toList(), g = got.lines().toList();
        for (int i = 0; i < Math.min(e.size(), g.size()); i++) {
            String a = e.get(i), b = g.get(i);
            if (a.equals("..") || b.equals("..")) return true;
            if (a.equals(b)) continue;
            if (!(a.endsWith("..") || b.endsWith(".."))) return false;
            String sa = a.endsWith("..") ? a.substring(0, a.length() - 2) : a;
            String sb = b.endsWith("..") ? b.substring(0, b.length() - 2) : b;
            boolean prefix = a.endsWith("..") && sb.startsWith(sa) || b.endsWith("..") && sa.startsWith(sb);
            if (!prefix) return false;
        }
        return e.size() == g.size();
    }
}
