package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share applied by a scheme (按60%报销, 按50%比例报销, 须按3-5%的比例对贫困户进行抽查): the amount is the rate of the
 * deed after it (报销比例, 抽查比例), done to what the words before 按 name; the deed alone, or those words alone
 * (自付费用按), name no rate.
 */
final class SchemeRates {
    private static final String BY = "按";
    private static final String BY_LONG = "按照";
    /** After the rate: 的比例 / 比例, then the deed, maybe on an object first (对…进行抽查). */
    private static final Pattern AFTER = Pattern.compile("^(?:的?比例)?(?:对[^，。；、]{1,20}?进行)?((?!的)\\p{IsHan}{2})");
    /** Verbs of applying a rate that name no deed it is the rate of (贷款利率按4.2%执行, 按20%计征). */
    private static final Set<String> NOT_DEEDS = Set.of("执行", "计算", "计征", "计提", "征收", "收取", "计入", "折算");
    /** Labels that already name a rate (征收率, 缴费比例): no deed adds to them. */
    private static final Pattern RATE_LABEL = Pattern.compile("(?:率|比例)$");
    /** Words before 按 that only say it must be so (须按, 应按, 一律按). */
    private static final Pattern MODAL_END = Pattern.compile("(?:须|必须|应|应当|一律|统一|均|可)$");
    private static final String RATE = "比例";
    private static final String PERCENT = "%";

    private SchemeRates() {
    }

    static String named(QuantityScope scope, String label) {
        if (!scope.quantity.unit().equals(PERCENT) || scope.quantity.change() != null || RATE_LABEL.matcher(label).find()) {
            return label;
        }
        String text = scope.text;
        int start = scope.chainStart;
        int by;
        if (text.startsWith(BY_LONG, start - BY_LONG.length())) {
            by = start - BY_LONG.length();
        } else if (text.startsWith(BY, start - BY.length())) {
            by = start - BY.length();
        } else {
            return label;
        }
        int end = Math.max(scope.quantity.end(), scope.clause.end());
        Matcher deed = AFTER.matcher(text.substring(scope.quantity.end(), end));
        if (!deed.lookingAt() || NOT_DEEDS.contains(deed.group(1))) {
            return label;
        }
        String before = text.substring(Math.min(scope.leftStart(), by), by);
        Quantity bracket = scope.previous(q -> q.end() == by, true);
        if (bracket != null && before.isEmpty()) {
            // the amount right before 按 is the bracket the rate applies to (0-35000元按60%报销 → 0-35000元报销比例)
            before = text.substring(bracket.start(), bracket.end());
        }
        before = MODAL_END.matcher(Affixes.strip(before)).replaceAll("");
        return StrayMarks.tidy(before + deed.group(1) + RATE);
    }
}
