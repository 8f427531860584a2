package dev.qforge.agents.qtnet;

import dev.qforge.agents.replay.ReplayIO;
import dev.qforge.agents.replay.SequenceReplay;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The files of a training checkpoint in a model's directory, written so that an interruption at any moment leaves
 * a complete, consistent checkpoint behind:
 * <ol>
 *   <li>{@code memory-E-G-U.bin.gz} (gzip, fastest level): the {@link TrainMemory} of the checkpoint at epoch E,
 *       group G, after U updates, stamped with that position;</li>
 *   <li>{@code checkpoint.bin}: format version, position, the name of its memory file, online and target networks
 *       and both Adam states; this file is the commit point;</li>
 *   <li>then older memory files (and temporary files of an interrupted write) are deleted.</li>
 * </ol>
 * Each file is written under a temporary name and moved into place atomically; a crash before step 2 leaves the
 * previous {@code checkpoint.bin} with its own memory file. Reading checks magic numbers, versions, the stamp,
 * the shapes against the model's config and end markers, and every failure names the file.
 */
final class CheckpointFiles {

    static final String CHECKPOINT = "checkpoint.bin";
    private static final int MAGIC = 0x5154434B;  // "QTCK"
    private static final int MEMORY_MAGIC = 0x51544D4D; // "QTMM"
    private static final int END = 0x454E4443;    // "ENDC"
    static final int VERSION = 2;

    private CheckpointFiles() {
    }

