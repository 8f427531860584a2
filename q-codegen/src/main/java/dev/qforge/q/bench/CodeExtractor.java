package dev.qforge.q.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the q code out of a model's answer, as the Q benchmark paper does: the body of the first fenced block
 * tagged {@code q} (```q), else the body of the first fenced block of any kind (```, ```python, ...), else the
 * whole text. Line ends are normalised to {@code \n} first (CRLF and lone CR). A fence opened but never closed
 * (an answer cut off at the token limit) runs to the end of the text. The result is stripped of blank space at
 * both ends.
 */
public final class CodeExtractor {
    /** An opening fence at the start of a line: three backticks, an optional language word, end of line. */
    private static final Pattern OPEN = Pattern.compile("(?m)^[ \\t]*```[ \\t]*([A-Za-z0-9_+#.-]*)[^\\n]*\\n");
    private static final Pattern CLOSE = Pattern.compile("(?m)^[ \\t]*```[ \\t]*$");

    private CodeExtractor() {
    }

    /** The code to run for this answer; never null (empty for an empty answer). */
    public static String extract(String answer) {
        if (answer == null) return "";
        String text = answer.replace("\r\n", "\n").replace('\r', '\n');
        String any = null;
        Matcher open = OPEN.matcher(text);
        int from = 0;
        while (from < text.length() && open.find(from)) {
            int bodyStart = open.end();
            Matcher close = CLOSE.matcher(text);
            boolean closed = close.find(bodyStart);
            String body = closed ? text.substring(bodyStart, close.start()) : text.substring(bodyStart);
            if (open.group(1).equalsIgnoreCase("q")) return body.strip();
            if (any == null) any = body;
            if (!closed) break;
            from = close.end();
        }
        return (any != null ? any : text).strip();
    }
}
