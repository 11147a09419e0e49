package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
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
    private static final String MODIFIER_END = "的";
    /**
     * A passive verb written right before a span (被困超过150个小时, 他被困已超过150小时): the state the span measures, however
     * long the words around it run (救援队救出被困…幸存者).
     */
    private static final Pattern PASSIVE_STATE = Pattern.compile("(被\\p{IsHan}{1,2}?)(?:已经|已)?$");
    /** A passive verb is looked for this far before the span: 被, the verb, 已经. */
    private static final int MAX_PASSIVE = 5;
    /** Verbs by which someone imposes a term on an event (宣布进入为期60天的紧急状态): the one who does is not what lasts. */
    private static final Pattern IMPOSING = Pattern.compile("宣布|决定|批准");

    /** Longer labels took in more than the activity (建议每个家庭储备基本生活物资): they are kept. */
    private static final int MAX_ACTIVITY = 4;

    private Durations() {
    }

    static String named(QuantityScope scope, String label) {
        String state = passiveState(scope);
        if (!state.isEmpty()) {
            return state + PERIOD;
        }
        String term = termedEvent(scope, label);
        if (!term.equals(label)) {
            return term;
        }
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

    /** The passive verb written right before a time span (被困), without its 已; "" when there is none. */
    private static String passiveState(QuantityScope scope) {
        if (!QuantityScope.TIME_SPAN_UNITS.contains(scope.quantity.unit()) || scope.quantity.change() != null) {
            return "";
        }
        int from = Math.max(scope.clause.start(), scope.chainStart - MAX_PASSIVE);
        Matcher m = PASSIVE_STATE.matcher(scope.text.substring(from, scope.chainStart));
        if (!m.find()) {
            return "";
        }
        return m.group(1);
    }

    /**
     * The event a term is imposed on (政府宣布多个地区进入为期60天的紧急状态 → 紧急状态): the noun after 为期…的 is what
     * lasts, the words before 为期 say who imposed it; the label as it is when no one imposes the term (为期三天的换俘行动
     * 完成 names the event already; in 管理人员开始为期8天的罢工 the ones before 为期 are the event's own doers) or no noun
     * follows.
     */
    private static String termedEvent(QuantityScope scope, String label) {
        int termAt = scope.chainStart - TERM.length();
        if (!QuantityScope.TIME_SPAN_UNITS.contains(scope.quantity.unit()) || termAt <= scope.clause.start()
                || !scope.text.startsWith(TERM, termAt) || !scope.right(false).startsWith(MODIFIER_END)
                || !IMPOSING.matcher(scope.text.substring(scope.clause.start(), termAt)).find()) {
            return label;
        }
        String event = Phrases.after(scope.right(false).substring(MODIFIER_END.length()), false);
        return event.length() < 2 ? label : event;
    }
}
