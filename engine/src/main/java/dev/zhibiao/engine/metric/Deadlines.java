package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause of a deadline alone before a clause of a bare deed (9月底前，完成25%以上，10月底前，完成50%以上): the deadline
 * says which of the parallel amounts the deed reached by when; the deed alone (完成) names none of them apart.
 */
final class Deadlines {
    /** 9月底前, 2025年6月30日前, 十月以前; a leading 按照/在/到 only introduces it. */
    private static final Pattern DEADLINE = Pattern.compile(
        "^(?:按照|按|在|于|到|截至|力争|争取|确保)?((?:\\d{4}年)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|中旬|上旬|下旬|\\d{1,2}日)?(?:前|以前|之前))$");
    /** A bare deed: a word or two, no noun of what it did. */
    private static final int MAX_DEED = 2;
    /** A label ending so is a time's word (前, 后), no deed (截至3月底前，增长8%). */
    private static final String TIME_ENDS = "前后";

    private Deadlines() {
    }

    static String named(QuantityScope scope, String label) {
        if (label.isEmpty() || label.length() > MAX_DEED || !Phrases.isChinese(label) || Affixes.endsWithTime(label)
                || TIME_ENDS.indexOf(label.charAt(label.length() - 1)) >= 0) {
            return label;
        }
        Matcher m = DEADLINE.matcher(scope.previousClauseTopic().strip());
        return m.find() ? m.group(1) + label : label;
    }
}
