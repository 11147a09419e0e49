package dev.zhibiao.engine.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A title amount in 万 or 亿 written without a unit (美国新冠确诊病例超9862万) whose body restates it in full with a measure
 * word (累计新冠肺炎确诊病例达98628566例) counts what the body counts: it takes that measure word. The body's amount
 * restates it when it lies within the last digit the title writes (9862万 ≤ 98628566 < 9863万).
 */
public final class HeadlineUnits {
    /** Qualifiers under which the full amount may lie below the title's (近5亿, 不足9亿). */
    private static final Set<Qualifier> BELOW_OR_ABOUT = EnumSet.of(Qualifier.APPROX, Qualifier.LESS_THAN, Qualifier.AT_MOST);

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
            BigDecimal lastDigit = BigDecimal.ONE.scaleByPowerOfTen(-q.value().stripTrailingZeros().scale());
            for (Quantity b : found) {
                if (b.start() >= titleEnd && UnitLexicon.kindOf(b.unit()) == UnitLexicon.Kind.COUNT && b.change() == null
                        && restates(q, b.value().subtract(q.value()), lastDigit)) {
                    out.set(k, new Quantity(q.start(), q.end(), q.text(), q.value(), null, b.unit(), q.qualifier(),
                        q.change(), q.basis()));
                    break;
                }
            }
        }
        return out;
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
