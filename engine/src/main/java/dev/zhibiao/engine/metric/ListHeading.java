package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that opens with a heading ending in a colon and lists figures after it. The heading names what the
 * items measure; the items' own words name the ranked or counted entity: a ranking (投资增速前三名：中宁县增长58.3%，
 * 海原县增长36.8%) or a breakdown (未开工项目共5个，按责任单位划分分别是：银川市2个，…；吴忠市1个，…).
 */
final class ListHeading {
    /** A ranking heading ends with its rank: 前三名, 后二名, 前10位. */
    private static final Pattern RANK_END = Pattern.compile(
            "(?:前|后)(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:名|位)$");
    /** A breakdown heading hands its total over to the items: 分别是, 分别为, 如下. */
    private static final Pattern BREAKDOWN_END = Pattern.compile("(?:分别是|分别为|如下)$");
    /** A period inside a heading: the ranked group is before it, the metric after it (地级市1—7月投资增速). */
    private static final Pattern INNER_PERIOD = Pattern.compile(
            "(?:\\d{4}年)?\\d{1,2}(?:[-—~至到]\\d{1,2})?月份?|\\d{4}年(?:度)?|(?:上|下)半年|[一二三四]季度");
    static final String COLONS = "：:";
    private static final String RANK_MARKS = "前后第";
    private static final char SENTENCE_END = '。';

    private final boolean ranking;
    private final String heading;
    private final Quantity total;

    private ListHeading(boolean ranking, String heading, Quantity total) {
        this.ranking = ranking;
        this.heading = heading;
        this.total = total;
    }

    /** The heading the quantity is listed under, or null when its paragraph opens with none. */
    static ListHeading of(QuantityScope scope) {
        String text = scope.text;
        int paragraphStart = text.lastIndexOf('\n', scope.quantity.start() - 1) + 1;
        int colon = -1;
        for (int i = paragraphStart; i < scope.quantity.start(); i++) {
            if (COLONS.indexOf(text.charAt(i)) >= 0) {
                colon = i;
                break;
            }
            if (text.charAt(i) == SENTENCE_END) {
                return null;
            }
        }
        if (colon < 0 || text.substring(colon, scope.quantity.start()).indexOf(SENTENCE_END) >= 0) {
            return null;
        }
        String heading = text.substring(paragraphStart, colon).strip();
        Matcher rank = RANK_END.matcher(heading);
        if (rank.find()) {
            return new ListHeading(true, heading.substring(0, rank.start()), null);
        }
        if (!BREAKDOWN_END.matcher(heading).find()) {
            return null;
        }
        Quantity total = null;
        for (Quantity q : scope.quantitiesIn(paragraphStart, colon)) {
            if (q.start() == 0 || RANK_MARKS.indexOf(text.charAt(q.start() - 1)) < 0) {
                total = q;  // a rank (前九名项目) names the group, it is no total
            }
        }
        int firstClauseEnd = heading.length();
        for (int i = 0; i < heading.length(); i++) {
            if ("，,".indexOf(heading.charAt(i)) >= 0) {
                firstClauseEnd = i;
                break;
            }
        }
        return new ListHeading(false, heading.substring(0, firstClauseEnd), total);
    }

    /**
     * Whether the heading, not the item's own words, names what the quantity measures: in a ranking, a change (the
     * item names the entity that changed) or an item whose words name nothing (完成63.5%); in a breakdown, an
     * amount that ends its item, of the total's unit.
     *
     * @param own the item's own phrase before the amount, stripped and without places
     */
    boolean names(QuantityScope scope, String own) {
        if (ranking) {
            return scope.quantity.change() != null || NamelessWords.namesNothing(own);
        }
        return (total == null || total.unit().equals(scope.quantity.unit()))
                && StrayMarks.tidy(scope.right(false)).isEmpty();
    }

    /** The quantity that states the breakdown's total (共5个), or null. */
    Quantity total() {
        return total;
    }

    /** What the heading says the items measure: its words without the rank, the ranked group and the period. */
    String thing() {
        String words = Affixes.strip(heading);
        Matcher period = INNER_PERIOD.matcher(words);
        int end = -1;
        while (period.find()) {
            end = period.end();
        }
        return end > 0 && end < words.length() ? Affixes.strip(words.substring(end)) : words;
    }
}
