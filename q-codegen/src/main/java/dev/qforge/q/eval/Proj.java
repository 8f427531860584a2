package dev.qforge.q.eval;

import dev.qforge.q.value.*;

/** A projection: a function with some arguments fixed; null slots are the remaining arguments in order. */
public final class Proj extends QFn {
    public final QFn fn;
    public final QObj[] args;
    private final int holes;

    private Proj(QFn fn, QObj[] args) {
        this.fn = fn;
        this.args = args;
        int h = 0;
        for (QObj a : args) if (a == null) h++;
        holes = h;
    }

    /** Projects fn over the given (possibly short, possibly elided) arguments. */
    public static QFn of(QFn fn, QObj[] given) {
        int n = Math.max(given.length, Math.min(fn.rank(), Math.max(fn.minArgs(), given.length)));
        QObj[] a = java.util.Arrays.copyOf(given, n);
        return new Proj(fn, a);
    }

    @Override public int type() { return T.PROJ; }
    @Override public int rank() { return holes; }

    @Override public QObj call(Interp in, QObj[] a) {
        QObj[] full = args.clone();
        int k = 0;
        for (int i = 0; i < full.length && k < a.length; i++) if (full[i] == null) full[i] = a[k++];
        return in.apply(fn, full);
    }
}
