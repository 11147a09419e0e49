package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.ListedPlaceCounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places listed and counted by their counter alone (福建、江西、广东3省启动防汛四级应急响应): no noun follows the counter, it
 * names the places itself, and the deed right after it says which places were counted (启动防汛四级应急响应的省).
 */
final class ListedPlaceDeeds {
    /**
     * A part or side of the places opening the words after them (两省交界处, 三国边境, 三省境内, 三市之间, 两省部分地区,
     * 2省多个城市, 3省山区; also after a verb taking 在 as complement: 分布在…3省山区): a noun of where, not a deed.
     */
    private static final Pattern WHERE_IN_PLACES = Pattern.compile(
        "^(?:交界|边界|边境|接壤|境内|境外|一带|沿线|之间|之内|区域|范围|上空|以外|[间内外处边中]"
            + "|(?:部分|多个|多数|各|全|广大|一些|不少|偏远)?(?:地区|城市|城镇|山区|农村|乡村|城乡|地方|沿海|沿边|沿江|县域))");

    /**
     * Words closing a frame around the places (与…2国相比, 与…两省一样, 对…两省而言): the places are a yardstick or a
     * point of view, nothing was done in or to them.
     */
    private static final Pattern FRAME_CLOSER = Pattern.compile(
        "^(?:相比|相较|比较|一样|相同|类似|相似|不同|同样|而言|来说|来讲|看来|为例)");

    /**
     * A negation before one of the openers of {@code MetricLabeler}'s places opener (未在…3省启动, 没有在…两省发现: the deed was
     * not done there, and the label would drop the 未), anywhere in the words before the count: a broad test, which only
     * ever keeps the older label.
     */
    private static final Pattern NEGATED_OPENER = Pattern.compile("(?:[未没不无]|没有)(?:在|对|针对|与|把)");

    /**
     * Other places joined on after the counter, closed by 等 and their kind (3省和长江、珠江、太湖等流域启动…): done to as
     * well, the deed after them is the places' deed too.
     */
    private static final Pattern JOINED_PLACES = Pattern.compile(
        "^(?:和|及|以及|与)[^，,。；;的]{2,30}?等(?:流域|地区|地方|城市|国家|省份|省区市|省市|区域|海域|地)");

    private ListedPlaceDeeds() {
    }

    /**
     * The deed done in or to the places, with 的 and their counter (启动防汛四级应急响应的省); "" when the count is of no
     * listed places, a noun follows the counter, the deed describes a noun after it (加征关税的措施), the words after
     * the places close a frame (相比, 而言), or the opener is negated (未在).
     */
    static String named(QuantityScope scope) {
        String counter = scope.quantity.unit();
        if (!ListedPlaceCounts.isPlaceCounter(counter) || !NounsInsideAmounts.nounInside(scope.quantity).isEmpty()) {
            return "";
        }
        String after = scope.right(true);
        Matcher joined = JOINED_PLACES.matcher(after);
        after = joined.lookingAt() ? after.substring(joined.end()) : after;
        String deed = Phrases.after(after, true);
        if (deed.length() < 2 || !Phrases.isChinese(deed) || !after.startsWith(deed)
                || deed.contains(Phrases.MODIFIER) || WHERE_IN_PLACES.matcher(deed).lookingAt()
                || FRAME_CLOSER.matcher(deed).lookingAt() || NEGATED_OPENER.matcher(scope.left()).find()) {
            return "";
        }
        return deed + Phrases.MODIFIER + counter;
    }
}
