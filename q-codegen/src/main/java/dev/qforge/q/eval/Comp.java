package dev.qforge.q.eval;

import dev.qforge.q.value.*;

/** Composition {@code f g}: applies g to the arguments, then f (monadically) to the result. */
public final class Comp extends QFn {
    public final QObj f, g;
    public Comp(QObj f, QObj g) { this.f = f; this.g = g; }
    @Override public int type() { return T.COMP; }
    @Override public int rank() { return g instanceof QFn fn ? fn.rank() : 1; }
    @Override public int minArgs() { return g instanceof QFn fn ? Math.min(fn.minArgs(), rank()) : 1; }
    @Override public QObj call(Interp in, QObj[] args) {
        QObj r = args.length == 1 ? in.monad(g, args[0]) : in.apply(g, args);
        return in.monad(f, r);
    }
}
