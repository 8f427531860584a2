package dev.qforge.distributed;

import dev.qforge.backtest.sweep.SweepPoint;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.Duration;
import java.util.Map;

/** The Spark schema of sweep results, and the point a result row stands for. */
final class SweepRows {

    // A work unit is a row (window (0 for a plain sweep), grid index, parameters as a Map<String, String>) of
    // an RDD: it is only shipped and read, so it needs no Catalyst schema.

    /** A scored point, the fields of {@link SweepPoint} (NaN score, equity and pnl for a point that did not run). */
    static final StructType RESULTS = new StructType()
            .add("window", DataTypes.IntegerType, false)
            .add("index", DataTypes.IntegerType, false)
            .add("status", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("finalEquity", DataTypes.DoubleType, false)
            .add("pnl", DataTypes.DoubleType, false)
            .add("fills", DataTypes.IntegerType, false)
            .add("error", DataTypes.StringType, true)
            .add("elapsedNanos", DataTypes.LongType, false);

    private SweepRows() {
    }

    /** The point of a result row, with the driver's own parameter map (typed values, grid order). */
    static SweepPoint point(Row r, Map<String, Object> params) {
        return new SweepPoint(r.getInt(1), params, SweepPoint.Status.valueOf(r.getString(2)), r.getDouble(3), r.getDouble(4),
                r.getDouble(5), r.getInt(6), r.isNullAt(7) ? null : r.getString(7), Duration.ofNanos(r.getLong(8)));
    }
}
