package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of examples closed by 等 and the kind of places or fields they are (在斯洛博然斯科、波克罗夫斯克等多个方向, 在新一代
 * 信息技术、高端装备等领域, 在库尔斯克州、雅罗斯拉夫尔州等地上空), then a verb before the count (击退俄军数十次进攻, 建成了45个
 * 国家先进制造业集群, 拦截并摧毁了32架…无人机): the list says where the deed was done, not which things were counted, so the
 * verb and its object name them (击退俄军进攻), as when no list is written.
 */
final class DeedsAfterLists {
    /** The last list of examples of the words and its closing 等 (、波克罗夫斯克等); not 等级, 等于, 等同. */
    private static final Pattern EXAMPLES = Pattern.compile("、[^、，。；]*?等(?!级|于|同)");
    /**
     * After 等: a vague count (多个, 八个), the kind of the examples (方向, 领域, 地), maybe where in it (上空, 境内), then the
     * deed: at least a verb, no 的 (等方面的问题诉求 describes the things counted).
     */
    private static final Pattern KIND_THEN_DEED = Pattern.compile(
        "(?:[几多数两一二三四五六七八九十]+个)?(?:方向|领域|方面|地区|地方|地|国家|城市|省份|省市|部门|行业|单位)"
            + "(?:上空|境内|一带|沿线)?([^的]{2,})");

    private static final char LIST_COMMA = '、';

    private DeedsAfterLists() {
    }

    /** The deed after a list of examples and its kind that ends the words before the count; "" when there is none. */
    static String deed(String wordsBefore) {
        if (wordsBefore.indexOf(LIST_COMMA) < 0) {
            return "";
        }
        Matcher examples = EXAMPLES.matcher(wordsBefore);
        int end = -1;
        while (examples.find()) {
            end = examples.end();
        }
        if (end < 0) {
            return "";
        }
        Matcher deed = KIND_THEN_DEED.matcher(wordsBefore.substring(end));
        if (!deed.matches() || !Phrases.isChinese(deed.group(1))) {
            return "";
        }
        String verb = Affixes.strip(deed.group(1));
        return verb.length() >= 2 ? verb : "";
    }
}
