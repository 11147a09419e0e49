package dev.zhibiao.engine.metric;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The base a change is measured against (比1-6月, 较年初, 相比2020年) and the rates measured against one (增速, 增幅): a
 * label that states only the base names nothing, and one that opens or ends with it names its thing without it.
 */
final class ChangeBases {
    /**
     * The base a change is measured against starts with these (比1-6月, 较年初, 同比2019年); 比重, 占比 name things, and 比亚
     * spells a foreign name (比亚迪, 赞比亚, 哥伦比亚), not a comparison, unless 亚运会 or 亚洲 follows (比亚运会前).
     */
    private static final Pattern COMPARISON = Pattern.compile("(?<![占对无类])(?:比|较|相比|同比|环比)(?![重例率价较分]|亚(?![运洲太]))");
    private static final Set<String> BARE_RATES = Set.of("增速", "增幅");
    /** A comparison and its period opening a label (相比2020年, 比去年同期的, 高于一周前的). */
    private static final Pattern LEADING_BASE = Pattern.compile(
            "(?:相比|与|比|较|(?:略|明显)?[高低]于|好于)(?:于)?(?:\\d{4}年|去年|上年|前年|上月|上周|上季度|年初"
            + "|[0-9一两三四五六七八九十]+(?:周|个月|天|年)前)(?:同期|底|末|全年)?(?:相比)?的?");
    /** A rate, the comparison and its base, then the verb of the change (增速比同期提高, 增幅较上月回落). */
    private static final Pattern RATE_BASE = Pattern.compile(
            "(增速|增幅)((?:比|较)[^，,。；;比较]{1,10}?)(?:提高|加快|回落|下降|放缓|降低|上升|增加|减少|扩大|收窄|高出|低|高)");
    /** An average naming no thing (两年平均增长5.9%). */
    private static final Pattern AVERAGE_ONLY = Pattern.compile("^(?:两年|三年|五年|多年)?(?:平均|年均)$");

    private ChangeBases() {
    }

    /** Whether a stripped label only states the base or averaging of a change (比1-6月, 较年初, 平均). */
    static boolean onlyBaseOfChange(String label) {
        return COMPARISON.matcher(label).lookingAt() || AVERAGE_ONLY.matcher(label).matches();
    }

    /**
     * For a label that is a rate alone (增速, 增幅), the rate with the base it is compared against in the phrase
     * (增速比上年提高 → 增速比上年, 增速比同期); else "".
     */
    static String rateAgainstBase(String label, String phrase) {
        if (!BARE_RATES.contains(label)) {
            return "";
        }
        Matcher m = RATE_BASE.matcher(phrase);
        return m.find() && m.group(1).equals(label) ? m.group(1) + m.group(2) : "";
    }

    /**
     * For a label opening with the base of a comparison (相比2020年广东GDP总量, 比2020年的): the words after it — ""
     * when the base is all there is; null when the label opens with no base.
     */
    static String afterLeadingBase(String label) {
        Matcher m = LEADING_BASE.matcher(label);
        return m.lookingAt() ? label.substring(m.end()) : null;
    }

    /** Whether the label names a rate relative to a base (增长率, 增速, 增幅). */
    static boolean isRelativeRate(String label) {
        return label.endsWith("率") || BARE_RATES.stream().anyMatch(label::endsWith);
    }

    /** The label without the base of a change it ends with (规模以上工业增加值比1-6月 → 规模以上工业增加值). */
    static String beforeBaseOfChange(String label) {
        Matcher m = COMPARISON.matcher(label);
        return m.find() ? label.substring(0, m.start()) : label;
    }
}
