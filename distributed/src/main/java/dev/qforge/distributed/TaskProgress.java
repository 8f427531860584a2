package dev.qforge.distributed;

import dev.qforge.backtest.sweep.Progress;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports a sweep's points as Spark finishes the tasks holding them, to a {@link Progress} (the command
 * line's bar). Only the stages of jobs in this run's job group count; a retried task counts once, when it
 * succeeds. Calls come from Spark's listener thread, one at a time, {@code done} rising by one each call.
 */
final class TaskProgress extends SparkListener implements AutoCloseable {

    private final SparkContext sc;
    private final Progress progress;
    private final String group = "qforge-" + UUID.randomUUID();
    private final int total, tasks;
    private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
    private final Set<Integer> counted = ConcurrentHashMap.newKeySet();
    private int done; // guarded by this
    private boolean finished; // guarded by this

    /** Starts listening; {@code total} points in {@code tasks} slices as {@code parallelize} cuts them. */
    TaskProgress(SparkEngine engine, Progress progress, int total, int tasks) {
        this.sc = engine.session().sparkContext();
        this.progress = progress;
        this.total = total;
        this.tasks = tasks;
        sc.setJobGroup(group, "qforge sweep", false);
        sc.addSparkListener(this);
    }

    @Override
    public void onJobStart(SparkListenerJobStart e) {
        if (e.properties() != null && group.equals(e.properties().getProperty("spark.jobGroup.id"))) {
            for (Object id : scala.jdk.javaapi.CollectionConverters.asJava(e.stageIds())) stages.add((Integer) id);
        }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd e) {
        int slice = e.taskInfo().index();
        if (finished || !stages.contains(e.stageId()) || !e.taskInfo().successful() || !counted.add(slice)) return;
        // ParallelCollectionRDD's slice i holds positions [i * n / k, (i + 1) * n / k)
        long from = (long) slice * total / tasks, to = (long) (slice + 1) * total / tasks;
        for (long i = from; i < to; i++) progress.step(++done, total);
    }

    /**
     * The job has returned every result: reports the points whose task-end events Spark's listener bus has not
     * delivered yet (it runs behind the job), so the bar ends at the total.
     */
    synchronized void finish() {
        finished = true;
        while (done < total) progress.step(++done, total);
    }

    @Override
    public void close() {
        sc.removeSparkListener(this);
        sc.clearJobGroup();
    }
}