    static void write(Path dir, TrainCheckpoint c) throws IOException {
        Files.createDirectories(dir);
        QtNetAgent a = c.agent();
        String memoryName = null;
        if (c.memory() != null) {
            memoryName = "memory-" + c.epoch() + "-" + c.group() + "-" + c.updates() + ".bin.gz";
            TrainMemory m = c.memory();
            writeAtomically(dir.resolve(memoryName), true, out -> {
                out.writeInt(MEMORY_MAGIC);
                out.writeInt(VERSION);
                writeStamp(out, c);
                out.writeDouble(m.reward());
                out.writeDouble(m.criticLoss());
                out.writeDouble(m.actorLoss());
                out.writeDouble(m.sessionReturn());
                out.writeDouble(m.cloneShare());
                ReplayIO.write(out, m.replay());
                out.writeBoolean(m.demo() != null);
                if (m.demo() != null) ReplayIO.write(out, m.demo());
                out.writeInt(END);
            });
        }
        String memory = memoryName;
        writeAtomically(dir.resolve(CHECKPOINT), false, out -> {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeStamp(out, c);
            out.writeUTF(memory == null ? "" : memory);
            ParamsIO.write(out, a.online().arrays());
            ParamsIO.write(out, a.target().arrays());
            writeAdam(out, a.criticOptimizer());
            writeAdam(out, a.actorOptimizer());
            out.writeInt(END);
        });
        // earlier memories, and temporary files a crash left behind, are no longer referenced
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "memory-*.bin.gz*")) {
            for (Path p : old) if (!p.getFileName().toString().equals(memory)) Files.deleteIfExists(p);
        }
    }

    /** Reads the checkpoint in {@code dir} into a fresh agent of {@code config}; {@code null} when there is none. */
    static TrainCheckpoint read(Path dir, TrainConfig config) throws IOException {
        Path f = dir.resolve(CHECKPOINT);
        if (!Files.exists(f)) return null;
        QtNetAgent a = new QtNetAgent(config.network(), config.env().observationSize(), config.seqLen(), config.seed());
        int epoch, group;
        long updates, steps;
        String memoryName;
        try (DataInputStream in = open(f, false)) {
            int magic = in.readInt();
            if (magic != MAGIC) {
                throw new IOException(f + " is not a QTNet checkpoint of format " + VERSION + " (an older qforge wrote checkpoints"
                        + " without replay memories); delete it to restart this model's training");
            }
            int version = in.readInt();
            if (version != VERSION) throw new IOException(f + " has checkpoint format version " + version + ", this qforge reads " + VERSION);
            epoch = in.readInt();
            group = in.readInt();
            updates = in.readLong();
            steps = in.readLong();
            memoryName = in.readUTF();
            ParamsIO.assign(a.online(), ParamsIO.read(in, f.toString()), f.toString());
            ParamsIO.assign(a.target(), ParamsIO.read(in, f.toString()), f.toString());
            readAdam(in, a.criticOptimizer(), f.toString());
            readAdam(in, a.actorOptimizer(), f.toString());
            if (in.readInt() != END) throw new IOException(f + " is corrupt (no end marker)");
        } catch (EOFException e) {
            throw new IOException(f + " is truncated", e);
        }
        a.invalidatePolicy();
        TrainMemory memory = memoryName.isEmpty() ? null : readMemory(dir.resolve(memoryName), a, epoch, group, updates, steps);
        return new TrainCheckpoint(a, epoch, group, updates, steps, memory);
    }

    private static TrainMemory readMemory(Path f, QtNetAgent a, int epoch, int group, long updates, long steps) throws IOException {
        if (!Files.exists(f)) throw new IOException(f + ", the replay memory of the checkpoint beside it, is missing");
        try (DataInputStream in = open(f, true)) {
            if (in.readInt() != MEMORY_MAGIC) throw new IOException(f + " is not a QTNet replay memory file");
            int version = in.readInt();
            if (version != VERSION) throw new IOException(f + " has memory format version " + version + ", this qforge reads " + VERSION);
            int e = in.readInt(), g = in.readInt();
            long u = in.readLong(), s = in.readLong();
            if (e != epoch || g != group || u != updates || s != steps) {
                throw new IOException(f + " belongs to epoch " + e + " group " + g + " after " + u + " updates, the checkpoint is at epoch "
                        + epoch + " group " + group + " after " + updates);
            }
            double reward = in.readDouble(), critic = in.readDouble(), actor = in.readDouble(), session = in.readDouble(), clone = in.readDouble();
            SequenceReplay replay = checked(ReplayIO.read(in, f.toString()), a, f);
            SequenceReplay demo = in.readBoolean() ? checked(ReplayIO.read(in, f.toString()), a, f) : null;
            if (in.readInt() != END) throw new IOException(f + " is corrupt (no end marker)");
            if (in.read() != -1) throw new IOException(f + " is corrupt (data after the end marker)"); // also checks the gzip CRC
            return new TrainMemory(replay, demo, reward, critic, actor, session, clone);
        } catch (EOFException e) {
            throw new IOException(f + " is truncated", e);
        } catch (ZipException e) {
            throw new IOException(f + " is corrupt: " + e.getMessage(), e);
        }
    }

    private static SequenceReplay checked(SequenceReplay r, QtNetAgent a, Path f) throws IOException {
        if (r.observationSize() != a.observationSize() || r.stateSize() != a.stateSize()) {
            throw new IOException(f + " holds steps of observation/state size " + r.observationSize() + "/" + r.stateSize()
                    + ", the model's network has " + a.observationSize() + "/" + a.stateSize());
        }
        return r;
    }

    private static void writeStamp(DataOutputStream out, TrainCheckpoint c) throws IOException {
        out.writeInt(c.epoch());
        out.writeInt(c.group());
        out.writeLong(c.updates());
        out.writeLong(c.envSteps());
    }

    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    static void writeAtomically(Path f, boolean gzip, Writer w) throws IOException {
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        OutputStream raw = Files.newOutputStream(tmp);
        OutputStream os = gzip ? new GZIPOutputStream(raw, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED); // replay memories are mostly float noise: speed over ratio
            }
        } : raw;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            w.write(out);
        }
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static DataInputStream open(Path f, boolean gzip) throws IOException {
        InputStream raw = Files.newInputStream(f);
        return new DataInputStream(new BufferedInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16));
    }

    private static void writeAdam(DataOutputStream out, AdamOptimizer a) throws IOException {
        out.writeLong(a.steps());
        ParamsIO.write(out, a.firstMoments());
        ParamsIO.write(out, a.secondMoments());
    }

    private static void readAdam(DataInputStream in, AdamOptimizer a, String source) throws IOException {
        long steps = in.readLong();
        try {
            a.restore(steps, ParamsIO.read(in, source), ParamsIO.read(in, source));
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }
}
