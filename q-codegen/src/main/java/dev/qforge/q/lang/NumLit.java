package dev.qforge.q.lang;

import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

import java.time.LocalDate;
import java.util.List;

/** Parses q numeric literals ({@code 1 2 3}, {@code 1.5e}, {@code 0N}, {@code 101b}, {@code 0x0f}, dates, times). */
final class NumLit {
    private NumLit() {}
    static final long DAY_NS = 86_400_000_000_000L;
    static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    /** One literal token text as (type, long bits or double). */
    record One(int type, long l, double d) {}

    static One parseOne(String s) {
        boolean neg = s.startsWith("-");
        String b = neg ? s.substring(1) : s;
        int t = -1;
        char last = b.charAt(b.length() - 1);
        if (b.length() >= 2 && b.matches("0[NnWw][hijefpdtz]?")) {
            char k = b.charAt(1);
            int ty = b.length() == 3 ? typeOf(b.charAt(2)) : (k == 'n' || k == 'w' ? T.FLOAT : T.LONG);
            if (T.isFloating(ty)) return new One(ty, 0, k == 'n' || k == 'N' ? Double.NaN : neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            long v = (k == 'N' || k == 'n') ? T.nullOf(ty) : neg ? -T.infOf(ty) : T.infOf(ty);
            return new One(ty, v, 0);
        }
        if (b.matches("\\d{4}\\.\\d\\dm")) return new One(T.MONTH, sign(neg, (Integer.parseInt(b.substring(0, 4)) - 2000) * 12L + Integer.parseInt(b.substring(5, 7)) - 1), 0);
        if (b.matches("\\d+D[\\d:.]*")) return new One(T.TIMESPAN, sign(neg, Long.parseLong(b.substring(0, b.indexOf('D'))) * DAY_NS + timestamp(b.substring(b.indexOf('D')))), 0);
        if (b.contains("D")) return new One(T.TIMESTAMP, sign(neg, timestamp(b)), 0);
        if (b.matches("\\d{4}\\.\\d\\d\\.\\d\\d")) return new One(T.DATE, sign(neg, date(b)), 0);
        if (b.matches("\\d+:\\d\\d")) return new One(T.MINUTE, sign(neg, time(b) / 60_000), 0);
        if (b.matches("\\d+:\\d\\d:\\d\\d")) return new One(T.SECOND, sign(neg, time(b) / 1000), 0);
        if (b.matches("\\d+:\\d\\d:\\d\\d\\.\\d*")) return new One(T.TIME, sign(neg, time(b)), 0);
        if ("hijef".indexOf(last) >= 0 && b.length() > 1 && !(last == 'e' && !b.matches(".*[0-9]e"))) {
            t = typeOf(last);
            b = b.substring(0, b.length() - 1);
        }
        try {
            if (t == T.REAL || t == T.FLOAT || t < 0 && (b.contains(".") || b.contains("e"))) {
                double d = Double.parseDouble(b);
                return new One(t < 0 ? T.FLOAT : t, 0, neg ? -d : d);
            }
            long v = Long.parseLong(b);
            return new One(t < 0 ? T.LONG : t, neg ? -v : v, 0);
        } catch (NumberFormatException e) {
            throw new QError(s);
        }
    }

    static int typeOf(char c) { return T.CHARS.indexOf(c); }
    private static long sign(boolean neg, long v) { return neg ? -v : v; }

    static long date(String s) {
        return EPOCH.until(LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                Integer.parseInt(s.substring(8, 10))), java.time.temporal.ChronoUnit.DAYS);
    }
    static long time(String s) {
        String[] p = s.split("[:.]");
        long ms = Long.parseLong(p[0]) * 3_600_000 + Long.parseLong(p[1]) * 60_000;
        if (p.length > 2) ms += Long.parseLong(p[2]) * 1000;
        if (p.length > 3 && !p[3].isEmpty()) ms += Long.parseLong((p[3] + "000").substring(0, 3));
        return ms;
    }
    static long timestamp(String s) {
        int d = s.indexOf('D');
        long days = d == 0 ? 0 : date(s.substring(0, d));
        String tm = s.substring(d + 1);
        long ns = 0;
        if (!tm.isEmpty()) {
            String[] p = tm.split("[:.]");
            ns = Long.parseLong(p[0]) * 3_600_000_000_000L;
            if (p.length > 1) ns += Long.parseLong(p[1]) * 60_000_000_000L;
            if (p.length > 2) ns += Long.parseLong(p[2]) * 1_000_000_000L;
            if (p.length > 3) ns += Long.parseLong((p[3] + "000000000").substring(0, 9));
        }
        return days * DAY_NS + ns;
    }

