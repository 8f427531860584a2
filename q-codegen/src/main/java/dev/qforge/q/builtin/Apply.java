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

    /**
     * Vector conditional {@code ?[x;y;z]} (code.kx.com/q/ref/vector-conditional): x is a boolean atom or
     * vector; where x is true the result takes the item of y, else of z; atom y or z are repeated. All three
     * conform ({@code 'length} otherwise); y and z must be of one type ({@code 'type}), as must x be boolean.
     */
    public static QObj vectorCond(QObj x, QObj y, QObj z) {
        if (Math.abs(x.type()) != T.BOOL) throw new QError("type");
        int ty = Math.abs(y.type()), tz = Math.abs(z.type());
        if (ty != tz && ty != 0 && tz != 0) throw new QError("type");
        if (x instanceof LAtom b) {
            if (!y.isAtom() && !z.isAtom() && y.count() != z.count()) throw new QError("length");
            QObj r = b.v != 0 ? y : z, other = b.v != 0 ? z : y;
            if (!r.isAtom() || other.isAtom()) return r;
            QObj[] rep = new QObj[other.count()];
            java.util.Arrays.fill(rep, r);
            return Lists.fromItems(rep);
        }
        long[] b = ((LVec) x).a;
        if (!y.isAtom() && y.count() != b.length || !z.isAtom() && z.count() != b.length) throw new QError("length");
        if (b.length == 0) return y.isAtom() ? z : y;
        QObj[] r = new QObj[b.length];
        for (int i = 0; i < r.length; i++) {
            QObj src = b[i] != 0 ? y : z;
            r[i] = src.isAtom() ? src : src.at(i);
        }
        return Lists.fromItems(r);
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
