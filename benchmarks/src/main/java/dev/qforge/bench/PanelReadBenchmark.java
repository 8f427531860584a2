package dev.qforge.bench;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Panel;
import dev.qforge.data.Timeframe;
import dev.qforge.data.store.BarStore;
import dev.qforge.data.store.Database;
import dev.qforge.data.store.SourceInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: reading every stored daily bar of {@code symbols} synthetic instruments (2,500 bars each, in-memory H2)
 * into an aligned {@link Panel} through {@link BarStore#loadPanel}, against the plain peer reading the same rows
 * from a bare table into arrays ({@link PlainJdbc#readAll}). Run with
 * {@code java -cp <classpath> org.openjdk.jmh.Main PanelReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class PanelReadBenchmark {

    static final int BARS = 2_500;

    @Param({"100"})
    public int symbols;

    private Database db;
    private BarStore store;
    private Connection plain;

    @Setup(Level.Trial)
    public void fill() throws SQLException {
        db = Database.inMemory("jmh-panel-" + System.nanoTime());
        store = new BarStore(db, Clock.systemUTC());
        plain = db.connect();
        PlainJdbc.createTable(plain);
        for (int s = 0; s < symbols; s++) {
            int n = BARS - s; // ragged starts, so the panel has NaN cells
            long[] t = new long[n];
            double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = (long) (s + i) * 86_400_000L;
                c[i] = 100 + s + Math.sin(i * 0.1);
                o[i] = c[i] - 0.5;
                h[i] = c[i] + 1;
                l[i] = c[i] - 1;
                v[i] = 1e6 + i;
            }
            store.save(BarSeries.of(Instrument.usEquity("S" + s), Timeframe.D1, t, o, h, l, c, v), SourceInfo.of("jmh"));
            PlainJdbc.insert(plain, s, new PlainCsv.Columns(n, t, o, h, l, c, v));
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        plain.close();
        db.close();
    }

    @Benchmark
    public Panel qforgeLoadPanel() {
        return store.loadPanel(Timeframe.D1, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Benchmark
    public PlainJdbc.Rows plainReadAll() throws SQLException {
        return PlainJdbc.readAll(plain);
    }
}
