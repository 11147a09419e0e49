package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A part named by its last words only (其中，三季度贡献率; 其中，出口1881.8亿元): it takes the fuller name the fact before
 * gave the same thing, or the scope its paired whole was stated with.
 */
final class FullerNames {
    /** Words joining two opposites: their second half (出口 after 进出口) is a sibling of the whole, not a part of it. */
    private static final List<String> PAIRED_WORDS = List.of("进出口", "进出境", "出入境", "收支", "产销", "购销");
    /** The halves a paired whole is broken down into (进出口 → 出口, 进口): each is of the whole's scope (对中亚五国出口). */
    private static final Map<String, Set<String>> PAIR_HALVES = Map.of(
            "进出口", Set.of("进口", "出口"), "进出境", Set.of("进境", "出境"), "出入境", Set.of("出境", "入境"));
    private static final char FULL_STOP = '。';

    private FullerNames() {
    }

    /**
     * A part named by its last words only (其中，三季度贡献率) takes the full name of the previous fact, but not its
     * modality: 2020年末总负债 after 预计总负债 is the actual 总负债, not a forecast.
     */
    static String widened(QuantityScope scope, String label, NeighbourLabels labels) {
        Quantity previous = scope.previousInParagraph();
        if (previous == null || label.length() < 2) {
            return label;
        }
        String previousLabel = labels.neighbour(scope, previous);
        String medal = Medals.sibling(previousLabel, label);
        if (!medal.isEmpty()) {
            return medal;
        }
        String half = scopedHalf(scope, label, labels);
        if (!half.isEmpty()) {
            return half;
        }
        // a label holding this very amount (参评企业在半数以上关键业务中实现了…) is of a fact it is a part of, not its name;
        // a count written right after its noun (其中特大桥3座，大桥43座) names its own kind: a longer noun ending in it
        // (特大桥) is another kind, no fuller name of the same things
        if (previousLabel.length() <= label.length() || !previousLabel.endsWith(label)
                || scope.quantity.counted() && writtenRightBefore(scope, label)
                || previousLabel.contains(scope.quantity.text()) || PAIRED_WORDS.stream()
                .anyMatch(w -> w.length() > label.length() && w.endsWith(label) && previousLabel.endsWith(w))) {
            return label;
        }
        String added = previousLabel.substring(0, previousLabel.length() - label.length());
        return Phrases.MODALITIES.stream().anyMatch(added::startsWith) ? label : previousLabel;
    }

    /**
     * A half of a paired whole (其中，出口1881.8亿元 after 我国对中亚五国进出口2864.2亿元) with the scope the whole was
     * stated with (对中亚五国出口), also when the other half came between (…；进口982.4亿元 → 对中亚五国进口); "" when the
     * label is no half, the level before it is no such whole, or the scope is no few Chinese words.
     */
    private static String scopedHalf(QuantityScope scope, String label, NeighbourLabels labels) {
        for (Map.Entry<String, Set<String>> pair : PAIR_HALVES.entrySet()) {
            if (!pair.getValue().contains(label)) {
                continue;
            }
            Quantity previous = scope.previous(AttributeOwners.THING_FACT, false);
            // a breakdown opened by 其中 in the sentence, whose halves may stand apart by ；
            int sentenceStart = scope.text.lastIndexOf(FULL_STOP, scope.quantity.start()) + 1;
            boolean breakdown =
                scope.text.substring(sentenceStart, scope.quantity.start()).contains(MetricLabeler.LIST_OPENER);
            if (previous == null || !breakdown && previous.start() < scope.sentence.start()) {
                return ""; // a total in a sentence of its own (全市出口300亿元) has a scope of its own
            }
            String previousLabel = labels.neighbour(scope, previous);
            String words = pairedScope(previousLabel, pair.getKey());
            if (words.isEmpty()) {
                // the other half came first: it carries the scope when the whole stands before it
                String sibling = pair.getValue().stream().filter(h -> !h.equals(label) && previousLabel.endsWith(h))
                        .findFirst().orElse("");
                Quantity whole = sibling.isEmpty() ? null : scope.of(previous).previous(AttributeOwners.THING_FACT, false);
                String siblingScope = previousLabel.substring(0, previousLabel.length() - sibling.length());
                words = whole != null && pairedScope(labels.neighbour(scope, whole), pair.getKey()).equals(siblingScope)
                        ? siblingScope : "";
            }
            return words.isEmpty() ? "" : words + label;
        }
        return "";
    }

    /** Whether {@code words} are the text right before the amount (大桥 of 大桥43座). */
    private static boolean writtenRightBefore(QuantityScope scope, String words) {
        int start = scope.quantity.start() - words.length();
        return start >= 0 && scope.text.startsWith(words, start);
    }

    /** The words before a paired whole ending a label (对中亚五国 of 对中亚五国进出口) when a few Chinese words, else "". */
    private static String pairedScope(String label, String whole) {
        if (!label.endsWith(whole)) {
            return "";
        }
        String words = label.substring(0, label.length() - whole.length());
        return words.length() >= AttributeOwners.MIN_OWNER_LENGTH && words.length() <= AttributeOwners.MAX_OWNER_LENGTH
            && Phrases.isChinese(words) ? words : "";
    }
}
