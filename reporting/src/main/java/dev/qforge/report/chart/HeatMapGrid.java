package dev.qforge.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A grid of coloured cells with category axes: column {@code c} is centred at x = c, row {@code r} at
 * y = r, each cell one unit wide and high. Values are {@code z[row][column]}. Shared by the monthly
 * returns and parameter sweep heat maps.
 */
final class HeatMapGrid {

    static final Color OUTLINE = Color.BLACK;

    private final List<String> columns;
    private final List<String> rows;
    private final double[][] z;
    private final ColorScale scale;
    String xLabel = "";
    String yLabel = "";
    /** First row at the top (calendar-like) instead of at the bottom (graph-like). */
    boolean rowsTopDown;
    /** NaN cells are drawn in the scale's NaN paint; otherwise they are left out (blank). */
    boolean drawNaN;
    /** The text of a cell, null for no labels; called with NaN for NaN cells (null result: no label). */
    DoubleFunction<String> cellLabel;
    Font labelFont = new Font("SansSerif", Font.PLAIN, 10);
    /** The colour legend's axis label; null for no legend. */
    String legendLabel;
    NumberFormat legendFormat;
    /** {row, column} of a cell to outline, or null. */
    int[] outlined;

    HeatMapGrid(List<String> columns, List<String> rows, double[][] z, ColorScale scale) {
        this.columns = columns;
        this.rows = rows;
        this.z = z;
        this.scale = scale;
    }

    JFreeChart chart(String title) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        int n = 0;
        for (double[] row : z) for (double v : row) if (drawNaN || !Double.isNaN(v)) n++;
        double[][] xyz = new double[3][n];
        int k = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (!drawNaN && Double.isNaN(z[r][c])) continue;
                xyz[0][k] = c;
                xyz[1][k] = r;
                xyz[2][k++] = z[r][c];
            }
        }
        data.addSeries("cells", xyz);

        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        SymbolAxis x = axis(xLabel, columns);
        SymbolAxis y = axis(yLabel, rows);
        y.setInverted(rowsTopDown);
        XYPlot plot = ChartStyle.plot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlinePaint(Color.LIGHT_GRAY);
        if (cellLabel != null) addLabels(plot);
        if (outlined != null) {
            Rectangle2D cell = new Rectangle2D.Double(outlined[1] - 0.5, outlined[0] - 0.5, 1, 1);
            plot.addAnnotation(new XYShapeAnnotation(cell, new BasicStroke(3f), OUTLINE));
        }
        JFreeChart chart = ChartStyle.chart(title, plot, false);
        if (legendLabel != null) chart.addSubtitle(legend());
        return chart;
    }

    private void addLabels(XYPlot plot) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                String text = cellLabel.apply(z[r][c]);
                if (text == null) continue;
                XYTextAnnotation a = new XYTextAnnotation(text, c, r);
                a.setFont(labelFont);
                a.setPaint(ColorScale.textOn(Double.isNaN(z[r][c]) && !drawNaN ? Color.WHITE : scale.color(z[r][c])));
                plot.addAnnotation(a);
            }
        }
    }

    private PaintScaleLegend legend() {
        NumberAxis axis = new NumberAxis(legendLabel);
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        if (legendFormat != null) axis.setNumberFormatOverride(legendFormat);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(128);
        legend.setMargin(new RectangleInsets(10, 6, 10, 6));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    private static SymbolAxis axis(String label, List<String> names) {
        SymbolAxis axis = new SymbolAxis(label, names.toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, names.size() - 0.5);
        return axis;
    }
}
