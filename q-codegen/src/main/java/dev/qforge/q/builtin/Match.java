package dev.qforge.q.builtin;

import dev.qforge.q.value.*;

/** q match {@code ~}: same type and same items (float nulls match each other). */
public final class Match {
    private Match() {}
    public static boolean match(QObj a, QObj b) {
        if (a == b) return true;
        if (a instanceof GList ga && ga.a.length == 0 && b instanceof Vec vb && vb.count() == 0) return a.type() == b.type();
        return a.equals(b);
    }
}
