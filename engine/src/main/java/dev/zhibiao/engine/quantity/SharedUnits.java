package dev.zhibiao.engine.quantity;

import java.math.BigDecimal;
import java.util.List;

/**
 * Numbers listed before the one that carries their unit (约7100、3150、800、2500亿元): each is an amount of that unit and
 * multiplier, and a qualifier written once before the list (约) qualifies every item.
 */
final class SharedUnits {
    private static final WordTable<Boolean> JOINERS = new WordTable<>(WordTable.all("、 和 与 及 以及 至", true));

    private SharedUnits() {
    }

    /** Gives the bare Arabic numbers of each such list the unit and multiplier of its last item; in place. */
    static void apply(String t, List<Quantity> quantities) {
        int i = 0;
        while (i < quantities.size()) {
            int last = i;
            while (last + 1 < quantities.size() && isBareArabic(quantities.get(last)) && joined(t, quantities.get(last), quantities.get(last + 1))) {
                last++;
            }
            Quantity carrier = quantities.get(last);
            if (last > i && !carrier.unit().isEmpty() && carrier.max() == null) {
                BigDecimal multiplier = multiplier(carrier);
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

    private static boolean isBareArabic(Quantity q) {
        return q.unit().isEmpty() && q.max() == null && !q.text().isEmpty()
            && q.text().chars().anyMatch(c -> c >= '0' && c <= '9')
            && q.text().chars().noneMatch(c -> NumeralChars.isBigUnit((char) c) || c == '%');
    }

    private static boolean joined(String t, Quantity a, Quantity b) {
        String joiner = JOINERS.startingAt(t, a.end());
        return joiner != null && a.end() + joiner.length() == b.start();
    }

    /** The power of ten the carrier's big units (亿, 万, 万亿) and 千/百 after its digits stand for. */
    private static BigDecimal multiplier(Quantity carrier) {
        String text = carrier.text();
        int k = 0;
        while (k < text.length() && !(Character.isDigit(text.charAt(k)))) {
            k++;
        }
        while (k < text.length() && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.' || text.charAt(k) == ',')) {
            k++;
        }
        BigDecimal m = BigDecimal.ONE;
        for (; k < text.length(); k++) {
            char c = text.charAt(k);
            if (NumeralChars.isBigUnit(c)) {
                m = m.scaleByPowerOfTen(NumeralChars.bigUnitExponent(c));
            } else if (NumeralChars.smallUnit(c) > 0) {
                m = m.multiply(BigDecimal.valueOf(NumeralChars.smallUnit(c)));
            } else if (c != '多' && c != '余') {
                break;
            }
        }
        return m;
    }
}
