package dev.qforge.q.builtin;

import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

/** Writes to the console handles 1 (stdout) and 2 (stderr): {@code -1 x} adds a newline. Both go to the captured output. */
public final class Io {
    private Io() {}
    public static QObj write(Interp in, long h, QObj x) {
        if (h != 1 && h != -1 && h != 2 && h != -2) throw new QError("access");
        boolean nl = h < 0;
        if (x instanceof GList g) {
            for (QObj s : g.a) in.out.append(Lists.str(s)).append('\n');
        } else {
            in.out.append(Lists.str(x));
            if (nl) in.out.append('\n');
        }
        return LAtom.j(h);
    }
}
