package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Categories after a breakdown word (按地域分，城镇实现747.1亿元; 其中水田8110亩): each is of the measure of the whole
 * stated before it, which one labeling remembers so a category is not taken for a whole.
 */
final class SubCategories {
    /** Categories (城镇, 乡村, 金牌) are two characters long. */
    private static final int CATEGORY_LENGTH = 2;
    /** Categories that say which part of a whole, not what thing: alone (城镇实现747.1亿元) they name no fact. */
    private static final Set<String> DIMENSIONS = Set.of(
            "城镇", "乡村", "农村", "城市", "城区", "市区", "郊区", "县域", "县城", "镇区", "男性", "女性", "国有", "民营", "集体",
            "个体", "私营", "外资", "内资", "外商", "中直", "地方", "中央", "公办", "民办", "本土", "境外", "境内", "国内", "国外",
            "线上", "线下", "东部", "中部", "西部", "东北", "城乡", "村民", "居民", "全日", "其他", "其余");
    private static final Set<String> TIME_SPAN_UNITS = QuantityScope.TIME_SPAN_UNITS;
    /** Quantities labelled as a category of an earlier whole. */
    private final Set<Quantity> categories = new HashSet<>();
    private final NeighbourLabels labels;

    SubCategories(NeighbourLabels labels) {
        this.labels = labels;
    }

    /**
     * A category naming no measure after a breakdown word (按地域分，城镇实现747.1亿元; 奖牌252枚（金牌88枚）; 耕地面积
     * 31774亩，其中水田8110亩): the same measure of the whole stated before that word in the paragraph, in the same unit — 城镇社会消费品零售总额, 省级体育比赛金牌 — whose own label is
     * no such category (乡村 after 城镇 is of the total too); "" when it is none.
     */
    String named(QuantityScope scope, String label) {
        if (label.length() != CATEGORY_LENGTH || scope.quantity.change() != null || !Phrases.isChinese(label)
                || MeasureWords.namesMeasure(label) || TIME_SPAN_UNITS.contains(scope.quantity.unit())
                || !scope.left().contains(label)) {
            return "";
        }
        // the categories follow a breakdown word (其中, 按地域分, 分规模看, a bracket) that follows the whole
        int breakdown = Phrases.lastBreakdown(scope.text, Phrases.semicolonListStart(scope.text, scope.sentence.start()),
                scope.chainStart);
        if (breakdown < 0) {
            return "";
        }
        List<Quantity> before = scope.quantitiesIn(0, breakdown);
        for (int i = before.size() - 1; i >= 0; i--) {
            Quantity whole = before.get(i);
            if (!whole.unit().equals(scope.quantity.unit()) || whole.change() != null || whole.end() > breakdown
                    || Phrases.isOpeningBracket(scope.text.charAt(breakdown)) && whole.end() != breakdown) {
                continue;
            }
            String measure = labels.neighbour(scope, whole);
            if (categories.contains(whole)) {
                continue;
            }
            if (measure.length() <= label.length() || measure.contains(label)) {
                return "";
            }
            boolean sameKind = measure.charAt(measure.length() - 1) == label.charAt(label.length() - 1);
            if (!sameKind && !DIMENSIONS.contains(label)) {
                return "";
            }
            categories.add(scope.quantity);
            // 奖牌 → 金牌: the category replaces the word of the same kind; a dimension (城镇) narrows the measure. A
            // thing (烟叶 under 经济作物面积) names its fact well enough alone.
            return sameKind ? measure.substring(0, measure.length() - label.length()) + label : label + measure;
        }
        return "";
    }
}
