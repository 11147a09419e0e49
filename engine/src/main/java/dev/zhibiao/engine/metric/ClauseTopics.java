package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.text.ListItemMarks;
import dev.zhibiao.engine.text.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence is about when the words beside an amount do not say: the thing its opening clause names (一是钓鱼台村晟源
 * 休闲山庄，, 海华矿业有限公司位于…), without the description after it, or the thing the next sentence says an amount
 * standing alone is (3745.1亿元！这是…农产品网络零售额).
 */
final class ClauseTopics {
    /** Verbs placing or dating a thing named before them (…有限公司位于…, 纪念馆建于2020年). */
    private static final Pattern SITUATED = Pattern.compile("位于|坐落|地处|始建于|建于|成立于");
    /**
     * Words that open what a thing consists of or is mainly (主要种植…, 以…为主, 分为…, 包括…), or what was done to it
     * (简牍经持续揭剥粘连, 馆藏文物经过重新清点); not a 经过 describing what follows its 的 (这条高铁经过的乡镇: the towns).
     */
    private static final Pattern DESCRIPTION = Pattern.compile(
        "主要(?:种植|生产|是|为|有|以)|以[^，,。；;]{1,20}为主|分为|包括|经(?:过|(?=持续|多次|反复|长期|连续))(?![^的]*的)");
    private static final int MIN_DESCRIBED = 2;
    /** Adverbs and verbs that open a predicate after its subject (持续保持高位, 稳步增长, 总体平稳). */
    private static final Pattern PREDICATE_OPENING = Pattern.compile(
        "持续|保持|继续|稳步|不断|进一步|总体|呈现|实现|达到|完成|增长|下降|平稳|稳定|快速|大幅|明显|逐步|有所|再创|创下");
    /** 这是 opens the sentence that says what a headline amount is (3745.1亿元！这是…零售额). */
    private static final String RESTATEMENT = "这是";
    /** "The number of" after a thing (…保鲜设施的数量): the count is the thing's. */
    private static final String COUNT_OF = "的数量";

    private ClauseTopics() {
    }

    /**
     * For an amount that is a sentence of its own (3745.1亿元！), the thing the next sentence says it is (这是今年前9个月
     * 农产品网络零售额 → 农产品网络零售额), without the time and the place that open it; "" when there is none.
     */
    static String restatedInNextSentence(String text, Quantity quantity, Span sentence) {
        int next = sentence.end();
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (!text.startsWith(RESTATEMENT, next) || !onlyPunctuation(text, sentence.start(), quantity.start())
                || !onlyPunctuation(text, quantity.end(), sentence.end())) {
            return "";
        }
        int from = next + RESTATEMENT.length();
        int end = from;
        while (end < text.length() && "。！？!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        for (String clause : Phrases.CLAUSE_MARK.split(text.substring(from, end))) {
            String thing = StrayMarks.tidy(Affixes.strip(clause));
            if (!thing.isEmpty() && !Affixes.endsWithTime(thing)) {
                thing = thing.endsWith(COUNT_OF) ? thing.substring(0, thing.length() - COUNT_OF.length()) : thing;
                return StrayMarks.tidy(Affixes.strip(thing));
            }
        }
        return "";
    }

    /**
     * A topic without the description that follows it (果树类主要种植苹果梨等作物 → 果树类; 中草药材以苍术等为主 → 中草药材;
     * 简牍经持续揭剥粘连 → 简牍).
     */
    static String beforeDescription(String topic) {
        Matcher m = DESCRIPTION.matcher(topic);
        return m.find() && m.start() >= MIN_DESCRIBED ? topic.substring(0, m.start()) : topic;
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && StrayMarks.CLOSING.indexOf(c) < 0 && "！!。".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject opening a clause before its predicate's first adverb or verb (货邮运输量持续保持高位 → 货邮运输量); ""
     * when no predicate word follows a subject of two characters or more.
     */
    static String subjectBeforePredicate(String clause) {
        Matcher m = PREDICATE_OPENING.matcher(clause);
        return m.find() && m.start() >= MIN_DESCRIBED && Phrases.isChinese(clause.substring(0, m.start()))
            ? clause.substring(0, m.start()) : "";
    }

    /**
     * What a sentence is about, from its opening clause: a list item naming a thing (一是钓鱼台村晟源休闲山庄，) or a
     * thing and where or when it was set up (海华矿业有限公司位于凉水河子镇回头沟村，); "" for any other clause.
     */
    static String topic(String openingClause) {
        Matcher item = ListItemMarks.OPENING.matcher(openingClause);
        if (item.lookingAt()) {
            return openingClause.substring(item.end());
        }
        Matcher setUp = SITUATED.matcher(openingClause);
        return setUp.find() && setUp.start() > 0 ? openingClause.substring(0, setUp.start()) : "";
    }
}
