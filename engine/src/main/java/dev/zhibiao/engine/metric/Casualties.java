package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.CasualtyWords;
import dev.zhibiao.engine.quantity.Quantity;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of people killed, hurt or missing are named by what befell them: 造成至少4人死亡 in a story of a shooting is
 * 枪击死亡, not 造成死亡. The event is the last disaster or violence word of the sentence before the count.
 */
final class Casualties {
    /** A label that says only that people died, were hurt, missing or arrested, with its verb of cause (另: others befallen). */
    private static final String CASUALTY_WORDS = CasualtyWords.ALTERNATION;
    private static final Pattern BARE_CASUALTY = Pattern.compile(
        "^(?:这|共|已|已经|另)?(?:造成|导致|致人|致)?(" + CASUALTY_WORDS + ")(?:多人|数人|多名)?(?:受伤|失踪)?$");
    /**
     * A count after its cause's verb (该国10日发生的强震已造成265人遇难) or before the next casualties it is listed
     * with (超过200人受伤、多人下落不明): the words around say what caused it or what else befell, not what it counts.
     */
    private static final Pattern CAUSED_CASUALTY = Pattern.compile(
        "^(?:.*(?:造成|导致|致使))?(" + CASUALTY_WORDS + ")(?:、.*)?$");
    static final Pattern CASUALTY_WORD = Pattern.compile(CASUALTY_WORDS);
    /** Events that kill or hurt people. */
    private static final List<String> EVENTS = List.of(
        "恶劣天气", "暴风雪", "龙卷风", "山体滑坡", "泥石流", "强降雨", "暴雨", "洪水", "洪灾", "台风", "飓风", "地震", "海啸",
        "强震", "雪崩", "火灾", "大火", "爆炸", "踩踏", "车祸", "交通事故", "事故", "枪击", "枪支暴力", "枪支暴力事件", "暴力事件", "涉枪", "开枪",
        "相撞", "坠毁", "坠机", "袭击", "空袭", "轰炸", "冲突", "军事行动", "恐袭", "热浪", "高温", "寒潮");
    static final Pattern CAUSE = Pattern.compile("造成|导致|致使");
    /** 死亡人数: a count of whoever befell it. */
    private static final String HEADCOUNT = "人数";
    private static final Pattern ADVERB_TAIL = Pattern.compile("(?:还|已经|已|也|又|均)+$");
    private static final String MODIFIER = Phrases.MODIFIER;
    private static final int MIN_EFFECT = 2;
    private static final int MIN_CAUSE = 2;
    /** The word a story refers back to its event with (…发生爆炸，事故已经造成…): the event named before it is meant. */
    private static final String ACCIDENT = "事故";
    /** A count of people listed before another, both before one casualty word (2000多名学生和70多名教职人员死亡). */
    private static final Pattern LISTED_NOUN = Pattern.compile("(\\p{IsHan}{1,6}?)[和、及与]");
    private static final Pattern CASUALTY_AFTER = Pattern.compile("\\p{IsHan}{0,6}?(" + CASUALTY_WORDS + ")");
    private static final Set<String> PERSON_UNITS = Set.of("人", "名", "位", "口", "人次");

    private Casualties() {
    }

    /**
     * The label, named by the event of its sentence when it is a bare casualty word or one after its cause's verb; else
     * unchanged.
     */
    static String named(QuantityScope scope, String label) {
        String listed = listedBeforeCasualty(scope);
        if (!listed.isEmpty()) {
            return listed;
        }
        Matcher m = BARE_CASUALTY.matcher(label);
        boolean bare = m.matches();
        if (!bare) {
            m = CAUSED_CASUALTY.matcher(label);
        }
        if (!m.matches() || !PERSON_UNITS.contains(scope.quantity.unit())) {
            return label;
        }
        String before = scope.text.substring(scope.sentence.start(), scope.quantity.start());
        String event = "";
        int eventEnd = -1;
        for (String e : EVENTS) {
            int k = before.lastIndexOf(e);
            // the event ending last, and of two ending there the longer (交通事故, not its 事故)
            if (k >= 0 && (k + e.length() > eventEnd || k + e.length() == eventEnd && e.length() > event.length())) {
                eventEnd = k + e.length();
                event = e;
            }
        }
        if (event.equals(ACCIDENT)) {
            event = eventBefore(before.substring(0, eventEnd - ACCIDENT.length()), event);
        }
        if (event.isEmpty() && !bare) {
            return label; // a cause no event word names (火车相撞造成) says more than the casualty word alone
        }
        // 5人死亡上百人受伤: the word right after the amount is its own
        Matcher own = CASUALTY_WORD.matcher(scope.text).region(scope.quantity.end(), scope.text.length());
        String word = own.lookingAt() ? own.group() : m.group(1);
        return event + word;
    }

