package dev.qforge.agents.replay;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Writes a {@link SequenceReplay} with everything its future sampling depends on and reads it back: the stored
 * steps (observation, action, recurrent state, reward, done flag, expert label, episode id), the ring's write
 * position and episode counter, the largest priority seen and, for a prioritised memory, every leaf priority of the
 * sum tree. A restored memory therefore draws exactly the batches (and importance weights) the saved one would
 * have drawn from the same {@link java.util.Random}.
 *
 * <p>Format (big-endian, version {@value #VERSION}): magic {@code QTRP}, version, capacity and the three step sizes,
 * alpha, beta, steps written, episodes, max priority, then for the {@code min(written, capacity)} occupied slots
 * (slot order, not age order, so the ring's seam is kept) each column as one block, and an end marker. Only occupied
 * slots are written, so a memory that is mostly empty costs little.
 */
public final class ReplayIO {

    private static final int MAGIC = 0x51545250; // "QTRP"
    private static final int END = 0x454E4452;   // "ENDR"
    static final int VERSION = 1;
    private static final int CHUNK = 1 << 16;

    private ReplayIO() {
    }

    public static void write(DataOutputStream out, SequenceReplay r) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(r.capacity);
        out.writeInt(r.obsSize);
        out.writeInt(r.actionSize);
        out.writeInt(r.stateSize);
        out.writeDouble(r.alpha);
        out.writeDouble(r.beta);
        out.writeLong(r.written);
        out.writeLong(r.episodes);
        out.writeDouble(r.maxPriority);
        int n = r.size();
        writeFloats(out, r.obs, n * r.obsSize);
        writeFloats(out, r.actions, n * r.actionSize);
        writeFloats(out, r.states, n * r.stateSize);
        writeFloats(out, r.rewards, n);
        for (int i = 0; i < n; i++) out.writeByte(r.done[i] ? 1 : 0);
        for (int i = 0; i < n; i++) out.writeInt(r.expert[i]);
        for (int i = 0; i < n; i++) out.writeLong(r.episodeOf[i]);
        if (r.tree != null) {
            for (int i = 0; i < n; i++) out.writeDouble(r.tree.get(i));
        }
        out.writeInt(END);
    }

    /**
     * Reads a memory written by {@link #write}; {@code source} names the file in errors. A truncated stream, a wrong
     * magic or version, or sizes that do not fit together give an {@link IOException} naming it.
     */
    public static SequenceReplay read(DataInputStream in, String source) throws IOException {
        try {
            if (in.readInt() != MAGIC) throw new IOException(source + ": not a replay memory (bad magic)");
            int version = in.readInt();
            if (version != VERSION) throw new IOException(source + ": replay memory format version " + version + ", this qforge reads " + VERSION);
            int capacity = in.readInt(), obsSize = in.readInt(), actionSize = in.readInt(), stateSize = in.readInt();
            double alpha = in.readDouble(), beta = in.readDouble();
            long written = in.readLong(), episodes = in.readLong();
            double maxPriority = in.readDouble();
            if (capacity < 2 || obsSize < 1 || actionSize < 1 || stateSize < 0 || written < 0 || episodes < 0
                    || (long) capacity * Math.max(obsSize, stateSize) > Integer.MAX_VALUE) {
                throw new IOException(source + ": corrupt replay header (capacity " + capacity + ", sizes " + obsSize + "/"
                        + actionSize + "/" + stateSize + ", written " + written + ")");
            }
            SequenceReplay r;
            try {
                r = new SequenceReplay(capacity, obsSize, actionSize, stateSize, alpha, beta);
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ": corrupt replay header: " + e.getMessage(), e);
            }
            r.written = written;
            r.episodes = episodes;
            r.maxPriority = maxPriority;
            int n = r.size();
            readFloats(in, r.obs, n * obsSize);
            readFloats(in, r.actions, n * actionSize);
            readFloats(in, r.states, n * stateSize);
            readFloats(in, r.rewards, n);
            for (int i = 0; i < n; i++) r.done[i] = in.readByte() != 0;
            for (int i = 0; i < n; i++) r.expert[i] = in.readInt();
            for (int i = 0; i < n; i++) r.episodeOf[i] = in.readLong();
            if (r.tree != null) {
                double[] leaves = new double[n];
                for (int i = 0; i < n; i++) leaves[i] = in.readDouble();
                try {
                    r.tree.setAll(leaves);
                } catch (IllegalArgumentException e) {
                    throw new IOException(source + ": corrupt replay priorities: " + e.getMessage(), e);
                }
            }
            if (in.readInt() != END) throw new IOException(source + ": corrupt replay memory (no end marker)");
            return r;
        } catch (EOFException e) {
            throw new IOException(source + " is truncated (it ends inside a replay memory)", e);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] v, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(CHUNK * Float.BYTES); // big-endian, like DataOutputStream
        for (int off = 0; off < len; off += CHUNK) {
            int k = Math.min(CHUNK, len - off);
            buf.clear();
            buf.asFloatBuffer().put(v, off, k);
            out.write(buf.array(), 0, k * Float.BYTES);
        }
    }

    private static void readFloats(DataInputStream in, float[] v, int len) throws IOException {
        byte[] bytes = new byte[CHUNK * Float.BYTES];
        for (int off = 0; off < len; off += CHUNK) {
            int k = Math.min(CHUNK, len - off);
            in.readFully(bytes, 0, k * Float.BYTES);
            ByteBuffer.wrap(bytes, 0, k * Float.BYTES).asFloatBuffer().get(v, off, k);
        }
    }
}
