package dev.qforge.agents.models;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.InferenceSession;

/**
 * Makes SameDiff free the intermediate arrays of each forward and backward pass at once. By default (1.0.0-M2.1) a
 * session keeps released arrays in an LRU cache sized as a fraction of the machine's memory, and an unrolled
 * recurrent net at batch 800 releases hundreds of megabytes a step: an LSTM fit grew to 19 GB resident on a 23 GB
 * machine. {@link ClosingMemoryMgr} closes each array when the session releases it. Sessions are made lazily (one
 * per thread, and one in the gradient function), so this is applied after every call that may have made one.
 *
 * <p>Each op call also allocates small native objects (op contexts, argument pointers) that only the garbage
 * collector frees, and with a large heap it runs too rarely: {@link Budget} asks for a collection whenever the
 * process's resident memory has grown by a gigabyte since the last one.
 *
 * <p>That is not enough for the unrolled recurrent nets, which now train by hand-written passes by default
 * ({@code models.rnn}). Measured on the GRU graph (2 layers of 64, window 20, batch 800, ParallelGC): with a
 * collection after every batch resident memory stays at 1.3 GB over ten batches; without one it grows by about
 * 460 MB a batch. So most of a pass's native arrays are not leaked but freed only when their Java wrappers are
 * collected. The budget's collections do not keep resident memory down, probably because it does not fall right
 * after a collection (the deallocator threads free asynchronously, and malloc keeps freed pages), so the limit
 * moves up with it; a collection per batch would cost a full collection of a heap holding the features.
 */
final class SameDiffMemory {

    private static final long SLACK = 1L << 30;

    private SameDiffMemory() {
    }

    /** Tracks resident memory during one fit and collects garbage when it has grown by {@link #SLACK}. */
    static final class Budget {
        private long limit = org.bytedeco.javacpp.Pointer.physicalBytes() + SLACK;

        void check() {
            if (org.bytedeco.javacpp.Pointer.physicalBytes() > limit) {
                System.gc();
                limit = org.bytedeco.javacpp.Pointer.physicalBytes() + SLACK;
            }
        }
    }

    static void noCache(SameDiff sd) {
        apply(sd);
        SameDiff grad = sd.getFunction("grad");
        if (grad != null) apply(grad);
    }

    private static void apply(SameDiff sd) {
        sd.setEnableCache(false);
        for (InferenceSession s : sd.getSessions().values()) {
            if (!(s.getMmgr() instanceof ClosingMemoryMgr)) {
                s.getMmgr().close();
                s.setMmgr(new ClosingMemoryMgr());
            }
        }
    }
}
