package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.Span;

/**
 * What runs through the places a count lists (京杭大运河苏南段…流经镇江、常州、无锡、苏州四市): a route or a river named
 * first in the sentence, which counts the places by passing them.
 */
final class Runners {
    private Runners() {
    }

    /**
     * What the sentence is about when it lists the places something passes: the thing of the fact before in the
     * sentence without its measure (京杭大运河苏南段全长 → 京杭大运河苏南段), else the noun opening the sentence
     * (太原西北二环高速公路全部建成 → 太原西北二环高速公路); "" when neither names a thing.
     */
    static String runner(QuantityScope scope, NeighbourLabels labels) {
        String previous = labels.previousLabel(scope, AttributeOwners.THING_FACT, true);
        String owner = MeasureWords.withoutTrailingMeasure(previous);
        if (owner.isEmpty() || owner.equals(previous)) {
            Span first = scope.sentenceClauses().get(0);
            if (first.end() > scope.quantity.start()) {
                return "";
            }
            owner = Phrases.after(Affixes.strip(FrameEnds.afterFrame(scope.text.substring(first.start(), first.end()))), false);
        }
        return AttributeOwners.namesOwner(owner) ? owner : "";
    }
}
