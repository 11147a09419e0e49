package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works done to one kind of thing listed side by side, the thing named with the first only (新建高标准农田255万亩、改造提升
 * 280万亩): a later item of only verbs of works (改造提升) is done to the same thing (改造提升高标准农田), as the item before
 * (新建 + 高标准农田) says; its verbs alone name no fact.
 */
final class ParallelDeeds {
    /** Verbs of building, mending or upgrading a thing; an item of one or two of them names no thing. */
    private static final String WORKS = "(?:新建|改建|扩建|改扩建|续建|改造|提升|提质|升级|修建|修缮|维修|加固|整治|修复|硬化|新增)";
    private static final Pattern ONLY_WORKS = Pattern.compile(WORKS + "{1,2}");
    /** Verbs of works, then the thing worked on, ending the item before; not a described object (对新建小区实施绿化). */
    private static final Pattern WORKS_THEN_THING = Pattern.compile("(?<![对把为])" + WORKS + "+(\\p{IsHan}{2,})$");
    /** Marks between the items of a list. */
    private static final String LIST_SEPARATORS = "、，,；;";

    private ParallelDeeds() {
    }

    /** The works with the thing the item before names ({@code 改造提升高标准农田}), else {@code label} as it is. */
    static String named(QuantityScope scope, String label) {
        // the amount's own change is not looked at: 提升 of 改造提升 reads as one (提升280万亩)
        Quantity previous = scope.likeCountBefore();
        if (previous == null) {
            return label;
        }
        String gap = scope.text.substring(previous.end(), scope.chainStart);
        if (LIST_SEPARATORS.indexOf(gap.charAt(0)) < 0 || !ONLY_WORKS.matcher(gap.substring(1)).matches()) {
            return label;
        }
        Matcher m = WORKS_THEN_THING.matcher(itemBefore(scope, previous));
        return m.find() ? gap.substring(1) + m.group(1) : label;
    }

    /** The words of the list item that ends with {@code previous}, before its amount. */
    private static String itemBefore(QuantityScope scope, Quantity previous) {
        int from = previous.start();
        while (from > scope.sentence.start() && LIST_SEPARATORS.indexOf(scope.text.charAt(from - 1)) < 0) {
            from--;
        }
        return scope.text.substring(from, previous.start());
    }
}
