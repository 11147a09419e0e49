package dev.zhibiao.engine.metric;

import java.util.regex.Pattern;

/**
 * Counts listed side by side as the subjects of one act of taking part, growing or raising written after the last of them
 * (共有超过25000名军人、167艘舰艇、89架飞机和直升机参加了战备检查, 109个村、694户农民种植烤烟): each item's things are
 * named by that act (参加战备检查的军人, 种植烤烟的村), as the last one's are; the item's noun alone (军人) says nothing
 * of the fact.
 */
final class SharedPredicates {
    /** The amount's noun (no 的: a described noun is no list subject), 、 and the later items. */
    private static final String LISTED = "^(\\p{IsHan}{1,6}?)、[^，,。；;的]{1,24}?";
    /** What the act was done to, maybe none, closing the clause. */
    private static final String DONE_TO = "([\\p{IsHan}&&[^的]]{%d,8})[，,。；;]?$";
    /**
     * The items, then the verb of taking part, maybe 了, and what was taken part in; not a verb right after a count's
     * unit, which opens that item's noun.
     */
    private static final Pattern LISTED_TAKING_PART = Pattern.compile(
        LISTED + "(?<![0-9０-９一二两三四五六七八九十多余几]\\p{IsHan})(参加|参与|出席)了?" + DONE_TO.formatted(0));
    /**
     * The items, the last of them people or a body that grows or raises (694户农民, 5个合作社, 40个村), then the verb, maybe
     * 了, and the crop or stock: not a place things grow in (50亩基地种植草莓), an adverb or verb before the act (不再种植,
     * 计划种植, 开展水产养殖), a noun the verb opens (种植基地, 种植业, 种植面积, 种植户增收) or no crop at all (种植失败, 300户农户种植).
     */
    private static final Pattern LISTED_GROWING = Pattern.compile(
        LISTED + "(?<=户|农民|村民|群众|牧民|渔民|合作社|企业|公司|农场|村|镇)(种植|养殖)了?"
            + "(?!业|面积|规模|结构|品种|模式|技术|基地|园|场|区|户|大户|失败|成本|收入|效益|补贴|保险)" + DONE_TO.formatted(1));
    private static final char LIST_MARK = '、';
    private static final String MODIFIER = Phrases.MODIFIER;

    private SharedPredicates() {
    }

    /** The act with the item's noun ({@code 参加战备检查的军人}), else {@code label} as it is. */
    static String named(QuantityScope scope, String label) {
        // only a label that is the item's bare noun, with an item after this one in its clause
        return scope.countedClauseMatching(LIST_MARK, LISTED_TAKING_PART, LISTED_GROWING)
            .filter(m -> label.equals(m.group(1)))
            .map(m -> m.group(2) + m.group(3) + MODIFIER + m.group(1)).orElse(label);
    }
}
