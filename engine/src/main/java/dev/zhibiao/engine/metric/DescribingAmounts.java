package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

/**
 * An amount whose things a count after it lies in or belongs to (已通达127个国家和地区的579个港口, 10个乡镇99个行政村):
 * what was done to them is done to the things counted.
 */
final class DescribingAmounts {
    private static final String COMING_FROM = "来自";
    /** Where a thing lies (景区所在的2个村): it places the wholes, no deed done to what they hold. */
    private static final String LYING_IN = "所在";
    private static final String MODIFIER_END = Phrases.MODIFIER;

    private DescribingAmounts() {
    }

    /**
     * What was done to the things an amount before describes (已通达127个国家和地区的579个港口 → 已通达, as for the
     * 国家和地区), or holds (10个乡镇99个行政村): the label of that amount without its noun; "" when the words before
     * this amount are no such description.
     */
    static String deed(QuantityScope scope, String described, NeighbourLabels labels) {
        Quantity previous = scope.previous(q -> true, true);
        String between = previous == null ? "" : scope.text.substring(previous.end(), scope.quantity.start());
        String noun = between.endsWith(MODIFIER_END)
            ? between.substring(0, between.length() - MODIFIER_END.length()) : between;
        if (!between.endsWith(described) || !Phrases.isChinese(between) || noun.isEmpty()) {
            return "";
        }
        String previousLabel = labels.neighbour(scope, previous);
        String deed = previousLabel.endsWith(noun) ? previousLabel.substring(0, previousLabel.length() - noun.length()) : "";
        // where the things come from (来自全球30个国家和地区的187家机构), or where the wholes lie (景区所在的2个村400户
        // 村民), is no deed done to them
        return deed.startsWith(COMING_FROM) || deed.endsWith(LYING_IN) ? "" : deed;
    }
}
