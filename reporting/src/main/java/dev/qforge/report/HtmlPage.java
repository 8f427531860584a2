package dev.qforge.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML report page: headings, paragraphs, tables and images referenced by a path
 * relative to the page. Every text is escaped, so symbols or error messages taken from user files
 * cannot break the markup.
 */
public final class HtmlPage {

    private final String title;
    private final StringBuilder body = new StringBuilder();

    public HtmlPage(String title) {
        this.title = title;
    }

    public HtmlPage heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    public HtmlPage paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A preformatted block (logs, problem lists). */
    public HtmlPage pre(String text) {
        body.append("<pre>").append(escape(text)).append("</pre>\n");
        return this;
    }

    /** A table; numeric-looking cells are right-aligned. */
    public HtmlPage table(List<String> header, List<List<String>> rows) {
        body.append("<table>\n<tr>");
        for (String h : header) body.append("<th>").append(escape(h)).append("</th>");
        body.append("</tr>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (String cell : row) {
                body.append(isNumeric(cell) ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /**
     * A two-column table of named values (for example a backtest's metrics), one row per entry in the
     * map's iteration order (pass a {@link java.util.LinkedHashMap} to keep yours); names are row
     * headers and numeric-looking values are right-aligned, as in {@link #table}.
     */
    public HtmlPage metrics(Map<String, String> metrics) {
        body.append("<table class=\"kv\">\n");
        for (Map.Entry<String, String> e : metrics.entrySet()) {
            String v = e.getValue();
            body.append("<tr><th scope=\"row\" style=\"text-align: left\">").append(escape(e.getKey())).append("</th>")
                    .append(isNumeric(v) ? "<td class=\"n\">" : "<td>").append(escape(v)).append("</td></tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** An image stored next to the page (for example a chart PNG written by {@link Charts}). */
    public HtmlPage image(String relativePath, String alt) {
        body.append("<img src=\"").append(escape(relativePath)).append("\" alt=\"").append(escape(alt)).append("\">\n");
        return this;
    }

    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n"
                + body + "</body>\n</html>\n";
    }

    public Path write(Path file) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, render(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file + ": " + e.getMessage(), e);
        }
    }

    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isNumeric(String s) {
        return s != null && s.matches("[-+]?[0-9][0-9,]*(\\.[0-9]+)?(e[-+]?[0-9]+)?%?");
    }

    private static final String CSS = """
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { border: 1px solid #ccc; padding: 4px 8px; }
            th { background: #f3f3f3; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            img { max-width: 100%; border: 1px solid #eee; margin: 0.5em 0; }
            pre { background: #f8f8f8; padding: 0.5em; overflow-x: auto; }
            """;
}
