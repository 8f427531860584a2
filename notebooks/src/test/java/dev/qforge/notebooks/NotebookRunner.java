package dev.qforge.notebooks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs every code cell of a notebook, in order, in one fresh JShell, the way a Java kernel would, and fails
 * on the first problem with the notebook name, the cell number, the snippet and the compiler diagnostic or
 * the exception.
 *
 * <p>JShell uses the {@code local} execution engine: snippets run in this JVM on the given classpath, so the
 * notebooks see exactly the classes the test sees. A cell is split into snippets with
 * {@link SourceCodeAnalysis#analyzeCompletion}. A snippet fails when it is rejected (compile error), when it
 * is left unresolved (it uses something that does not exist), or when it throws. IJava magics are not Java:
 * a line starting with {@code %} is skipped, and a cell starting with {@code %%} is skipped whole, each with
 * a note. Snippet output goes to this JVM's standard output.
 */
final class NotebookRunner {

    /** What a run did: code cells run, snippets evaluated, and notes (skipped magics). */
    record Report(int codeCells, int snippets, List<String> notes) {
    }

    private NotebookRunner() {
    }

    static Report run(Notebook notebook, Collection<String> classpath) {
        ClassLoader saved = Thread.currentThread().getContextClassLoader(); // the local engine replaces it
        List<String> notes = new ArrayList<>();
        int codeCells = 0, snippets = 0;
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            classpath.forEach(shell::addToClasspath);
            for (Notebook.Cell cell : notebook.cells()) {
                if (!cell.isCode() || cell.source().isBlank()) continue;
                String code = withoutMagics(notebook, cell, notes);
                if (code == null) continue;
                codeCells++;
                snippets += runCell(shell, notebook, cell, code);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(saved);
        }
        return new Report(codeCells, snippets, notes);
    }

    /** The cell's code with line magics blanked out (line numbers kept), or null for a cell magic. */
    private static String withoutMagics(Notebook nb, Notebook.Cell cell, List<String> notes) {
        String[] lines = cell.source().split("\n", -1);
        String first = cell.source().strip();
        if (first.startsWith("%%")) {
            notes.add(nb.name() + " cell " + cell.number() + ": skipped IJava cell magic " + first.lines().findFirst().orElse(""));
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (line.stripLeading().startsWith("%")) {
                notes.add(nb.name() + " cell " + cell.number() + ": skipped IJava line magic " + line.strip());
                line = "";
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static int runCell(JShell shell, Notebook nb, Notebook.Cell cell, String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = code;
        int count = 0;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            int line = 1 + (int) code.substring(0, code.length() - rest.length()).chars().filter(c -> c == '\n').count();
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> {
                    eval(shell, nb, cell, info.source(), line);
                    rest = info.remaining();
                    count++;
                }
                case EMPTY -> {
                    if (info.remaining().equals(rest)) return count;
                    rest = info.remaining();
                }
                default -> {
                    // incomplete or unparsable: let the compiler say why, and fail even if it somehow does not
                    eval(shell, nb, cell, rest, line);
                    throw failure(nb, cell, rest, "the source is " + info.completeness().name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ') + " (unbalanced braces or a missing semicolon?)", null);
                }
            }
        }
        return count;
    }

    /** Evaluates one snippet that starts on line {@code firstLine} of its cell. */
    private static void eval(JShell shell, Notebook nb, Notebook.Cell cell, String source, int firstLine) {
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) continue; // a knock-on update of an earlier snippet
            Snippet snippet = event.snippet();
            switch (event.status()) {
                case REJECTED -> throw failure(nb, cell, source, "does not compile:\n" + diagnostics(shell, snippet, source, firstLine), null);
                case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED -> throw failure(nb, cell, source,
                        "uses something that does not exist" + unresolved(shell, snippet) + "\n" + diagnostics(shell, snippet, source, firstLine), null);
                default -> {
                }
            }
            JShellException exception = event.exception();
            if (exception != null) throw failure(nb, cell, source, "threw " + describe(shell, exception), exception);
        }
    }

    private static String diagnostics(JShell shell, Snippet snippet, String source, int firstLine) {
        return shell.diagnostics(snippet).map(d -> "  " + (d.isError() ? "error" : "warning") + " at "
                + position(source, d, firstLine) + ": " + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
    }

    private static String position(String source, Diag d, int firstLine) {
        long pos = Math.max(0, Math.min(d.getPosition(), source.length()));
        String before = source.substring(0, (int) pos);
        int line = firstLine + (int) before.chars().filter(c -> c == '\n').count();
        int column = (int) (pos - before.lastIndexOf('\n'));
        return "cell line " + line + ", column " + column;
    }

    private static String unresolved(JShell shell, Snippet snippet) {
        if (!(snippet instanceof DeclarationSnippet declaration)) return "";
        List<String> names = shell.unresolvedDependencies(declaration).toList();
        return names.isEmpty() ? "" : ": " + String.join(", ", names);
    }

    private static String describe(JShell shell, JShellException exception) {
        if (exception instanceof EvalException e) {
            StringBuilder sb = new StringBuilder(e.getExceptionClassName());
            if (e.getMessage() != null) sb.append(": ").append(e.getMessage());
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                sb.append("\n  caused by ").append(c instanceof EvalException ce ? ce.getExceptionClassName() : c.getClass().getName());
                if (c.getMessage() != null) sb.append(": ").append(c.getMessage());
            }
            return sb.toString();
        }
        if (exception instanceof UnresolvedReferenceException u) {
            return "an unresolved reference: " + u.getSnippet().source().strip() + unresolved(shell, u.getSnippet());
        }
        return exception.toString();
    }

    private static NotebookFailure failure(Notebook nb, Notebook.Cell cell, String snippet, String what, Throwable cause) {
        return new NotebookFailure(nb.name() + ", cell " + cell.number() + ": the snippet\n"
                + snippet.strip().indent(4) + what.strip(), cause);
    }

    /** A notebook cell that did not compile, did not resolve or threw. */
    static final class NotebookFailure extends AssertionError {
        NotebookFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
