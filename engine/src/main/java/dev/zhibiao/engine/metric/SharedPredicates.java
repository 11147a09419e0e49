package dev.zhibiao.engine.metric;

import java.util.regex.Pattern;

/**
 * Counts listed side by side as the subjects of one act of taking part, growing or raising written after the last of them
 * (共有超过25000名军人、167艘舰艇、89架飞机和直升机参加了战备检查, 109个村、694户农民种植烤烟): each item's things are
 * named by that act (参加战备检查的军人, 种植烤烟的村), as the last one's are; the item's noun alone (军人) says nothing
 * of the fact.
 */
final class SharedPredicates {
    /**
     * The amount's noun (no 的: a described noun is no list subject), 、 and the later items, then the verb of the act,
     * maybe 了, and what it was done to, closing the clause; not a verb right after a count's unit, which opens that
     * item's noun (3家休闲旅游山庄、1家种植采摘园).
     */
    private static final Pattern LISTED_THEN_ACT = Pattern.compile(
        "^(\\p{IsHan}{1,6}?)、[^，,。；;的]{1,24}?(?<![0-9０-９一二两三四五六七八九十多余几]\\p{IsHan})(参加|参与|出席|种植|养殖)了?([\\p{IsHan}&&[^的]]{0,8})[，,。；;]?$");
    private static final char LIST_MARK = '、';
    private static final String MODIFIER = Phrases.MODIFIER;

    private SharedPredicates() {
    }

    /** The act with the item's noun ({@code 参加战备检查的军人}), else {@code label} as it is. */
    static String named(QuantityScope scope, String label) {
        // only a label that is the item's bare noun, with an item after this one in its clause
        return scope.countedClauseMatching(LIST_MARK, LISTED_THEN_ACT).filter(m -> label.equals(m.group(1)))
            .map(m -> m.group(2) + m.group(3) + MODIFIER + m.group(1)).orElse(label);
    }
}
