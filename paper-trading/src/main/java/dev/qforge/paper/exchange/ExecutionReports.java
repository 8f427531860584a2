package dev.qforge.paper.exchange;

import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.paper.FixFields;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CommType;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LeavesQty;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrigClOrdID;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TransactTime;
import quickfix.fix44.ExecutionReport;
import quickfix.fix44.OrderCancelReject;

/**
 * Builds the exchange's FIX 4.4 execution reports from order snapshots. CumQty, LeavesQty and AvgPx come
 * from the snapshot (LeavesQty is 0 once the order is done, as FIX requires); a trade report carries the
 * fill's LastQty, LastPx and its commission as an absolute amount (CommType 3).
 */
final class ExecutionReports {

    private ExecutionReports() {
    }

    static ExecutionReport of(Order o, String orderId, String execId, char execType, String clOrdId, String origClOrdId,
                              Fill fill, String text) {
        OrderRequest r = o.request();
        double cum = o.filledQuantity();
        double leaves = o.isOpen() ? Math.max(0, r.quantity() - cum) : 0;
        // the fields are written as text: the typed field constructors format doubles through DecimalFormat and
        // timestamps through a formatter per call, the largest cost of building a report at load
        ExecutionReport m = new ExecutionReport();
        m.setString(OrderID.FIELD, orderId);
        m.setString(ExecID.FIELD, execId);
        m.setChar(ExecType.FIELD, execType);
        m.setChar(OrdStatus.FIELD, FixFields.ordStatus(o.status()));
        m.setChar(Side.FIELD, FixFields.side(r.side()));
        FixFields.setDecimal(m, LeavesQty.FIELD, leaves);
        FixFields.setDecimal(m, CumQty.FIELD, cum);
        FixFields.setDecimal(m, AvgPx.FIELD, cum > 0 ? o.avgFillPrice() : 0);
        m.setString(ClOrdID.FIELD, clOrdId);
        if (origClOrdId != null) m.setString(OrigClOrdID.FIELD, origClOrdId);
        m.setString(Symbol.FIELD, r.symbol());
        if (Double.isFinite(r.quantity())) FixFields.setDecimal(m, quickfix.field.OrderQty.FIELD, r.quantity());
        m.setChar(quickfix.field.OrdType.FIELD, FixFields.ordType(r.type()));
        m.setChar(quickfix.field.TimeInForce.FIELD, FixFields.tif(r.timeInForce()));
        if (r.type().needsLimitPrice() && Double.isFinite(r.limitPrice())) FixFields.setDecimal(m, quickfix.field.Price.FIELD, r.limitPrice());
        if (r.type().needsStopPrice() && Double.isFinite(r.stopPrice())) FixFields.setDecimal(m, quickfix.field.StopPx.FIELD, r.stopPrice());
        if (execType == ExecType.REJECTED) m.set(new OrdRejReason(RejectReasons.code(text)));
        if (fill != null) {
            FixFields.setDecimal(m, quickfix.field.LastQty.FIELD, fill.quantity());
            FixFields.setDecimal(m, quickfix.field.LastPx.FIELD, fill.price());
            FixFields.setDecimal(m, quickfix.field.Commission.FIELD, fill.commission());
            m.setChar(CommType.FIELD, CommType.ABSOLUTE);
            m.setString(TransactTime.FIELD, FixFields.utcTimestamp(fill.time()));
        } else {
            m.setString(TransactTime.FIELD, FixFields.utcTimestamp(o.updatedAt()));
        }
        if (text != null && !text.isEmpty()) m.setString(Text.FIELD, text);
        return m;
    }

    static ExecutionReport pending(Order o, String orderId, String execId, char execType, char ordStatus, String clOrdId,
                                   String origClOrdId) {
        ExecutionReport m = of(o, orderId, execId, execType, clOrdId, origClOrdId, null, "");
        m.set(new OrdStatus(ordStatus));
        return m;
    }

    /** The answer to a status request for an order the exchange does not know (FIX: OrdStatus Rejected). */
    static ExecutionReport unknownOrderStatus(String clOrdId, String execId) {
        ExecutionReport m = new ExecutionReport(new OrderID("NONE"), new ExecID(execId), new ExecType(ExecType.ORDER_STATUS),
                new OrdStatus(OrdStatus.REJECTED), new Side(Side.BUY), new LeavesQty(0), new CumQty(0), new AvgPx(0));
        m.set(new ClOrdID(clOrdId));
        m.set(new Symbol("[N/A]"));
        m.set(new OrdRejReason(OrdRejReason.UNKNOWN_ORDER));
        m.set(new Text("unknown order " + clOrdId));
        return m;
    }

    static Message cancelReject(String orderId, String clOrdId, String origClOrdId, char status, boolean cancel, int why,
                                String reason) {
        OrderCancelReject m = new OrderCancelReject(new OrderID(orderId), new ClOrdID(clOrdId),
                new OrigClOrdID(origClOrdId == null ? "NONE" : origClOrdId), new OrdStatus(status),
                new CxlRejResponseTo(cancel ? CxlRejResponseTo.ORDER_CANCEL_REQUEST : CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST));
        m.set(new CxlRejReason(why));
        m.set(new Text(reason));
        return m;
    }
}
