package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A physical amount written before the thing it describes (350吨龙门吊, 全长522公里的沙漠公路): it measures that thing,
 * whatever the words before it say.
 */
final class DescribedThings {
    private static final String MODIFIER_END = Phrases.MODIFIER;
    /** Marks joining dimensions of one thing written side by side (东西宽30公里、南北长61公里). */
    private static final String COORDINATING_MARKS = "、和";
    /** A dimension and 的 right after a length (35米直径的, 44米深的). */
    private static final Pattern DIMENSION_AFTER = Pattern.compile("(直径|半径|口径|深|高|宽|长|厚)的");
    /** Where in the thing something stands (水池中央, 大厅内, 水中救出…): no part of what is measured, nor what follows it. */
    private static final Pattern LOCATIVE = Pattern.compile("中央|中心|之中|内|里|上|下|中");
    /** A thing a dimension describes is a noun of a few characters (有机玻璃球), not a clause (跨江大桥总投资). */
    private static final int MAX_DESCRIBED_THING = 6;

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
        Matcher after = DIMENSION_AFTER.matcher(scope.right(false));
        if (after.lookingAt()) {
            // the dimension written after the amount (35米直径的有机玻璃球, 44米深的水池中央): the thing after 的 has it
            String thing = withoutLocative(Phrases.after(scope.right(false).substring(after.end()), false));
            return thing.length() < 2 || thing.length() > MAX_DESCRIBED_THING ? "" : StrayMarks.tidy(thing + after.group(1));
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

    private static String withoutLocative(String thing) {
        Matcher locative = LOCATIVE.matcher(thing);
        return locative.find() ? thing.substring(0, locative.start()) : thing;
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
