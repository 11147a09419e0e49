package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.regex.Pattern;

/**
 * Counts of kinds sharing one noun written after the last of them (有3项国家级、6项省级非物质文化遗产; 建成2座大型和5座中型
 * 水库): a count whose words after it are only a kind word takes the noun the later item writes after a kind word of the
 * same make (国家级 → 国家级非物质文化遗产). Kind words are the non-predicate adjectives made with 级, 型 or 类 (省级, 中型, 一类); a
 * count named by a full noun (3个村、5个村民小组, 5个社区、3个社区服务中心) shares nothing.
 */
final class SharedKinds {
    /**
     * A kind word: a grade, size or class (国家级, 省级, 大型, 二类), which names no thing alone; two characters at most
     * before its mark, so a later item's words opening with a verb (4个新建高级中学) hold no kind of the same make.
     */
    private static final Pattern KIND = Pattern.compile("\\p{IsHan}{1,2}[级型类]");
    /** The shared noun is a word or more (水库, 非物质文化遗产). */
    private static final int MIN_NOUN = 2;

    private SharedKinds() {
    }

    static String named(QuantityScope scope, String label) {
        String kind = scope.right(false);
        if (!scope.quantity.counted() || !KIND.matcher(kind).matches() || !label.endsWith(kind)) {
            return label;
        }
        char make = kind.charAt(kind.length() - 1);
        QuantityScope at = scope;
        String words = kind;
        for (int hops = 0; hops < MetricLabeler.MAX_CONJOINED; hops++) {
            Quantity next = at.joinedAfter(at.chainEnd + words.length());
            if (next == null || !next.unit().equals(scope.quantity.unit())) {
                return label;
            }
            at = scope.of(next);
            words = at.right(false);
            int kindEnd = words.indexOf(make) + 1;
            if (kindEnd == 0 || !KIND.matcher(words.substring(0, kindEnd)).matches()) {
                return label;
            }
            String noun = Phrases.after(words.substring(kindEnd), false);
            if (noun.length() >= MIN_NOUN) {
                return label + noun;
            }
            if (kindEnd < words.length()) {
                return label; // the later kind is followed by words that are no noun
            }
        }
        return label;
    }
}
