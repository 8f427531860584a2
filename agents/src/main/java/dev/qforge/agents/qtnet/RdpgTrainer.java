package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.DualThrustSignals;
import dev.qforge.agents.env.HindsightExpert;
import dev.qforge.agents.env.TradingData;
import dev.qforge.agents.replay.Batches;
import dev.qforge.agents.replay.Episode;
import dev.qforge.agents.replay.SequenceBatch;
import dev.qforge.agents.replay.SequenceReplay;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains QTNet (or one of its ablation {@link Variant}s) on the sessions of a training period.
 *
 * <p>Each epoch shuffles the training sessions and plays them in groups of {@code parallelSessions} with
 * exploration noise; the group's episodes go to the agent replay, then updates run on batches of sequences. With a
 * demonstration buffer, the Dual Thrust episodes of the training sessions (played once at the start, from each
 * session's first breakout on) fill a separate prioritised replay, and a share {@code demoFraction} of every batch
 * comes from it; its priorities follow the sequences' TD errors. The hindsight expert's labels ride along with
 * every stored step, only as the behaviour-cloning target.
 *
 * <p>Deterministic for a seed: the session order of epoch {@code e} and all noise and sampling of group {@code g}
 * come from generators seeded by {@code (seed, e, g)}, so a run resumed from a {@link TrainCheckpoint} replays the
 * same schedule; with the {@link TrainMemory} it carries (both replays and the running averages) it continues
 * bit-identically to a run that was never interrupted.
 */
public final class RdpgTrainer {

    private final TrainConfig config;
    private final TradingData data;
    private final List<Integer> sessions;
    private final int[] expert;

    public RdpgTrainer(TrainConfig config, TradingData data, List<Integer> trainSessions) {
        if (trainSessions.isEmpty()) throw new IllegalArgumentException("no tradable training session in the data (too short for the "
                + data.config().dtSessions() + "-session Dual Thrust warm-up and the " + data.config().window() + "-bar window?)");
        this.config = config;
        this.data = data;
        this.sessions = List.copyOf(trainSessions);
        this.expert = HindsightExpert.labels(data);
    }

    public QtNetAgent newAgent() {
        Nd4j.getRandom().setSeed(config.seed());
        return new QtNetAgent(config.network(), data.config().observationSize(), config.seqLen(), config.seed());
    }

    private int groups() {
        return (sessions.size() + config.parallelSessions() - 1) / config.parallelSessions();
    }

    /** About how many updates the whole run makes (for progress bars). */
    public long plannedUpdates() {
        long total = 0;
        for (int g = 0; g < groups(); g++) {
            long steps = 0;
            for (int s : group(sessions, g)) steps += data.sessions().end(s) - data.firstDecision(s);
            total += Math.max(1, Math.round(steps * config.updatesPerStep() / config.batch()));
        }
        return total * config.epochs();
    }

    /** Trains a fresh agent. */
    public QtNetAgent train(TrainListener listener) {
        return resume(new TrainCheckpoint(newAgent(), 0, 0, 0, 0), listener);
    }

    /** Continues a run from a checkpoint (a fresh run starts from epoch 0, group 0). */
    public QtNetAgent resume(TrainCheckpoint from, TrainListener listener) {
        QtNetAgent agent = from.agent();
        Nd4j.getRandom().setSeed(config.seed() + 31L * from.epoch() + from.group());
        int stateSize = agent.stateSize(), obsSize = agent.observationSize();
        TrainMemory mem = from.memory();
        SequenceReplay replay = mem != null ? mem.replay() : SequenceReplay.uniform(config.replayCapacity(), obsSize, 2, stateSize);
        SequenceReplay demo = mem != null ? mem.demo() : null;
        if (mem == null && config.variant().demoBuffer) {
            demo = new SequenceReplay(config.demoCapacity(), obsSize, 2, stateSize, config.priorityAlpha(), config.priorityBeta());
            int[] dt = DualThrustSignals.positions(data);
            for (int g = 0; g < groups(); g++) {
                for (Episode e : Rollout.play(agent, data, group(sessions, g), expert, dt, 0, new Random(0)).episodes()) {
                    if (e.size() > 0) demo.add(e);
                }
            }
            if (demo.size() == 0) demo = null; // Dual Thrust never traded in the training period
        }
        long updates = from.updates(), steps = from.envSteps();
        long totalUpdates = plannedUpdates();
        double reward = 0, criticLoss = 0, actorLoss = 0, sessionReturn = 0, clone = 0;
        if (mem != null) {
            reward = mem.reward();
            criticLoss = mem.criticLoss();
            actorLoss = mem.actorLoss();
            sessionReturn = mem.sessionReturn();
            clone = mem.cloneShare();
        }
        long lastCheckpoint = updates;
        for (int epoch = from.epoch(); epoch < config.epochs(); epoch++) {
            List<Integer> order = new ArrayList<>(sessions);
            Collections.shuffle(order, new Random(mix(config.seed(), epoch, -1)));
            for (int g = epoch == from.epoch() ? from.group() : 0; g < groups(); g++) {
                Random rnd = new Random(mix(config.seed(), epoch, g));
                double progress = (epoch * groups() + g) / (double) (config.epochs() * groups());
                double noise = config.noiseStart() + (config.noiseEnd() - config.noiseStart()) * progress;
                Rollout.Result r = Rollout.play(agent, data, group(order, g), expert, null, noise, rnd);
                for (Episode e : r.episodes()) replay.add(e);
                steps += r.steps();
                sessionReturn = r.returnSum() / r.episodes().size();
                reward = updates == 0 ? r.rewardSum() / r.steps() : 0.95 * reward + 0.05 * r.rewardSum() / r.steps();
                long n = Math.max(1, Math.round(r.steps() * config.updatesPerStep() / config.batch()));
                for (long u = 0; u < n; u++) {
                    QtNetAgent.UpdateStats st = update(agent, replay, demo, rnd);
                    criticLoss = updates == 0 ? st.criticLoss() : 0.95 * criticLoss + 0.05 * st.criticLoss();
                    actorLoss = updates == 0 ? st.actorLoss() : 0.95 * actorLoss + 0.05 * st.actorLoss();
                    clone = st.cloneShare();
                    updates++;
                    listener.onUpdate(new TrainProgress(epoch, config.epochs(), updates, Math.max(totalUpdates, updates), steps,
                            reward, criticLoss, actorLoss, sessionReturn, clone));
                }
                boolean epochEnd = g == groups() - 1;
                if (epochEnd || (config.checkpointEvery() > 0 && updates - lastCheckpoint >= config.checkpointEvery())) {
                    TrainMemory m = new TrainMemory(replay, demo, reward, criticLoss, actorLoss, sessionReturn, clone);
                    listener.onCheckpoint(epochEnd ? new TrainCheckpoint(agent, epoch + 1, 0, updates, steps, m)
                            : new TrainCheckpoint(agent, epoch, g + 1, updates, steps, m));
                    lastCheckpoint = updates;
                }
            }
        }
        return agent;
    }

    private QtNetAgent.UpdateStats update(QtNetAgent agent, SequenceReplay replay, SequenceReplay demo, Random rnd) {
        int len = config.seqLen() + 1;
        Variant v = config.variant();
        int fromDemo = demo == null ? 0 : (int) Math.round(config.batch() * config.demoFraction());
        SequenceBatch a = replay.sample(config.batch() - fromDemo, len, rnd);
        SequenceBatch b = fromDemo > 0 ? demo.sample(fromDemo, len, rnd) : null;
        SequenceBatch batch = b == null ? a : Batches.concat(a, b);
        double rl = v.cloning ? config.rlWeight() : 1.0;
        double bc = v.cloning ? config.bcWeight() : 0.0;
        QtNetAgent.UpdateStats st = agent.update(batch, config.gamma(), config.tau(), rl, bc, v.qFilter);
        if (b != null) {
            double[] p = new double[fromDemo];
            for (int j = 0; j < fromDemo; j++) p[j] = st.tdError()[a.batch + j] + 1e-3; // demonstrations keep a small bonus
            demo.updatePriorities(b.index, p);
        }
        return st;
    }

    private List<Integer> group(List<Integer> order, int g) {
        int from = g * config.parallelSessions();
        return order.subList(from, Math.min(order.size(), from + config.parallelSessions()));
    }

    private static long mix(long seed, int epoch, int group) {
        long h = seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + group * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
