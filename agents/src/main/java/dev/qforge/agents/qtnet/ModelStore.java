package dev.qforge.agents.qtnet;

import dev.qforge.data.store.Database;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * QTNet models in H2 (table {@code qtnet_model}, migrated with Flyway from {@code db/migration/agents}) with their
 * weights in files under {@code root/<id>/}: {@code model.bin} (the online networks after the latest completed
 * checkpoint) and {@code checkpoint.bin} with its {@code memory-*.bin.gz} (online and target networks, both Adam
 * states, the position in the run, both replay memories: see {@link CheckpointFiles}). Files are written to a
 * temporary name and moved into place, so an interruption never leaves a half-written checkpoint. A model's id is derived from its config, data fingerprint, period and seed, so training the same
 * thing again finds the earlier run and resumes it.
 */
public final class ModelStore {

    private final Database db;
    private final Path root;
    private final Clock clock;

    public ModelStore(Database db, Path root, Clock clock) {
        this.db = db;
        this.root = root;
        this.clock = clock;
        db.migrate("agents");
    }

    public Path root() {
        return root;
    }

    /** The id a model of this config, data and period gets. */
    public static String idFor(TrainConfig config, String fingerprint, long trainFrom, long trainUntil) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((TrainConfigCodec.encode(config) + "|" + fingerprint + "|" + trainFrom + "|" + trainUntil).getBytes(StandardCharsets.UTF_8));
            return config.variant().name().toLowerCase(java.util.Locale.ROOT) + "-" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a new model (status {@code training}) or returns the existing one with the same id. */
    public StoredModel register(TrainConfig config, String symbol, String fingerprint, String source, long trainFrom, long trainUntil) {
        String id = idFor(config, fingerprint, trainFrom, trainUntil);
        Optional<StoredModel> existing = find(id);
        if (existing.isPresent()) return existing.get();
        long now = clock.millis();
        sql("INSERT INTO qtnet_model (id, variant, symbol, data_fingerprint, data_source, seed, train_from, train_until, config,"
                + " weights_dir, status, epochs_done, updates, env_steps, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,'training',0,0,0,?,?)", ps -> {
            ps.setString(1, id);
            ps.setString(2, config.variant().label());
            ps.setString(3, symbol);
            ps.setString(4, fingerprint);
            ps.setString(5, source);
            ps.setLong(6, config.seed());
            ps.setLong(7, trainFrom);
            ps.setLong(8, trainUntil);
            ps.setString(9, TrainConfigCodec.encode(config));
            ps.setString(10, root.resolve(id).toString());
            ps.setLong(11, now);
            ps.setLong(12, now);
            ps.executeUpdate();
        });
        return find(id).orElseThrow();
    }

    /** Writes a checkpoint's files and records its progress ({@code complete} once the last epoch is done). */
    public void checkpoint(String id, TrainCheckpoint c, boolean last) {
        StoredModel m = find(id).orElseThrow(() -> new IllegalArgumentException("no QTNet model " + id));
        QtNetAgent a = c.agent();
        try {
            CheckpointFiles.write(m.weightsDir(), c);
            CheckpointFiles.writeAtomically(m.weightsDir().resolve("model.bin"), false, out -> ParamsIO.write(out, a.online().arrays()));
        } catch (IOException e) {
            throw new UncheckedIOException("writing the checkpoint of " + id + " under " + m.weightsDir() + " failed", e);
        }
        sql("UPDATE qtnet_model SET status = ?, epochs_done = ?, updates = ?, env_steps = ?, updated_at = ? WHERE id = ?", ps -> {
            ps.setString(1, last ? "complete" : "training");
            ps.setInt(2, c.epoch());
            ps.setLong(3, c.updates());
            ps.setLong(4, c.envSteps());
            ps.setLong(5, clock.millis());
            ps.setString(6, id);
            ps.executeUpdate();
        });
    }

    /** The trained policy of a model (its {@code model.bin}). */
    public QtNetAgent loadAgent(StoredModel m) {
        TrainConfig c = m.config();
        QtNetAgent a = new QtNetAgent(c.network(), c.env().observationSize(), c.seqLen(), c.seed());
        Path f = m.weightsDir().resolve("model.bin");
        try (DataInputStream in = CheckpointFiles.open(f, false)) {
            ParamsIO.assign(a.online(), ParamsIO.read(in, f.toString()), f.toString());
            a.target().assign(a.online());
        } catch (IOException e) {
            throw new UncheckedIOException("loading the weights of model " + m.id() + " from " + f + " failed", e);
        }
        a.invalidatePolicy();
        return a;
    }

    /** The latest checkpoint of a model, or empty when it has none yet. */
    public Optional<TrainCheckpoint> loadCheckpoint(StoredModel m) {
        try {
            return Optional.ofNullable(CheckpointFiles.read(m.weightsDir(), m.config()));
        } catch (IOException e) {
            throw new UncheckedIOException("loading the checkpoint of model " + m.id() + " from " + m.weightsDir() + " failed: " + e.getMessage(), e);
        }
    }

    public Optional<StoredModel> find(String id) {
        List<StoredModel> l = query("SELECT * FROM qtnet_model WHERE id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    public List<StoredModel> list() {
        return query("SELECT * FROM qtnet_model ORDER BY created_at, id", null);
    }

    private List<StoredModel> query(String q, String arg) {
        List<StoredModel> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(q)) {
            if (arg != null) ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TrainConfig cfg = TrainConfigCodec.decode(rs.getString("config"));
                    out.add(new StoredModel(rs.getString("id"), cfg.variant(), rs.getString("symbol"), rs.getString("data_fingerprint"),
                            rs.getString("data_source"), rs.getLong("seed"), rs.getLong("train_from"), rs.getLong("train_until"), cfg,
                            Path.of(rs.getString("weights_dir")), rs.getString("status"), rs.getInt("epochs_done"),
                            rs.getLong("updates"), rs.getLong("env_steps")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading QTNet models from " + db.url() + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void sql(String q, Binder b) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(q)) {
            b.bind(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("writing QTNet models to " + db.url() + " failed: " + e.getMessage(), e);
        }
    }

}
