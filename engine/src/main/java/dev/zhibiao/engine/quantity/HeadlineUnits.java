package dev.zhibiao.engine.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title amount in 万 or 亿 written without a unit (美国新冠确诊病例超9862万) whose body restates it in full with a measure
 * word (累计新冠肺炎确诊病例达98628566例) counts what the body counts: it takes that measure word. The body's amount
 * restates it when it lies within the last digit the title writes (9862万 ≤ 98628566 < 9863万).
 */
public final class HeadlineUnits {
    /** Qualifiers under which the full amount may lie below the title's (近5亿, 不足9亿). */
    private static final Set<Qualifier> BELOW_OR_ABOUT = EnumSet.of(Qualifier.APPROX, Qualifier.LESS_THAN, Qualifier.AT_MOST);
    /** The digits a title writes before its multiplier (9862万, 2.5亿). */
    private static final Pattern DIGITS_BEFORE_MULTIPLIER = Pattern.compile("(\\d+)(?:\\.(\\d+))?(万亿|亿|万)");

    private HeadlineUnits() {
    }

    /** The amounts, the title's unitless ones given the measure word of the first body amount restating them. */
    public static List<Quantity> fromBody(List<Quantity> found, int titleEnd) {
        List<Quantity> out = new ArrayList<>(found);
        for (int k = 0; k < out.size(); k++) {
            Quantity q = out.get(k);
            if (q.start() >= titleEnd || !q.unit().isEmpty() || q.max() != null || q.change() != null
                    || q.value().signum() <= 0) {
                continue;
            }
            BigDecimal lastDigit = lastDigitWritten(q);
            if (lastDigit == null) {
                continue;
            }
            for (Quantity b : found) {
                if (b.start() < titleEnd || b.change() != null || !restates(q, b.value().subtract(q.value()), lastDigit)) {
                    continue;
                }
                if (UnitLexicon.kindOf(b.unit()) == UnitLexicon.Kind.COUNT) {
                    out.set(k, new Quantity(q.start(), q.end(), q.text(), q.value(), null, b.unit(), q.qualifier(),
                        q.change(), q.basis()));
                }
                break;  // restated by a length or a sum (超4万 by 4.2万公里): no count's word
            }
        }
        return out;
    }

    /**
     * The value of the last digit the title writes (1万 for 9862万 and 2000万, 0.1亿 for 2.5亿), or null when it writes
     * its number otherwise than in digits before 万 or 亿.
     */
    private static BigDecimal lastDigitWritten(Quantity title) {
        Matcher m = DIGITS_BEFORE_MULTIPLIER.matcher(title.text());
        if (!m.find()) {
            return null;
        }
        int decimals = m.group(2) == null ? 0 : m.group(2).length();
        int power = switch (m.group(3)) {
            case "万亿" -> 12;
            case "亿" -> 8;
            default -> 4;
        };
        return BigDecimal.ONE.scaleByPowerOfTen(power - decimals);
    }

    /**
     * Whether a body amount {@code difference} above the title's restates it: below its next last digit, and not below
     * it unless the title says about or at most (超3000万 is not restated by 2500万).
     */
    private static boolean restates(Quantity title, BigDecimal difference, BigDecimal lastDigit) {
        boolean fromBelow = BELOW_OR_ABOUT.contains(title.qualifier());
        return difference.abs().compareTo(lastDigit) < 0 && (fromBelow || difference.signum() >= 0);
    }
}
