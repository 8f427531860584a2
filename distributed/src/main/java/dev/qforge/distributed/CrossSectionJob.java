package dev.qforge.distributed;

import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.expr.Node;
import dev.qforge.factors.expr.Operator;
import dev.qforge.factors.ops.CrossSection;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Cross-sectional factors on Spark in two stages with a shuffle between them. Stage one computes each
 * operator's argument (a time-series expression) per instrument block, as {@link FactorBlockJob} does, and
 * cuts every block into date chunks; the shuffle regroups the pieces by date chunk, so that a stage-two task
 * holds every instrument of its dates and applies {@link CrossSection#rank} or {@link CrossSection#zscore}
 * there. Those operators treat each date on its own and visit instruments in column order, so a chunk gives
 * the very values the whole panel gives.
 *
 * <p>Supported shape: the cross-sectional operator at the root of the expression, over an argument without
 * cross-sectional operators ({@code CSRank(Mean($close, 5) / $close)}, Qlib's CSRankNorm/CSZScoreNorm of a
 * feature). Other shapes are refused with a message by {@link #of}.
 *
 * @param ops       per expression, the operator name ({@code CSRANK} or {@code CSZSCORE})
 * @param chunkRows dates per chunk
 */
record CrossSectionJob(FactorBlockJob stageOne, List<String> ops, int rows, int cols, int chunkRows) implements Serializable {

    /** The job for {@code exprs} (all cross-sectional); throws naming an expression of another shape. */
    static CrossSectionJob of(UniverseRef universe, List<Expression> exprs, int rows, int cols, int chunks) {
        List<String> inner = new ArrayList<>(), ops = new ArrayList<>();
        for (Expression e : exprs) {
            if (!(e.root() instanceof Node.Apply a) || !a.op().crossSectional() || containsCrossSection(a.arg(0))) {
                throw new IllegalArgumentException("--engine spark computes a cross-sectional factor when CSRank or CSZScore is its outermost "
                        + "operator over a time-series expression (e.g. CSRank(Mean($close, 5))); " + e.text() + " is not of that shape: "
                        + "compute it with --engine local");
            }
            inner.add(a.arg(0).toString());
            ops.add(a.op().name());
        }
        int chunkRows = Math.max(1, (rows + chunks - 1) / chunks);
        return new CrossSectionJob(new FactorBlockJob(universe, inner), ops, rows, cols, chunkRows);
    }

    private static boolean containsCrossSection(Node n) {
        if (n instanceof Node.Apply a) {
            if (a.op().crossSectional()) return true;
            for (Node c : a.args()) if (containsCrossSection(c)) return true;
        }
        return false;
    }

    int chunks() {
        return (rows + chunkRows - 1) / chunkRows;
    }

    /** Runs both stages over {@code blocks} (rows of first column, columns); returns each expression's values, instrument-major. */
    double[][] run(JavaRDD<Row> blocks) {
        JavaRDD<Row> argValues = blocks.mapPartitions(stageOne::run);
        JavaPairRDD<Integer, Piece> pieces = argValues.flatMapToPair(this::cut);
        JavaPairRDD<Integer, byte[]> done = pieces.groupByKey(chunks()).mapValues(this::apply).sortByKey();
        double[][] out = new double[ops.size()][rows * cols];
        Iterator<Tuple2<Integer, byte[]>> it = done.toLocalIterator();
        while (it.hasNext()) {
            Tuple2<Integer, byte[]> t = it.next();
            int r0 = t._1() * chunkRows, len = Math.min(chunkRows, rows - r0);
            double[][] v = FactorBlockJob.decode(t._2());
            for (int e = 0; e < out.length; e++) {
                for (int c = 0; c < cols; c++) System.arraycopy(v[e], c * len, out[e], c * rows + r0, len);
            }
        }
        return out;
    }

    /** A block's values for the dates of one chunk: {@code values[e][c * len + r]}. */
    record Piece(int firstCol, int cols, byte[] values) implements Serializable {
    }

    private Iterator<Tuple2<Integer, Piece>> cut(Row block) {
        int c0 = block.getInt(0), n = block.getInt(1);
        double[][] v = FactorBlockJob.decode((byte[]) block.get(2));
        List<Tuple2<Integer, Piece>> out = new ArrayList<>();
        for (int j = 0; j < chunks(); j++) {
            int r0 = j * chunkRows, len = Math.min(chunkRows, rows - r0);
            double[][] part = new double[v.length][n * len];
            for (int e = 0; e < v.length; e++) {
                for (int c = 0; c < n; c++) System.arraycopy(v[e], c * rows + r0, part[e], c * len, len);
            }
            out.add(new Tuple2<>(j, new Piece(c0, n, FactorBlockJob.encode(part))));
        }
        return out.iterator();
    }

    /** Every instrument of one date chunk together: the cross-sectional operator, date by date. */
    private byte[] apply(Iterable<Piece> parts) {
        List<Piece> list = new ArrayList<>();
        parts.forEach(list::add);
        int len = -1;
        double[][] x = new double[ops.size()][];
        for (Piece p : list) {
            double[][] v = FactorBlockJob.decode(p.values());
            int l = v.length == 0 || p.cols() == 0 ? 0 : v[0].length / p.cols();
            if (len < 0) {
                len = l;
                for (int e = 0; e < x.length; e++) x[e] = new double[cols * len];
            }
            for (int e = 0; e < x.length; e++) System.arraycopy(v[e], 0, x[e], p.firstCol() * len, p.cols() * len);
        }
        int covered = list.stream().mapToInt(Piece::cols).sum();
        if (covered != cols) throw new IllegalStateException("a date chunk got " + covered + " of " + cols + " instruments");
        double[][] out = new double[x.length][];
        for (int e = 0; e < x.length; e++) {
            out[e] = new double[x[e].length];
            switch (Operator.valueOf(ops.get(e))) {
                case CSRANK -> CrossSection.rank(x[e], len, cols, out[e]);
                case CSZSCORE -> CrossSection.zscore(x[e], len, cols, out[e]);
                default -> throw new IllegalStateException("not a cross-sectional operator: " + ops.get(e));
            }
        }
        return FactorBlockJob.encode(out);
    }
}
