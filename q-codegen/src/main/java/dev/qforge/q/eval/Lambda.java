package dev.qforge.q.eval;

import dev.qforge.q.lang.Node;
import dev.qforge.q.value.*;

import java.util.Arrays;
import java.util.Map;

/** A user function {@code {[a;b] ...}}; displays as its source text. Locals are names assigned with {@code :}. */
public final class Lambda extends QFn {
    public final String[] params;
    public final Node[] body;
    public final String[] localNames;
    public final String text;

    /** Thrown by {@code :x} to return early. */
    public static final class ReturnSignal extends RuntimeException {
        public final QObj value;
        public ReturnSignal(QObj v) { super(null, null, false, false); value = v; }
    }

    public Lambda(String[] params, Node[] body, String[] localNames, String text) {
        this.params = params; this.body = body; this.localNames = localNames; this.text = text;
    }

    boolean isLocalName(String n) {
        for (String p : params) if (p.equals(n)) return true;
        for (String p : localNames) if (p.equals(n)) return true;
        return false;
    }

    @Override public int type() { return T.LAMBDA; }
    @Override public int rank() { return params.length; }

    @Override public QObj call(Interp in, QObj[] args) {
        Map<String, QObj> f = Ctx.frame();
        for (int i = 0; i < params.length; i++) f.put(params[i], i < args.length ? args[i] : Nil.NIL);
        in.enter();
        try {
            return new Ctx(in, f, this).run(body);
        } catch (ReturnSignal r) {
            return r.value;
        } finally {
            in.leave();
        }
    }

    @Override public String toString() { return text + Arrays.toString(params); }
}
