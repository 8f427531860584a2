package dev.qforge.cli;

import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.portfolio.Portfolio;
import dev.qforge.backtest.portfolio.Position;
import dev.qforge.data.store.Database;
import dev.qforge.paper.PaperDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code qforge paper orders|fills|status}: what the trading client recorded in H2, for one run (default: the latest). */
final class PaperRecordsCommand {

    private PaperRecordsCommand() {
    }

    static String fillLine(Fill f) {
        return String.format(Locale.ROOT, "fill  %s  %-4s %-8s %12s @ %-12s fee %.2f", Times.show(f.time(), ZoneOffset.UTC), f.side(),
                f.symbol(), num(f.quantity()), num(f.price()), f.commission());
    }

    static void summary(PrintWriter out, Portfolio p, int fills, int bars) {
        out.printf(Locale.ROOT, "%d bars, %d fills; cash %.2f, equity %.2f (%+.2f%% on %.2f), fees %.2f%n", bars, fills, p.cash(), p.equity(),
                100 * (p.equity() / p.initialCash() - 1), p.initialCash(), p.fees());
        for (Position pos : p.positions()) {
            if (pos.quantity() != 0) out.printf(Locale.ROOT, "  %-8s %12s @ avg %s%n", pos.symbol(), num(pos.quantity()), num(pos.avgPrice()));
        }
        out.flush();
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6g", v);
    }

    abstract static class Base implements Runnable {
        @Spec CommandSpec spec;
        @Option(names = "--run", description = "Run id (default: the latest run).") String run;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        abstract String sql();

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database d = Database.open(CliGlobals.db()); PaperDatabase db = PaperDatabase.of(d); Connection c = db.dataSource().getConnection()) {
                String id = run != null ? run : latest(c);
                if (id == null) {
                    out.println("no paper runs yet: try 'qforge paper demo'");
                    return;
                }
                if (run != null && !exists(c, run)) {
                    // a mistyped id would otherwise print an empty table, as if the run had no orders
                    String last = latest(c);
                    throw new IllegalArgumentException("no paper run '" + run + "' in " + CliGlobals.db()
                            + (last == null ? "; there are no runs yet" : "; the latest is '" + last + "'"));
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                List<String> cols = new ArrayList<>();
                try (PreparedStatement q = c.prepareStatement(sql())) {
                    q.setString(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        ResultSetMetaData md = rs.getMetaData();
                        for (int k = 1; k <= md.getColumnCount(); k++) cols.add(md.getColumnLabel(k).toLowerCase(Locale.ROOT));
                        while (rs.next()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int k = 1; k <= cols.size(); k++) row.put(cols.get(k - 1), rs.getObject(k));
                            rows.add(row);
                        }
                    }
                }
                if (json) {
                    Json.print(out, Map.of("run", id, "rows", rows));
                    return;
                }
                out.println("run " + id);
                TextTable t = new TextTable(cols.toArray(String[]::new));
                for (Map<String, Object> r : rows) {
                    Object[] cells = new Object[cols.size()];
                    int k = 0;
                    for (Map.Entry<String, Object> e : r.entrySet()) {
                        // times are epoch millis in the tables; show them as UTC date-times
                        cells[k++] = e.getKey().endsWith("_time") && e.getValue() instanceof Long ms ? Times.show(ms, ZoneOffset.UTC) : cell(e.getValue());
                    }
                    t.row(cells);
                }
                t.print(out);
            } catch (SQLException e) {
                throw new IllegalStateException("reading paper records: " + e.getMessage(), e);
            }
        }
    }

    private static Object cell(Object v) {
        if (v instanceof Double d) return num(d);
        return v == null ? "" : v;
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM paper_run WHERE run_id = ? UNION ALL"
                + " SELECT 1 FROM paper_order WHERE run_id = ? LIMIT 1")) {
            q.setString(1, id);
            q.setString(2, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String latest(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT run_id FROM paper_run ORDER BY updated_at DESC LIMIT 1");
             ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Command(name = "orders", mixinStandardHelpOptions = true, description = "Orders of a paper run with their final state.")
    static final class Orders extends Base {
        @Override
        String sql() {
            return "SELECT order_id AS id, cl_ord_id, symbol, side, order_type AS type, quantity, limit_price AS limit_px, stop_price AS stop_px,"
                    + " status, filled, avg_price, reason FROM paper_order WHERE run_id = ? ORDER BY order_id";
        }
    }

    @Command(name = "fills", mixinStandardHelpOptions = true, description = "Fills of a paper run, by ExecID.")
    static final class Fills extends Base {
        @Override
        String sql() {
            return "SELECT exec_id, order_id, symbol, side, quantity, price, commission, fill_time FROM paper_fill WHERE run_id = ? ORDER BY fill_time, exec_id";
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "State, cash, equity and positions of a paper run.")
    static final class Status extends Base {
        @Override
        String sql() {
            return "SELECT r.state, r.strategy, r.bars, r.cash, r.equity, p.symbol, p.quantity, p.avg_price, p.last_price, p.realized_pnl"
                    + " FROM paper_run r LEFT JOIN paper_position p ON p.run_id = r.run_id WHERE r.run_id = ? ORDER BY p.symbol";
        }
    }
}