    /**
     * What befell, without the cause a long label opens with (连日强降雨天气造成新西兰用户断电 → 新西兰用户断电, 持续近7个月的冲突
     * 已导致苏丹流离失所 → 苏丹流离失所): the count is of those it befell. The label stays when its cause is an event word
     * alone (枪击造成…, which {@link #named} names) or the verb describes a noun (…造成的死亡人数, 导致死伤的枪击事件).
     */
    static String withoutCause(String label) {
        MatchResult cause = Phrases.lastMatch(CAUSE, label);
        if (cause == null || label.indexOf(MODIFIER, cause.end()) >= 0 || label.length() - cause.end() < MIN_EFFECT) {
            return label;
        }
        int start = cause.start();
        int end = cause.end();
        String before = ADVERB_TAIL.matcher(label.substring(0, start)).replaceFirst("");
        String effect = label.substring(end);
        // a casualty word alone (两列火车迎面撞上造成死亡) says less than its cause does
        // an event word alone keeps its casualties (枪击造成…死亡, which named names) but not other effects (恶劣天气造成
        // 新西兰用户断电 → 新西兰用户断电: the count is of the users)
        boolean namedByEvent = EVENTS.contains(before) && CASUALTY_WORD.matcher(effect).find();
        return before.length() <= MIN_CAUSE || namedByEvent || BARE_CASUALTY.matcher(effect).matches() ? label : effect;
    }

    /**
     * The label of the count before, with what befell its people replaced by {@code word} (飓风导致的死亡人数 → 飓风导致的
     * 失踪人数, 地震遇难 → 地震失踪), for others counted after it (另有10人失踪); "" when that label names who they were
     * (枪击造成警察死亡: the others need not be police) or no casualty.
     */
    static String likeBefore(String before, String word) {
        MatchResult befell = Phrases.lastMatch(CASUALTY_WORD, before);
        if (befell == null) {
            return "";
        }
        String head = before.substring(0, befell.start());
        String tail = before.substring(befell.end());
        boolean anyone = tail.equals(HEADCOUNT) || tail.isEmpty() && EVENTS.contains(head);
        return anyone ? head + word + tail : "";
    }

    /** The event ending last in the words, or {@code otherwise} when they name none. */
    private static String eventBefore(String words, String otherwise) {
        String event = otherwise;
        int eventEnd = -1;
        for (String e : EVENTS) {
            int k = words.lastIndexOf(e);
            if (k >= 0 && k + e.length() > eventEnd) {
                eventEnd = k + e.length();
                event = e;
            }
        }
        return event;
    }

    /**
     * For the first of two counts of people listed before one casualty word (2000多名学生和70多名教职人员死亡): its noun
     * and that word (学生死亡); "" for any other count.
     */
    private static String listedBeforeCasualty(QuantityScope scope) {
        if (!PERSON_UNITS.contains(scope.quantity.unit())) {
            return "";
        }
        Matcher noun = LISTED_NOUN.matcher(scope.text).region(scope.quantity.end(), Math.max(scope.quantity.end(), scope.clause.end()));
        if (!noun.lookingAt() || CASUALTY_WORD.matcher(noun.group(1)).find()) {
            return ""; // 30人死亡、17人受伤: each count has its own casualty word
        }
        Quantity next = scope.paragraphQuantities.stream().filter(q -> q.start() == noun.end()).findFirst().orElse(null);
        if (next == null || !PERSON_UNITS.contains(next.unit())) {
            return "";
        }
        Matcher word = CASUALTY_AFTER.matcher(scope.text).region(next.end(), Math.max(next.end(), scope.clause.end()));
        return word.lookingAt() ? noun.group(1) + word.group(1) : "";
    }
}
