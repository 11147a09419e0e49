package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.DictionaryWords;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of examples opened by the locative 在 and closed by 等 with the kind of places or fields they are (在斯洛博然斯科、
 * 波克罗夫斯克等多个方向, 在新一代信息技术、高端装备等领域, 在库尔斯克州、雅罗斯拉夫尔州等地上空), then a verb before the count
 * (击退俄军数十次进攻, 建成了45个国家先进制造业集群, 拦截并摧毁了32架…无人机): the list says where the deed was done, not which
 * things were counted, so the verb and its object name them (击退俄军进攻), as when no list is written.
 */
final class DeedsAfterLists {
    /** The locative opening the list: where the deed was done. */
    private static final char LOCATIVE = '在';
    /**
     * After 等: a vague count (多个, 八个), the kind of the examples (方向, 领域, 地), maybe a place in them (城市中心区域) or
     * where in it (上空, 境内), then the deed: at least a verb, no 的 (等地区的问题 describes the things counted).
     */
    private static final Pattern KIND_THEN_DEED = Pattern.compile(
        "(?:[几多数两一二三四五六七八九十]+个)?(省市区|省区市|方向|领域|地区|地方|地|国家|城市|省份|省市|部门|行业|单位)"
            + "(?:\\p{IsHan}{1,4}?(?:区域|地区|地带))?(?:上空|境内|一带|沿线)?([^的]{2,})");
    /** One-character adverbs a deed may open with before its verb (已建成, 共新增, 均实现). */
    private static final String ADVERBS = "已共均都还再又也";

    private DeedsAfterLists() {
    }

    /** The deed after a list of examples and its kind that ends the words before the count; "" when there is none. */
    static String deed(String wordsBefore) {
        int end = wordsBefore.lastIndexOf(Phrases.EXAMPLES_END);
        int lastItem = end < 0 ? -1 : wordsBefore.lastIndexOf(Phrases.ENUMERATION_COMMA, end);
        int open = lastItem < 0 ? -1 : wordsBefore.lastIndexOf(LOCATIVE, lastItem);
        if (open < 0 || ExampleLists.firstItemSeparator(wordsBefore.substring(open + 1, end)) <= 0) {
            return "";
        }
        String after = wordsBefore.substring(end + Phrases.EXAMPLES_END.length());
        Matcher deed = KIND_THEN_DEED.matcher(after);
        if (!deed.matches() || !Phrases.isChinese(deed.group(2))
                || DictionaryWords.runsOn(after, deed.start(1), deed.end(1)) || !opensWithVerb(deed.group(2))) {
            return ""; // 等地震多发地区, 等地级市: the kind is the start of a longer word
        }
        String verb = Affixes.strip(deed.group(2));
        return verb.length() >= 2 ? verb : "";
    }

    /**
     * Whether the deed opens with a word of its own, maybe after an adverb (击退, 已建成), not with the rest of a word the
     * kind began (等国家级实验室: 级; 等城市群: 群).
     */
    private static boolean opensWithVerb(String deed) {
        String first = DictionaryWords.firstWord(deed);
        if (first.length() == 1 && ADVERBS.indexOf(first.charAt(0)) >= 0) {
            first = DictionaryWords.firstWord(deed.substring(1));
        }
        return first.length() >= 2;
    }
}
