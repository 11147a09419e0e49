package dev.zhibiao.engine.metric;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts counted before the verb by which they make up a whole named after it (由…非洲7国领导人和高级代表组成的代表团,
 * 10多个部门组成的协调小组, 近八万盆鲜花组成国庆主题的花坛, 由9块自然砾石构成的人工石圈遗迹) are named by the whole they form:
 * 组成代表团的国家, 组成协调小组的部门. What the sentence goes on to say of the whole is not theirs.
 */
final class PartsOfWholes {
    /** The verbs by which parts make up a whole. */
    static final String MAKING_UP_VERBS = "组成|构成";
    /** The parts' noun, the verb of making up, maybe 的, then the words naming the whole. */
    private static final Pattern MAKING_UP =
        Pattern.compile("^(\\p{IsHan}{0,8}?)(" + MAKING_UP_VERBS + ")(?:的)?(\\p{IsHan}.*)$");
    /** Measure words that name what they count (7国 → 国家): the noun after them is of those things (7国领导人). */
    static final Map<String, String> COUNTING_NOUNS = Map.of("国", "国家");
    /**
     * What may follow the whole's name in its clause: nothing, or the day or an adverb opening what the whole did
     * (代表团16日访问乌克兰); other words may be a verb the name ran into (考察团抵达北京), so the label stays.
     */
    private static final Pattern AFTER_WHOLE = Pattern.compile("^(?:$|[，,；;。]|\\d|[今昨前明当]天|[今去]年|近日|日前|于|已|将|正)");
    /** 构成 in the sense of amounting to (构成诈骗罪, 构成威胁): no whole made of parts. */
    private static final Pattern AMOUNTING_TO = Pattern.compile("罪|威胁|风险|挑战|违法|侵权|障碍|压力|冲击|伤害|损害");
    private static final char MADE = '成';
    private static final String MODIFIER = Phrases.MODIFIER;
    private static final int MIN_NOUN = 2;
    /** A longer name may run into a verb (考察团抵达北京): the whole is named in a few words. */
    private static final int MAX_WHOLE = 6;

    private PartsOfWholes() {
    }

    static String named(QuantityScope scope, String label) {
        // most clauses hold no 组成 or 构成: nothing to match
        Matcher m = scope.countedClauseMatching(MADE, MAKING_UP).orElse(null);
        if (m == null) {
            return label;
        }
        String parts = COUNTING_NOUNS.getOrDefault(scope.quantity.unit(), Phrases.after(m.group(1), false));
        String rest = m.group(3);
        String whole = Phrases.after(rest, false, true);
        if (!rest.startsWith(whole) || !AFTER_WHOLE.matcher(rest.substring(whole.length())).find()) {
            return label;
        }
        whole = whole.replace(MODIFIER, "");
        if (parts.length() < MIN_NOUN || whole.length() < MIN_NOUN || whole.length() > MAX_WHOLE
                || !Phrases.isChinese(parts + whole) || AMOUNTING_TO.matcher(whole).find()) {
            return label;
        }
        return m.group(2) + whole + MODIFIER + parts;
    }
}
