package dev.qforge.q.display;

import dev.qforge.q.builtin.Builtins;
import dev.qforge.q.eval.*;
import dev.qforge.q.builtin.Verbs;
import dev.qforge.q.value.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Console display as q 4.x prints it at the default console size (25 rows, 80 columns): lines longer than
 * 79 characters are cut to 77 plus {@code ..}; more than {@link #maxLines} lines are cut with a {@code ..} line.
 * {@link #str} is the one-line form used for list items ({@code -3!}). A general list shows one item per line,
 * except a one-item list, which shows on one line as {@code ,} and its item ({@code enlist 7 8} is {@code ,7 8},
 * {@code enlist "ab"} is {@code ,"ab"}), as an atom's one-item list does ({@code enlist 42} is {@code ,42},
 * code.kx.com/q/basics/datatypes and Q for Mortals 3.3).
 */
public final class Fmt {
    private Fmt() {}
    public static final int width = 80;
    public static final int maxLines = 22;

    public static String console(QObj x) { return console(x, maxLines); }

    public static String console(QObj x, int lines) {
        if (x == Nil.NIL) return "";
        List<String> out = lines(x);
        StringBuilder sb = new StringBuilder();
        int n = Math.min(out.size(), lines);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append('\n');
            String l = out.get(i);
            sb.append(x instanceof GList g && i < g.a.length && g.a[i] instanceof GList && !(TableFmt.isMatrix(g)) ? l : cut(l));
        }
        if (out.size() > lines) sb.append("\n..");
        return sb.toString();
    }

    static String cut(String s) { return s.length() > width - 1 ? s.substring(0, width - 3) + ".." : s; }

    static List<String> lines(QObj x) {
        List<String> out = new ArrayList<>();
        if (x instanceof Table t) return TableFmt.table(t);
        if (x instanceof Dict d) return d.isKeyedTable() ? TableFmt.keyed(d) : TableFmt.dict(d);
        if (x instanceof GList g) {
            if (g.a.length == 0) { out.add("()"); return out; }
            if (g.a.length == 1) { out.add(str(g)); return out; }
            List<String> m = TableFmt.matrix(g);
            if (m != null) return m;
            for (QObj o : g.a) out.add(str(o));
            return out;
        }
        out.add(str(x));
        return out;
    }

    /** The one-line form of any value, as q shows a list item or {@code -3!x}. */
    public static String str(QObj x) {
        if (x == Nil.NIL) return "::";
        if (x.isAtom()) return Atoms.atom(x);
        if (x instanceof Vec v) return vec(v, Integer.MAX_VALUE);
        if (x instanceof Dict d) {
            String k = str(d.k);
            if (k.startsWith(",") || d.k instanceof Table) k = "(" + k + ")";
            return k + "!" + str(d.v);
        }
        if (x instanceof Table t) return "+" + str(new Dict(new SVec(t.cols), new GList(t.data)));
        return fn(x);
    }

    static String fn(QObj x) {
        if (x instanceof Lambda l) return l.text;
        if (x instanceof Verbs.Verb v) return v.op;
        if (x instanceof Builtins.Kw k) return k.name;
        if (x instanceof Proj p) {
            StringBuilder sb = new StringBuilder(str(p.fn)).append('[');
            int last = p.args.length;
            while (last > 0 && p.args[last - 1] == null) last--;
            for (int i = 0; i < last; i++) { if (i > 0) sb.append(';'); if (p.args[i] != null) sb.append(str(p.args[i])); }
            return sb.append(']').toString();
        }
        if (x instanceof Comp c) return str(c.f) + str(c.g);
        if (x instanceof Derived d) return str(d.f) + d.adv;
        return "code";
    }

    /** Vector text, stopping once longer than limit characters. */
    public static String vec(Vec v, int limit) {
        String pre = v.sorted && v.count() > 0 ? "`s#" : "";
        int n = v.count();
        if (v instanceof GList g) {
            if (n == 0) return "()";
            if (n == 1) return pre + "," + str(g.a[0]);
            StringBuilder sb = new StringBuilder(pre).append('(');
            for (int i = 0; i < n && sb.length() <= limit; i++) { if (i > 0) sb.append(';'); sb.append(str(g.a[i])); }
            return sb.append(')').toString();
        }
        int t = v.type();
        if (n == 0) return t == T.CHAR ? "\"\"" : "`" + T.NAMES[t] + "$()";
        StringBuilder sb = new StringBuilder(pre);
        if (n == 1) sb.append(',');
        if (v instanceof SVec s) {
            for (int i = 0; i < n && sb.length() <= limit; i++) sb.append('`').append(s.a[i]);
            return sb.toString();
        }
        if (v instanceof LVec l) {
            switch (t) {
                case T.CHAR -> {
                    sb.append('"');
                    for (int i = 0; i < n && sb.length() <= limit; i++) sb.append(Atoms.esc((char) l.a[i]));
                    return sb.append('"').toString();
                }
                case T.BOOL -> {
                    for (int i = 0; i < n && sb.length() <= limit; i++) sb.append(l.a[i]);
                    return sb.append('b').toString();
                }
                case T.BYTE -> {
                    sb.append("0x");
                    for (int i = 0; i < n && sb.length() <= limit; i++) sb.append(String.format("%02x", l.a[i]));
                    return sb.toString();
                }
                default -> {
                    for (int i = 0; i < n && sb.length() <= limit; i++) { if (i > 0) sb.append(' '); sb.append(Atoms.vecItem(t, l.a[i])); }
                    return sb.append(Atoms.suffix(t)).toString();
                }
            }
        }
        DVec d = (DVec) v;
        boolean whole = true;
        for (int i = 0; i < n && sb.length() <= limit; i++) {
            if (i > 0) sb.append(' ');
            String s = Atoms.flt(d.a[i]);
            if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('n') >= 0 || s.indexOf('w') >= 0) whole = false;
            sb.append(s);
        }
        if (t == T.REAL) sb.append('e');
        else if (whole) sb.append('f');
        return sb.toString();
    }
}
