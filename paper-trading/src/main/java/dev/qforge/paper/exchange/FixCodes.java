package dev.qforge.paper.exchange;

import dev.qforge.backtest.order.Order;
import dev.qforge.paper.FixFields;

final class FixCodes {

    private FixCodes() {
    }

    static char status(Order o) {
        return FixFields.ordStatus(o.status());
    }
}
