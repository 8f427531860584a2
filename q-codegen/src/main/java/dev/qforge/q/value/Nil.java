package dev.qforge.q.value;

/** The generic null {@code ::} (type 101); the console prints nothing for it. */
public final class Nil extends QObj {
    public static final Nil NIL = new Nil();
    private Nil() {}
    @Override public int type() { return 101; }
}
