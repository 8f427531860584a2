package dev.qforge.factors.alpha;

import dev.qforge.factors.expr.Expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Qlib's Alpha158 feature set, generated the way {@code Alpha158DL.get_feature_config()} of
 * {@code qlib/contrib/data/loader.py} generates it with its default config: the 9 K-bar features, the
 * 4 price features {@code OPEN0 HIGH0 LOW0 VWAP0}, and 29 rolling families over windows 5, 10, 20, 30, 60
 * (9 + 4 + 29 x 5 = 158), in Qlib's order and with Qlib's names. The label is Qlib's default
 * {@code Ref($close, -2)/Ref($close, -1) - 1}: the return from the next close to the one after (a signal at
 * close t trades at close t+1).
 *
 * <p>Data without a {@code vwap} column get the typical price for {@code $vwap} (see
 * {@link dev.qforge.factors.eval.FactorData}).
 */
public final class Alpha158 {

    /** A named factor. */
    public record Feature(String name, Expression expression) {
    }

    public static final int[] WINDOWS = {5, 10, 20, 30, 60};
    public static final String LABEL_NAME = "LABEL0";
    public static final String LABEL = "Ref($close, -2)/Ref($close, -1) - 1";

    private Alpha158() {
    }

    public static Expression label() {
        return Expression.parse(LABEL);
    }

    public static List<Feature> features() {
        List<Feature> out = new ArrayList<>(158);
        add(out, "KMID", "($close-$open)/$open");
        add(out, "KLEN", "($high-$low)/$open");
        add(out, "KMID2", "($close-$open)/($high-$low+1e-12)");
        add(out, "KUP", "($high-Greater($open, $close))/$open");
        add(out, "KUP2", "($high-Greater($open, $close))/($high-$low+1e-12)");
        add(out, "KLOW", "(Less($open, $close)-$low)/$open");
        add(out, "KLOW2", "(Less($open, $close)-$low)/($high-$low+1e-12)");
        add(out, "KSFT", "(2*$close-$high-$low)/$open");
        add(out, "KSFT2", "(2*$close-$high-$low)/($high-$low+1e-12)");
        for (String f : new String[]{"open", "high", "low", "vwap"}) add(out, f.toUpperCase(java.util.Locale.ROOT) + "0", "$" + f + "/$close");
        rolling(out, "ROC", "Ref($close, %d)/$close");
        rolling(out, "MA", "Mean($close, %d)/$close");
        rolling(out, "STD", "Std($close, %d)/$close");
        rolling(out, "BETA", "Slope($close, %d)/$close");
        rolling(out, "RSQR", "Rsquare($close, %d)");
        rolling(out, "RESI", "Resi($close, %d)/$close");
        rolling(out, "MAX", "Max($high, %d)/$close");
        rolling(out, "MIN", "Min($low, %d)/$close");
        rolling(out, "QTLU", "Quantile($close, %d, 0.8)/$close");
        rolling(out, "QTLD", "Quantile($close, %d, 0.2)/$close");
        rolling(out, "RANK", "Rank($close, %d)");
        rolling(out, "RSV", "($close-Min($low, %1$d))/(Max($high, %1$d)-Min($low, %1$d)+1e-12)");
        rolling(out, "IMAX", "IdxMax($high, %1$d)/%1$d");
        rolling(out, "IMIN", "IdxMin($low, %1$d)/%1$d");
        rolling(out, "IMXD", "(IdxMax($high, %1$d)-IdxMin($low, %1$d))/%1$d");
        rolling(out, "CORR", "Corr($close, Log($volume+1), %d)");
        rolling(out, "CORD", "Corr($close/Ref($close,1), Log($volume/Ref($volume, 1)+1), %d)");
        rolling(out, "CNTP", "Mean($close>Ref($close, 1), %d)");
        rolling(out, "CNTN", "Mean($close<Ref($close, 1), %d)");
        rolling(out, "CNTD", "Mean($close>Ref($close, 1), %1$d)-Mean($close<Ref($close, 1), %1$d)");
        rolling(out, "SUMP", "Sum(Greater($close-Ref($close, 1), 0), %1$d)/(Sum(Abs($close-Ref($close, 1)), %1$d)+1e-12)");
        rolling(out, "SUMN", "Sum(Greater(Ref($close, 1)-$close, 0), %1$d)/(Sum(Abs($close-Ref($close, 1)), %1$d)+1e-12)");
        rolling(out, "SUMD", "(Sum(Greater($close-Ref($close, 1), 0), %1$d)-Sum(Greater(Ref($close, 1)-$close, 0), %1$d))"
                + "/(Sum(Abs($close-Ref($close, 1)), %1$d)+1e-12)");
        rolling(out, "VMA", "Mean($volume, %d)/($volume+1e-12)");
        rolling(out, "VSTD", "Std($volume, %d)/($volume+1e-12)");
        rolling(out, "WVMA", "Std(Abs($close/Ref($close, 1)-1)*$volume, %1$d)/(Mean(Abs($close/Ref($close, 1)-1)*$volume, %1$d)+1e-12)");
        rolling(out, "VSUMP", "Sum(Greater($volume-Ref($volume, 1), 0), %1$d)/(Sum(Abs($volume-Ref($volume, 1)), %1$d)+1e-12)");
        rolling(out, "VSUMN", "Sum(Greater(Ref($volume, 1)-$volume, 0), %1$d)/(Sum(Abs($volume-Ref($volume, 1)), %1$d)+1e-12)");
        rolling(out, "VSUMD", "(Sum(Greater($volume-Ref($volume, 1), 0), %1$d)-Sum(Greater(Ref($volume, 1)-$volume, 0), %1$d))"
                + "/(Sum(Abs($volume-Ref($volume, 1)), %1$d)+1e-12)");
        return List.copyOf(out);
    }

    /** The feature called {@code name} (e.g. {@code ROC5}), or null. */
    public static Feature byName(String name) {
        for (Feature f : features()) if (f.name().equalsIgnoreCase(name)) return f;
        return null;
    }

    private static void add(List<Feature> out, String name, String expr) {
        out.add(new Feature(name, Expression.parse(expr)));
    }

    private static void rolling(List<Feature> out, String family, String template) {
        for (int d : WINDOWS) add(out, family + d, String.format(java.util.Locale.ROOT, template, d));
    }
}
