package dev.zhibiao.engine.metric;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of examples in the words before an amount (北京、上海等18个城市, 覆盖肿瘤、代谢等10个治疗领域): the items only
 * exemplify the noun after the amount, while the verb governing them or the whole they make up tells what is counted;
 * and an item opened by a separator (、林业收入) is the next of a list of amounts.
 */
final class ExampleLists {
    /** Examples listed before 等 only illustrate what follows (夫子庙片区、长沙五一商圈等多个集聚区客流量). */
    private static final Pattern EXAMPLES = Pattern.compile("、[^、，。；]*?等(?!级|于|同)");
    /**
     * Verbs whose object is a list of examples and a count (覆盖肿瘤、代谢等10个治疗领域, 开展滑雪、滑冰等20多个项目):
     * what was done to the things counted names them.
     */
    private static final List<String> LIST_VERBS = List.of("覆盖", "涵盖", "聚焦", "围绕", "开展", "识别", "涉及", "举办",
            "推出", "设立", "开通", "通航", "串联", "辐射", "带动", "打击", "击落", "摧毁", "击退", "发现", "引进", "培育",
            "展示", "展出");
    private static final String INCLUDING = "包括";
    /** Verbs saying what a whole holds (设有, 包括, 分为). */
    private static final Pattern CONTAINING = Pattern.compile("设有|包括|分为");
    /** The same, with 由 when 组成 or 构成 follows the count (活动由…3个板块组成); not 由 of 自由, 理由, 经由 or 由于. */
    private static final Pattern MADE_UP_OF = Pattern.compile("设有|包括|分为|(?<![自理经缘])由(?!于)");
    private static final int MIN_WHOLE = 2;
    private static final int MAX_WHOLE = 10;
    /** The first example is this long at most: a verb further back governs something else. */
    private static final int MAX_FIRST_EXAMPLE = 10;
    /** Quoted names written side by side (“领航”“铸魂”): the point between the quotes separates them. */
    private static final String SIDE_BY_SIDE_QUOTES = "”“";

    private ExampleLists() {
    }

    /**
     * The head noun after the examples of an enumeration ending in 等, or the whole phrase when no such head follows
     * (驻村帮扶经费、专项工作经费和驻村补助等1482万余元: the items are the thing).
     */
    static String afterExamples(String phrase) {
        Matcher m = EXAMPLES.matcher(phrase);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        // with no examples the phrase is all there is: no need to strip it to see; examples a whole is said to include
        // (…重大项目正式动工，包括产业建设、基础设施等共有319项) are of the whole named before, not the thing
        return cut > 0 && (!Affixes.strip(phrase.substring(cut)).isEmpty() || phrase.startsWith(INCLUDING))
            ? phrase.substring(cut) : phrase;
    }

    /**
     * Whether the phrase holds an enumeration (A、B、C等), which then only exemplifies the noun after the amount; a
     * separator opening the phrase joins this amount to the one before instead.
     */
    static boolean enumerates(String phrase) {
        // 北京、上海等, or one example before 等 (由国家知识产权局等18个部门单位)
        return firstItemSeparator(phrase) > 0
            || phrase.length() > Phrases.EXAMPLES_END.length() + 1 && phrase.endsWith(Phrases.EXAMPLES_END);
    }

    /**
     * Where the first item of an enumeration ends: at 、, or between two quoted names written side by side with no mark
     * (由“领航”“铸魂”“建功”5个展厅组成); -1 when the phrase lists nothing.
     */
    static int firstItemSeparator(String phrase) {
        int mark = phrase.indexOf(Phrases.ENUMERATION_COMMA, 1);
        int quotes = phrase.indexOf(SIDE_BY_SIDE_QUOTES);
        int betweenQuotes = quotes < 0 ? -1 : quotes + 1;
        return mark < 0 || betweenQuotes >= 0 && betweenQuotes < mark ? betweenQuotes : mark;
    }

    /**
     * The verb governing the examples of an enumeration (覆盖肿瘤、代谢、免疫等 → 覆盖), written at most a few characters
     * before the first separator; "" when none of the verbs that take such lists is.
     */
    static String verbBeforeExamples(String phrase) {
        int separator = firstItemSeparator(phrase);
        if (separator < 0) {
            return "";
        }
        String verb = "";
        int verbAt = -1;
        for (String candidate : LIST_VERBS) {
            int at = phrase.lastIndexOf(candidate, separator - candidate.length());
            if (at > verbAt && separator - at - candidate.length() <= MAX_FIRST_EXAMPLE) {
                verb = candidate;
                verbAt = at;
            }
        }
        return verb;
    }

    /**
     * The whole a list of examples makes up, named before a verb of containing at the clause start (论坛设有主旨演讲、
     * 高端访谈等 → 论坛; 活动由致敬丰收、致敬农民… → 活动 when {@code madeUp}, the clause saying 组成 or 构成 after the
     * count): the things counted are its parts. "" when there is none.
     */
    static String wholeBeforeExamples(String phrase, boolean madeUp) {
        int separator = firstItemSeparator(phrase);
        Matcher verb = (madeUp ? MADE_UP_OF : CONTAINING).matcher(phrase);
        if (separator < 0 || !verb.find() || verb.start() > separator) {
            return "";
        }
        String written = phrase.substring(0, verb.start());
        String whole = Affixes.strip(written);
        // 浙江成立了由财政、交通等10多个部门组成的协调小组: a deed done, the parts are of the thing done
        boolean named = whole.length() >= MIN_WHOLE && whole.length() <= MAX_WHOLE && Phrases.isChinese(whole)
            && !written.contains(Phrases.PERFECTIVE);
        return named ? whole : "";
    }

    /** Whether the words hold a verb saying what a whole holds (遇难者包括, 园区设有): the things after it are its parts. */
    static boolean namesWhole(String words) {
        return CONTAINING.matcher(words).find();
    }

    /**
     * The words before the enumeration the phrase holds (出境可通达俄罗斯、德国、比利时等 → 出境可通达), whose first item
     * is {@code firstItemLength} characters long.
     */
    static String beforeEnumeration(String phrase, int firstItemLength) {
        int separator = firstItemSeparator(phrase);
        return phrase.substring(0, Math.max(0, separator - firstItemLength));
    }

    /**
     * The item of an enumeration the phrase names (、林业收入 → 林业收入): all after a separator opening it (、生活用品及服务),
     * else all after its last separator (乘客和 → "", 黄牛养殖基地及西街村 → 西街村).
     */
    static String afterLastSeparator(String phrase) {
        boolean opensWithSeparator = phrase.startsWith(QuantityScope.AS_WELL_AS)
            || !phrase.isEmpty() && QuantityScope.LIST_SEPARATORS.indexOf(phrase.charAt(0)) >= 0;
        int comma = phrase.lastIndexOf(Phrases.ENUMERATION_COMMA);
        if (opensWithSeparator && comma <= 0) {
            // the item follows the separator: a joining word inside it (、生活用品及服务下降0.8%, 和交通和通信上涨0.9%)
            // separates nothing
            return phrase.substring(phrase.startsWith(QuantityScope.AS_WELL_AS) ? QuantityScope.AS_WELL_AS.length() : 1);
        }
        // the words before the last separator are the previous amount's (500头黄牛养殖基地及西街村14000平米)
        for (int i = phrase.length() - 1; i >= 0; i--) {
            if (QuantityScope.LIST_SEPARATORS.indexOf(phrase.charAt(i)) >= 0 && !QuantityScope.insidePairedNoun(phrase, i)) {
                return phrase.substring(i + 1);
            }
        }
        return phrase;
    }
}
