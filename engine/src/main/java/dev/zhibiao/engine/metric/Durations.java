package dev.zhibiao.engine.metric;

import java.util.regex.Pattern;

/**
 * A time span measuring how long something went on (工作三年, 24小时值守, 两天罢工) is named by the activity and a word of
 * duration (工作时长, 值守时长, 罢工时长), as a duration is named elsewhere (无霜期, 建设工期, 出舱活动历时); the activity alone
 * names the deed, not how long it took. A span closed by 来 or 间 (履职七年来, 担任全国人大代表的12年间) is the time of what
 * it frames (履职时间), the 来 or 间 left on the label no part of it.
 */
final class Durations {
    private static final String LENGTH = "时长";
    private static final String PERIOD = "时间";
    /** Words that already say the amount is a duration, a streak, or a term (历时, 连续, 任期, 历史, 之久). */
    private static final Pattern NAMES_DURATION = Pattern.compile("时|期|连续|年限|天数|历史|之久|寿命|年龄|车程|航程");
    /** Labels opening with these compare (比之前, 较去年提前), count per period (每周) or frame another fact (来新高). */
    private static final String NOT_AN_ACTIVITY = "比较每来间内后前里";
    /** After the span: 来 and 间 close it as a frame (七年来, 12年间) and may be left on the label; 内里前后 date another fact. */
    private static final String FRAME_LEFT_ON = "来间";
    private static final String FRAME_DATING = "内里前后";
    /** A change follows a span that frames it (总产量十年增长1.3倍). */
    private static final Pattern CHANGE_AFTER = Pattern.compile("^(?:[增降减涨跌翻]|提高|提升|下滑|回落)");
    /** 为期40天的春运: the span is already named as a term; the event after it is the label. */
    private static final String TERM = "为期";
    /** Longer labels took in more than the activity (建议每个家庭储备基本生活物资): they are kept. */
    private static final int MAX_ACTIVITY = 4;

    private Durations() {
    }

    static String named(QuantityScope scope, String label) {
        if (label.isEmpty() || scope.quantity.change() != null
                || !QuantityScope.TIME_SPAN_UNITS.contains(scope.quantity.unit())
                || NAMES_DURATION.matcher(label).find() || NOT_AN_ACTIVITY.indexOf(label.charAt(0)) >= 0
                || scope.text.startsWith(TERM, scope.chainStart - TERM.length())) {
            return label;
        }
        int end = scope.quantity.end();
        String after = scope.text.substring(end, Math.min(scope.text.length(), end + 2));
        if (CHANGE_AFTER.matcher(after).find()) {
            return label;
        }
        char next = after.isEmpty() ? ' ' : after.charAt(0);
        if (FRAME_LEFT_ON.indexOf(next) >= 0 && label.length() > 1 && label.charAt(label.length() - 1) == next) {
            return label.substring(0, label.length() - 1) + PERIOD;
        }
        if (FRAME_DATING.indexOf(next) >= 0 || FRAME_LEFT_ON.indexOf(next) >= 0 || label.length() > MAX_ACTIVITY) {
            return label;
        }
        return label + LENGTH;
    }
}
