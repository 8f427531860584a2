package dev.qforge.q.eval;

import dev.qforge.q.builtin.Builtins;
import dev.qforge.q.lang.Ast.Assign;
import dev.qforge.q.lang.Node;
import dev.qforge.q.value.*;

import java.util.Map;

/** Evaluation context: the interpreter plus the local frame of the running lambda (null at top level). */
public final class Ctx {
    public final Interp in;
    public final Map<String, QObj> locals;
    public final Lambda self;

    public Ctx(Interp in, Map<String, QObj> locals, Lambda self) { this.in = in; this.locals = locals; this.self = self; }

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
        throw new QError(name);
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
