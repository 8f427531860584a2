package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.TradingData;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Fingerprint;

import java.util.List;
import java.util.Optional;

/**
 * A training run backed by a {@link ModelStore}: registers the model (config, data fingerprint, seed, period),
 * resumes from its latest checkpoint when an earlier run of the same model was interrupted, writes checkpoints
 * as the trainer reaches them and marks the model complete at the end. A model that is already complete is
 * returned as it is.
 */
public final class QtNetTraining {

    private QtNetTraining() {
    }

    /** Trains on the sessions of {@code series} that start in {@code [trainFrom, trainUntil)}. */
    public static StoredModel train(ModelStore store, BarSeries series, String source, TrainConfig config, long trainFrom,
                                    long trainUntil, TrainListener listener) {
        TradingData data = new TradingData(series, config.env());
        List<Integer> sessions = data.tradableSessions(trainFrom, trainUntil);
        RdpgTrainer trainer = new RdpgTrainer(config, data, sessions);
        StoredModel m = store.register(config, series.symbol(), Fingerprint.of(series), source, trainFrom, trainUntil);
        if (m.complete()) return m;
        Optional<TrainCheckpoint> from = store.loadCheckpoint(m);
        if (from.isPresent() && from.get().epoch() >= config.epochs()) {
            // training had finished but its row was not updated (a process ended before H2 kept the last commits):
            // the final checkpoint on disk is the model, so record it instead of training on
            store.checkpoint(m.id(), from.get(), true);
            return store.find(m.id()).orElseThrow();
        }
        TrainListener saving = new TrainListener() {
            @Override
            public void onUpdate(TrainProgress p) {
                listener.onUpdate(p);
            }

            @Override
            public void onCheckpoint(TrainCheckpoint c) {
                store.checkpoint(m.id(), c, c.epoch() >= config.epochs());
                listener.onCheckpoint(c);
            }
        };
        if (from.isPresent()) trainer.resume(from.get(), saving);
        else trainer.train(saving);
        return store.find(m.id()).orElseThrow();
    }
}
