package dev.qforge.paper.exchange;

import quickfix.field.OrdRejReason;

/** Maps the venue's plain-language rejection reasons to FIX OrdRejReason codes (the Text keeps the words). */
final class RejectReasons {

    private RejectReasons() {
    }

    static int code(String reason) {
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        if (r.startsWith("unknown symbol")) return OrdRejReason.UNKNOWN_SYMBOL;
        if (r.startsWith("exchange closed")) return OrdRejReason.EXCHANGE_CLOSED;
        if (r.startsWith("duplicate")) return OrdRejReason.DUPLICATE_ORDER;
        if (r.startsWith("quantity")) return OrdRejReason.INCORRECT_QUANTITY;
        if (r.contains("leverage") || r.contains("buying power") || r.contains("short") || r.contains("exceed")) {
            return OrdRejReason.ORDER_EXCEEDS_LIMIT;
        }
        if (r.startsWith("unsupported")) return OrdRejReason.UNSUPPORTED_ORDER_CHARACTERISTIC;
        return OrdRejReason.OTHER;
    }
}
