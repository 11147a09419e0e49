package dev.zhibiao.engine.metric;

/**
 * A physical amount written before the thing it describes (350吨龙门吊, 全长522公里的沙漠公路): it measures that thing,
 * whatever the words before it say.
 */
final class DescribedThings {
    private static final String MODIFIER_END = Phrases.MODIFIER;
    /** Marks joining dimensions of one thing written side by side (东西宽30公里、南北长61公里). */
    private static final String COORDINATING_MARKS = "、和";

    private DescribedThings() {
    }

    /**
     * A physical amount written before the thing it describes (手里350吨龙门吊, 由一台500吨冷压机, 全长522公里的沙漠
     * 公路) measures that thing: the thing, with the dimension written before the amount (沙漠公路全长); the words before
     * them — a place (手里), an article (一台), a preposition (在) — are not the fact's. "" when the amount is no such
     * description: a verb before it makes it the amount of an action (种植300亩蔬菜).
     */
    static String describedThing(QuantityScope scope, String left) {
        if (!scope.quantity.physical() || scope.quantity.change() != null || Phrases.isBound(scope.text, scope.quantity)) {
            return "";
        }
        String attribute = MeasureWords.attributeBefore(left);
        String thing = thingAfter(scope);
        if (thing.isEmpty() && !attribute.isEmpty()) {
            thing = thingAfterCoordinatedDimension(scope);
        }
        if (thing.length() < 2) {
            return "";
        }
        if (attribute.isEmpty() && !Phrases.endsWithArticleOrPlace(left)) {
            return "";
        }
        return StrayMarks.tidy(thing + attribute);
    }

    /**
     * Dimensions of one thing written side by side (东西宽30公里、南北长61公里的绿色屏障): the thing after the last one is
     * each one's; "" when the amount is not followed by such a dimension and amount.
     */
    private static String thingAfterCoordinatedDimension(QuantityScope scope) {
        int end = scope.quantity.end();
        if (end >= scope.text.length() || COORDINATING_MARKS.indexOf(scope.text.charAt(end)) < 0) {
            return "";
        }
        return scope.quantitiesIn(end + 1, scope.clause.end()).stream().findFirst().map(next -> {
            String gap = scope.text.substring(end + 1, Math.max(end + 1, next.start()));
            return gap.isEmpty() || !MeasureWords.attributeBefore(gap).equals(gap) || !next.unit().equals(scope.quantity.unit())
                    ? "" : thingAfter(scope.of(next));
        }).orElse("");
    }

    /** The noun written right after the amount, or after 的 (350吨龙门吊, 102719亿元的GDP); "" when none follows. */
    static String thingAfter(QuantityScope scope) {
        if (!PhraseStops.describesNext(scope.text, scope.quantity.end())) {
            return "";
        }
        String right = scope.right(false);
        return Phrases.after(right.startsWith(MODIFIER_END) ? right.substring(MODIFIER_END.length()) : right, false);
    }
}
