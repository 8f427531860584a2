package dev.qforge.q.builtin;

import dev.qforge.q.eval.*;
import dev.qforge.q.value.*;

/** {@code .} and {@code @} beyond two arguments: amend {@code @[x;i;f;y]}, trap {@code @[f;x;h]}, {@code .[f;args;h]}. */
public final class Apply {
    private Apply() {}

    public static QObj value(Interp in, QObj x) {
        if (x instanceof Dict d) return d.v;
        if (x instanceof SAtom s) { QObj g = in.globals.get(s.v); if (g == null) throw new QError(s.v); return g; }
        if (Lists.isStr(x) || x instanceof LAtom c && c.t == -T.CHAR) return in.evalText(Lists.str(x));
        if (x instanceof Table t) return new GList(t.data);
        if (x instanceof Lambda l) return new GList(LVec.str(l.text));
        if (x instanceof GList g && g.a.length > 0 && g.a[0].isFn()) {
            QObj[] args = java.util.Arrays.copyOfRange(g.a, 1, g.a.length);
            return in.apply(g.a[0], args);
        }
        return x;
    }

    public static QObj dot(Interp in, QObj f, QObj args) {
        QObj[] a = args.isAtom() ? new QObj[]{args} : Lists.items(args);
        if (f instanceof QFn) return in.apply(f, a);
        if (a.length == 0) return f;
        return Index.atDepth(in, f, a);
    }

    public static QObj multi(Interp in, String op, QObj[] a) {
        QObj x = a[0];
        if (a.length == 3 && x.isFn()) {
            try {
                return op.equals("@") ? in.monad(x, a[1]) : dot(in, x, a[1]);
            } catch (QError e) {
                in.resetDepth();
                QObj h = a[2];
                if (h.isFn()) return in.monad(h, LVec.str(e.getMessage()));
                return h;
            }
        }
        QObj target = x;
        String name = null;
        if (x instanceof SAtom s) { name = s.v; target = in.globals.get(name); if (target == null) throw new QError(name); }
        QObj[] idx = op.equals("@") ? new QObj[]{a[1]} : a[1].isAtom() ? new QObj[]{a[1]} : Lists.items(a[1]);
        QObj f = a[2];
        QObj v = a.length > 3 ? a[3] : null;
        QObj r;
        if (op.equals("@") && !a[1].isAtom() && !(target instanceof Dict) && a[1] != Nil.NIL) {
            r = Amend.at(in, target, new QObj[]{a[1]}, f, v);
        } else r = Amend.at(in, target, idx, f, v);
        if (name != null) { in.globals.put(name, r); return x; }
        return r;
    }
}
