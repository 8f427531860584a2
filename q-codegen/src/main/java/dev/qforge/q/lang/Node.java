package dev.qforge.q.lang;

import dev.qforge.q.eval.Ctx;
import dev.qforge.q.value.QObj;

/** A parsed q expression. Evaluation order is right to left, as in q. */
public interface Node {
    QObj eval(Ctx c);
}
