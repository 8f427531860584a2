package dev.qforge.paper.exchange;

import dev.qforge.data.Bar;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The bars an exchange replays, merged in time order into steps: a step is one distinct close time and
 * the bars of every instrument closing then, exactly as the backtest engine steps through the same data.
 */
public final class BarTape {

    private final List<BarSeries> series;
    private final List<Instrument> instruments = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final long[] times;
    private final int[][] rows; // rows[step][instrument] = bar row, or -1 when the instrument has no bar then

    public BarTape(List<BarSeries> data) {
        if (data == null || data.isEmpty()) throw new IllegalArgumentException("no bars to replay");
        this.series = List.copyOf(data);
        TreeSet<Long> all = new TreeSet<>();
        for (BarSeries s : data) {
            if (s.isEmpty()) throw new IllegalArgumentException("series " + s.symbol() + " has no bars");
            if (index.putIfAbsent(s.symbol(), instruments.size()) != null) {
                throw new IllegalArgumentException("symbol " + s.symbol() + " appears twice in the replayed data");
            }
            instruments.add(s.instrument());
            for (long t : s.times()) all.add(t);
        }
        times = all.stream().mapToLong(Long::longValue).toArray();
        rows = new int[times.length][data.size()];
        int[] cursor = new int[data.size()];
        for (int k = 0; k < times.length; k++) {
            for (int i = 0; i < data.size(); i++) {
                BarSeries s = data.get(i);
                rows[k][i] = cursor[i] < s.size() && s.time(cursor[i]) == times[k] ? cursor[i]++ : -1;
            }
        }
    }

    public List<Instrument> instruments() {
        return List.copyOf(instruments);
    }

    public Map<String, Integer> index() {
        return Map.copyOf(index);
    }

    public Timeframe timeframe() {
        return series.get(0).timeframe();
    }

    public int steps() {
        return times.length;
    }

    public long time(int step) {
        return times[step];
    }

    /** The bar of instrument {@code i} closing at {@code step}, or null when it has none then. */
    public Bar bar(int step, int i) {
        int r = rows[step][i];
        return r < 0 ? null : series.get(i).bar(r);
    }

    public long firstTime() {
        return times[0];
    }
}
