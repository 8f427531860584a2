package dev.qforge.q.eval;

import dev.qforge.q.builtin.Builtins;
import dev.qforge.q.builtin.Temporal;
import dev.qforge.q.lang.Ast.Assign;
import dev.qforge.q.lang.Node;
import dev.qforge.q.value.*;

import java.util.Map;
import java.util.Set;

/** Evaluation context: the interpreter plus the local frame of the running lambda (null at top level). */
public final class Ctx {
    public final Interp in;
    public final Map<String, QObj> locals;
    public final Lambda self;
    /** The qSQL columns bound among the locals (null outside a qSQL phrase): dot notation applies to them. */
    public final Set<String> columns;

    public Ctx(Interp in, Map<String, QObj> locals, Lambda self) { this(in, locals, self, null); }

    public Ctx(Interp in, Map<String, QObj> locals, Lambda self, Set<String> columns) {
        this.in = in; this.locals = locals; this.self = self; this.columns = columns;
    }

    public QObj lookup(String name) {
        if (locals != null) {
            QObj v = locals.get(name);
            if (v != null) return v;
        }
        QObj g = in.globals.get(name);
        if (g != null) return g;
        if (name.equals(".z.s") && self != null) return self;
        QObj b = Builtins.get(name);
        if (b != null) return b;
        QObj f = field(name);
        if (f != null) return f;
        throw new QError(name);
    }

    /**
     * Dot notation for temporal parts: {@code x.minute} is {@code `minute$x}, {@code d.year} is {@code `year$d}
     * (code.kx.com/q/ref/cast, "Temporal"). As in q it applies to a global or a qSQL column
     * ({@code select by 10 xbar time.minute}), never to a lambda's local. Null when name is no such reference.
     */
    private QObj field(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || !Temporal.isField(name.substring(dot + 1))) return null;
        String base = name.substring(0, dot);
        QObj v = columns != null && columns.contains(base) ? locals.get(base) : in.globals.get(base);
        return v == null ? null : Temporal.field(name.substring(dot + 1), v);
    }

    private boolean isLocal(String name) {
        return locals != null && (locals.containsKey(name) || self != null && self.isLocalName(name));
    }

    public QObj assign(Assign a) {
        QObj v = a.value().eval(this);
        String name = a.name();
        boolean local = !a.global() && isLocal(name);
        if (a.idx() == null && a.op() == null) { set(name, v, local); return v; }
        QObj cur;
        if (local ? locals.containsKey(name) : in.globals.containsKey(name)) cur = local ? locals.get(name) : in.globals.get(name);
        else if (a.idx() == null) throw new QError(name);
        else cur = new Dict(GList.EMPTY, GList.EMPTY);
        QObj nv;
        if (a.idx() == null) nv = in.dyad(in.verb(a.op()), cur, v);
        else {
            QObj[] idx = new QObj[a.idx().length];
            for (int i = idx.length - 1; i >= 0; i--) idx[i] = a.idx()[i] == null ? Nil.NIL : a.idx()[i].eval(this);
            QObj f = a.op() == null ? null : in.verb(a.op());
            nv = Amend.at(in, cur, idx, f, v);
        }
        set(name, nv, local);
        return v;
    }

    private void set(String name, QObj v, boolean local) {
        if (local) locals.put(name, v);
        else in.globals.put(name, v);
    }

    /** Runs statements, returning the last value (generic null for an empty last statement). */
    public QObj run(Node[] body) {
        QObj r = Nil.NIL;
        for (Node n : body) { in.tick(); r = n == null ? Nil.NIL : n.eval(this); }
        return r;
    }

    static Map<String, QObj> frame() { return new Frame(); }
}
