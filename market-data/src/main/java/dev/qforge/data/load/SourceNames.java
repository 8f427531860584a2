package dev.qforge.data.load;

import java.util.Locale;

/**
 * Derives a symbol from a file name: {@code AAPL.csv.gz -> AAPL}, {@code BTCUSDT_1m_2023...csv.gz -> BTCUSDT},
 * {@code YahooFinance-FCOM-PT1D-... -> FCOM}, {@code Coinbase-BTC-USD-PT4H-... -> BTC-USD},
 * {@code ETH-USD-PT5M-... -> ETH-USD}, {@code nt-spy-minute-2011-01.csv -> SPY}. Rules: drop the
 * extensions; a name with an ISO-8601 period part ({@code -PT..}) keeps what precedes it, less a leading
 * provider word in mixed case; otherwise the first token before {@code _} or {@code -} (after a leading
 * {@code nt-}). The result is upper case.
 */
public final class SourceNames {

    private SourceNames() {
    }

    public static String symbolOf(String fileName) {
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) n = n.substring(0, n.length() - 3);
        for (String ext : new String[] {".csv", ".json", ".txt", ".tsv"}) {
            if (n.toLowerCase(Locale.ROOT).endsWith(ext)) n = n.substring(0, n.length() - ext.length());
        }
        int pt = n.indexOf("-PT");
        if (pt > 0) {
            String head = n.substring(0, pt);
            int dash = head.indexOf('-');
            if (dash > 0) {
                String word = head.substring(0, dash);
                if (!word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT))) head = head.substring(dash + 1);
            }
            return head.toUpperCase(Locale.ROOT);
        }
        if (n.toLowerCase(Locale.ROOT).startsWith("nt-")) n = n.substring(3);
        String[] tokens = n.split("[_\\-]");
        String s = tokens.length > 0 && !tokens[0].isEmpty() ? tokens[0] : n;
        return s.toUpperCase(Locale.ROOT);
    }
}
