package dev.zhibiao.engine.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers listed before the one that carries their unit (约7100、3150、800、2500亿元): each is an amount of that unit and
 * multiplier, and a qualifier written once before the list (约) qualifies every item.
 */
final class SharedUnits {
    /** The digits of a carrier's number, read after {@link ChineseNumbers#normalize} (full-width １５０元 as 150元). */
    private static final Pattern DIGITS = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");
    private static final String MEASURE_WORD = "个";
    private static final String POINTS = "个百分点";

    private SharedUnits() {
    }

    /**
     * Gives the bare Arabic numbers of each such list, half- or full-width (５０、１００、１５０元), the unit and multiplier
     * of its last item; in place.
     */
    static void apply(String t, List<Quantity> quantities) {
        int i = 0;
        while (i < quantities.size()) {
            int last = i;
            while (last + 1 < quantities.size() && isBareArabic(quantities.get(last)) && joined(t, quantities.get(last), quantities.get(last + 1))) {
                last++;
            }
            Quantity carrier = quantities.get(last);
            BigDecimal multiplier = last > i ? multiplier(carrier) : null;
            if (multiplier != null && !carrier.unit().isEmpty() && carrier.max() == null) {
                Qualifier shared = quantities.get(i).qualifier();
                for (int k = i; k <= last; k++) {
                    Quantity q = quantities.get(k);
                    boolean bare = k < last;
                    Qualifier qualifier = q.qualifier() == Qualifier.EXACT && shared == Qualifier.APPROX ? shared : q.qualifier();
                    quantities.set(k, new Quantity(q.start(), q.end(), q.text(), bare ? q.value().multiply(multiplier) : q.value(),
                        null, bare ? carrier.unit() : q.unit(), qualifier, q.change(), q.basis()));
                }
            }
            i = last + 1;
        }
    }

    /**
     * A list of point changes writing 个 after each item but 百分点 only after the last (分别提高5.4个和7.5个百分点):
     * every item is in points; in place.
     */
    static void applyPoints(String t, List<Quantity> quantities) {
        for (int k = quantities.size() - 2; k >= 0; k--) {
            Quantity q = quantities.get(k);
            Quantity next = quantities.get(k + 1);
            if (q.unit().equals(MEASURE_WORD) && next.unit().equals(POINTS) && q.max() == null && joined(t, q, next)) {
                quantities.set(k, new Quantity(q.start(), q.end(), q.text(), q.value(), null, POINTS, q.qualifier(), q.change(),
                    q.basis()));
            }
        }
    }

    private static boolean isBareArabic(Quantity q) {
        return q.unit().isEmpty() && q.max() == null && !q.text().isEmpty()
            && q.text().chars().anyMatch(c -> NumeralChars.isArabicDigit((char) c))
            && q.text().chars().noneMatch(c -> NumeralChars.isBigUnit((char) c) || c == '%');
    }

    private static boolean joined(String t, Quantity a, Quantity b) {
        String joiner = QuantityRecognizer.ENUMERATION.startingAt(t, a.end());
        return joiner != null && a.end() + joiner.length() == b.start();
    }

    /**
     * What the carrier's written number is multiplied by to give its value (2500亿元 → 10⁸; 5.9个百分点 → 1): its value
     * over its digits, so a multiplier that is part of the unit (千米, 兆瓦) is not applied twice; null when the carrier
     * has no Arabic digits to divide by.
     */
    private static BigDecimal multiplier(Quantity carrier) {
        Matcher digits = DIGITS.matcher(ChineseNumbers.normalize(carrier.text()));
        if (!digits.find()) {
            return null;
        }
        BigDecimal written = new BigDecimal(digits.group().replace(",", ""));
        return written.signum() == 0 ? null : carrier.value().divide(written, MathContext.DECIMAL64).stripTrailingZeros();
    }

}