    /** Combines the space-separated literals of one vector literal into an atom or vector. */
    static QObj combine(List<String> texts) {
        if (texts.size() == 1) {
            String s = texts.get(0);
            if (s.matches("[01]+b")) return bools(s.substring(0, s.length() - 1), true);
            if (s.startsWith("0x")) return bytes(s.substring(2));
            return atom(parseOne(s));
        }
        One[] ones = new One[texts.size()];
        int ty = T.LONG;
        boolean anyFloat = false;
        for (int i = 0; i < ones.length; i++) {
            String s = texts.get(i);
            if (s.matches("[01]b")) ones[i] = new One(T.BOOL, s.charAt(0) - '0', 0);
            else if (texts.get(texts.size() - 1).matches("\\d{4}\\.\\d\\dm") && s.matches("\\d{4}\\.\\d\\d")) ones[i] = parseOne(s + "m");
            else ones[i] = parseOne(s);
            if (ones[i].type == T.FLOAT) anyFloat = true;
        }
        One lastOne = ones[ones.length - 1];
        String lt = texts.get(texts.size() - 1);
        boolean suffixed = lt.matches(".*[hijefb]") || lt.matches("0[NnWw][hijef]");
        ty = suffixed || lastOne.type != T.LONG ? lastOne.type : anyFloat ? T.FLOAT : T.LONG;
        if (T.isFloating(ty)) {
            double[] a = new double[ones.length];
            for (int i = 0; i < a.length; i++) a[i] = T.isFloating(ones[i].type) ? ones[i].d : lnum(ones[i]);
            return new DVec(ty, a);
        }
        long[] a = new long[ones.length];
        for (int i = 0; i < a.length; i++) {
            One o = ones[i];
            a[i] = o.type == T.LONG && o.l == Long.MIN_VALUE ? T.nullOf(ty) : o.type == T.LONG && o.l == Long.MAX_VALUE ? T.infOf(ty) : o.l;
        }
        return new LVec(ty, a);
    }
    private static double lnum(One o) { return o.l == Long.MIN_VALUE ? Double.NaN : o.l; }

    static QObj atom(One o) {
        if (T.isFloating(o.type)) return new DAtom(-o.type, o.d);
        return o.type == T.LONG ? LAtom.j(o.l) : new LAtom(-o.type, o.l);
    }
    static QObj bools(String bits, boolean atomIfOne) {
        if (bits.length() == 1 && atomIfOne) return LAtom.b(bits.charAt(0) == '1');
        long[] a = new long[bits.length()];
        for (int i = 0; i < a.length; i++) a[i] = bits.charAt(i) - '0';
        return new LVec(T.BOOL, a);
    }
    static QObj bytes(String hex) {
        if (hex.length() % 2 == 1) hex = "0" + hex;
        if (hex.length() == 2) return new LAtom(-T.BYTE, Long.parseLong(hex, 16));
        long[] a = new long[hex.length() / 2];
        for (int i = 0; i < a.length; i++) a[i] = Long.parseLong(hex.substring(2 * i, 2 * i + 2), 16);
        return new LVec(T.BYTE, a);
    }
}
