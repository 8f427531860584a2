package dev.qforge.q;

import dev.qforge.q.builtin.Builtins;
import dev.qforge.q.display.Atoms;
import dev.qforge.q.display.Fmt;
import dev.qforge.q.eval.*;
import dev.qforge.q.lang.Ast;
import dev.qforge.q.lang.Node;
import dev.qforge.q.lang.Parser;
import dev.qforge.q.value.*;

import java.util.ArrayList;
import java.util.List;

/**
 * One q interpreter state. Sandboxed: no files, network, processes or system access ({@code 'access});
 * evaluation is bounded by a step budget and list-size limit and stops on thread interruption.
 * <p>Sessions are fully isolated: globals, limits, the random generator and the float display precision
 * ({@code \P}) belong to the session; nothing evaluated in one session is visible to another. A session is
 * not thread-safe: use it from one thread at a time (different sessions may run on different threads).
 */
public final class QSession {
    private final Interp in = new Interp();

    /** Maximum evaluation steps per input line or script (default 200 million). */
    public QSession maxSteps(long n) { in.maxSteps = n; return this; }
    /** Maximum items in one list (default 100 million). */
    public QSession maxCells(long n) { in.maxCells = n; return this; }

    /** The value of a global variable, or null when it is not defined. */
    public QObj get(String name) { return in.globals.get(name); }

    /**
     * What the q console prints for one input line: any stdout written while evaluating, followed by the
     * display of the value; nothing for lines ending in {@code ;} or assignments; errors as {@code 'msg}.
     * Trailing newlines are removed.
     */
    public String evalDisplay(String line) {
        in.out.setLength(0);
        int outer = Atoms.withPrecision(in.precision);
        String shown;
        try {
            shown = evalLine(line, true);
        } catch (Builtins.ExitSignal e) {
            shown = "";
        } catch (QError e) {
            shown = "'" + e.getMessage();
        } catch (StackOverflowError e) {
            shown = "'stack";
        } catch (RuntimeException e) {
            shown = "'" + (e.getMessage() == null ? "nyi" : e.getMessage());
        } finally {
            in.resetDepth();
            Atoms.withPrecision(outer);
        }
        String r = in.out + shown;
        in.out.setLength(0);
        return r.replaceAll("\n+$", "");
    }

    private String evalLine(String line, boolean console) {
        in.resetSteps();
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("/") && !console) return "";
        if (t.startsWith("/")) return "";
        if (t.startsWith("\\")) return system(t);
        List<Node> nodes = Parser.parse(line);
        Ctx c = new Ctx(in, null, null);
        QObj r = Nil.NIL;
        for (Node n : nodes) r = n == null ? Nil.NIL : n.eval(c);
        Node last = nodes.get(nodes.size() - 1);
        if (!console || last == null || last instanceof Ast.Assign) return "";
        return Fmt.console(r);
    }

    private String system(String cmd) {
        String c = cmd.substring(1);
        if (c.startsWith("t") && (c.length() == 1 || " :s".indexOf(c.charAt(1)) >= 0)) {
            boolean space = c.startsWith("ts");
            String rest = c.substring(space ? 2 : 1);
            long times = 1;
            if (rest.startsWith(":")) {
                int sp = rest.indexOf(' ');
                times = Long.parseLong(rest.substring(1, sp));
                rest = rest.substring(sp);
            }
            long t0 = System.nanoTime();
            for (long i = 0; i < times; i++) { in.resetSteps(); evalLine(rest, false); }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return space ? ms + " 0" : String.valueOf(ms);
        }
        if (c.startsWith("P")) {
            String a = c.substring(1).strip();
            if (a.isEmpty()) return String.valueOf(in.precision);
            int p = Integer.parseInt(a);
            if (p < 0) throw new QError("domain");
            in.precision = p == 0 || p > 17 ? 17 : p;
            Atoms.withPrecision(in.precision);
            return "";
        }
        throw new QError("access");
    }

    /**
     * Runs a script as {@code q script.q}: lines starting with whitespace continue the previous line, {@code /}
     * lines are comments (a lone {@code /} opens a block closed by a lone {@code \}), values are not printed,
     * {@code show} and {@code -1} write to stdout, {@code exit n} stops. The first error stops the run (exit 1).
     */
    public QRun runScript(String script) {
        int outer = Atoms.withPrecision(in.precision);
        try { return script(script); } finally { Atoms.withPrecision(outer); }
    }

    private QRun script(String script) {
        in.out.setLength(0);
        List<String> stmts = new ArrayList<>();
        boolean block = false;
        for (String raw : script.split("\n", -1)) {
            String l = raw.replace("\r", "");
            if (block) { if (l.strip().equals("\\")) block = false; continue; }
            if (l.strip().equals("/")) { block = true; continue; }
            if (l.equals("\\")) break;
            if (l.startsWith("/")) continue;
            if (!l.isEmpty() && Character.isWhitespace(l.charAt(0)) && !stmts.isEmpty()) {
                stmts.set(stmts.size() - 1, stmts.get(stmts.size() - 1) + "\n" + l);
            } else if (!l.isBlank()) stmts.add(l);
        }
        try {
            for (String s : stmts) evalLine(s, false);
            return new QRun(take(), "", 0);
        } catch (Builtins.ExitSignal e) {
            return new QRun(take(), "", e.code);
        } catch (QError e) {
            return new QRun(take(), "'" + e.getMessage(), 1);
        } catch (StackOverflowError e) {
            return new QRun(take(), "'stack", 1);
        } catch (RuntimeException e) {
            return new QRun(take(), "'" + e.getMessage(), 1);
        } finally {
            in.resetDepth();
        }
    }

    private String take() { String s = in.out.toString(); in.out.setLength(0); return s; }
}
