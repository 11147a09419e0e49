package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.regex.Pattern;

/**
 * A share of a group of things that opens what they do (65%的监测对象已消除返贫风险, 超七成的建制村每周投递五次及以上, 仍有约
 * 三分之二的火势处于失控状态): the label names the things and what they do, the amount is how large a part of them does it
 * (监测对象已消除返贫风险占比).
 */
final class GroupShares {
    private static final String PERCENT = MetricLabeler.PERCENT;
    private static final String SHARE = MetricLabeler.SHARE;
    /** 的 between the share and the things it is a part of. */
    private static final String OF = Phrases.MODIFIER;
    /** A share in tenths is written right before the things (超六成企业, 近两成农户). */
    private static final String TENTHS = "成";
    /** Labels already naming a share, a rate or a level (占比, 比例, 比重, 支持率, 水平), or what the share is of (占产量). */
    private static final Pattern NAMES_SHARE = Pattern.compile("占|比例|比重|份额|率|水平|程度");
    /**
     * Last characters of a measure (湿度, 关税, 涨幅, 折扣, 准确度): a share before it is the measure's level (高达80%的湿度),
     * no part of a group.
     */
    private static final String MEASURE_ENDS = "度率幅价税扣";
    /** A measure's word is this long at most (准确度). */
    private static final int MAX_MEASURE_WORD = 3;
    /** Things counted are named by two characters at least (村 alone is too short to be sure of the reading). */
    private static final int MIN_THINGS = 2;

    private GroupShares() {
    }

    static String named(QuantityScope scope, String label) {
        Quantity q = scope.quantity;
        if (q.change() != null || !PERCENT.equals(q.unit()) || label.isEmpty() || NAMES_SHARE.matcher(label).find()) {
            return label;
        }
        String after = scope.text.substring(q.end(), Math.max(q.end(), scope.clause.end()));
        boolean of = after.startsWith(OF);
        if (!of && !q.text().endsWith(TENTHS)) {
            return label;
        }
        // the label opens with the things after 的 (or right after 成): they are the subject of what follows, the share
        // is a part of them
        String things = Phrases.after(Phrases.afterModifier(after), false);
        return things.length() >= MIN_THINGS && label.startsWith(things) && !opensWithMeasure(things) ? label + SHARE : label;
    }

    /** Whether the words after the share open with a measure's word (湿度, 关税, 准确度, 折扣吸引…). */
    private static boolean opensWithMeasure(String things) {
        return things.substring(0, Math.min(things.length(), MAX_MEASURE_WORD)).chars()
            .anyMatch(c -> MEASURE_ENDS.indexOf(c) >= 0);
    }
}
