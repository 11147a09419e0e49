package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of kinds sharing one noun written after the last of them (有3项国家级、6项省级非物质文化遗产; 建成2座大型和5座中型
 * 水库): a count whose words after it are only a kind word takes the noun the later item writes after a kind word of the
 * same make (国家级 → 国家级非物质文化遗产). Kind words are the non-predicate adjectives made with 级, 型 or 类 (省级, 中型, 一类); a
 * count named by a full noun (3个村、5个村民小组, 5个社区、3个社区服务中心) shares nothing. Written the other way, the noun
 * after the first kind and each count after its kind (其中省级规范化合作社2家，市级4家; 大型水库3座、中型5座), a later count
 * named by its kind word alone takes the noun of the like count before it (市级规范化合作社).
 */
final class SharedKinds {
    /**
     * A kind word: a grade, size or class (国家级, 省级, 大型, 二类), which names no thing alone; two characters at most
     * before its mark, so a later item's words opening with a verb (4个新建高级中学) hold no kind of the same make.
     */
    private static final Pattern KIND = Pattern.compile("\\p{IsHan}{1,2}[级型类]");
    /** A second grade within the kind (三级甲等医院): the noun after it belongs to that grade, not to another kind's. */
    private static final Pattern SUBGRADE = Pattern.compile("^[甲乙丙]等");
    /** The shared noun is a word or more (水库, 非物质文化遗产). */
    private static final int MIN_NOUN = 2;

    private SharedKinds() {
    }

    static String named(QuantityScope scope, String label, Function<Quantity, String> labelOf) {
        String noun = nounOfKindBefore(scope, label, labelOf);
        return noun.isEmpty() ? nounOfKindAfter(scope, label) : label + noun;
    }

    /**
     * For a count named by a kind word alone (市级4家), the noun the like count before it in the sentence writes after a
     * kind word of the same make and another grade (省级规范化合作社2家 → 规范化合作社), through like counts named by their kind
     * alone between them (大型水库3座、中型5座、小型40座); "" when there is none.
     */
    private static String nounOfKindBefore(QuantityScope scope, String label, Function<Quantity, String> labelOf) {
        if (!scope.quantity.counted() || !KIND.matcher(label).matches()) {
            return "";
        }
        char make = label.charAt(label.length() - 1);
        QuantityScope at = scope;
        for (int hops = 0; hops < MetricLabeler.MAX_CONJOINED; hops++) {
            Quantity previous = at.likeCountBefore();
            if (previous == null) {
                return "";
            }
            String before = labelOf.apply(previous);
            if (!KIND.matcher(before).matches()) {
                return nounAfterKind(before, make, label);
            }
            at = scope.of(previous);
        }
        return "";
    }

    /** The noun {@code label} writes after a kind word of the given make other than {@code kind}; "" when none. */
    private static String nounAfterKind(String label, char make, String kind) {
        Matcher kinds = KIND.matcher(label);
        while (kinds.find()) {
            String noun = label.substring(kinds.end());
            if (label.charAt(kinds.end() - 1) == make && !kinds.group().endsWith(kind)
                    && noun.length() >= MIN_NOUN && Phrases.after(noun, false).equals(noun)
                    && !SUBGRADE.matcher(noun).lookingAt()) {
                return noun;
            }
        }
        return "";
    }

    /** The label with the noun the later item of kinds joined after it writes (有3项国家级、6项省级非物质文化遗产). */
    private static String nounOfKindAfter(QuantityScope scope, String label) {
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
