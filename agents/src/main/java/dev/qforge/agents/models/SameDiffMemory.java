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
