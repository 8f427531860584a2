package dev.qforge.agents.qtnet;

/** Receives a training run's progress (for a progress bar) and its checkpoints (for a model store). */
public interface TrainListener {

    default void onUpdate(TrainProgress p) {
    }

    /** Called at a resumable point: the next group to run is {@code group} of epoch {@code epoch} (0-based). */
    default void onCheckpoint(TrainCheckpoint checkpoint) {
    }

    TrainListener NONE = new TrainListener() {
    };
}
