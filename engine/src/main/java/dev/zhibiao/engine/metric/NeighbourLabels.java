package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.function.Predicate;

/**
 * The labels of a text's other quantities as the labeling under way gives them: the rules that name an amount by a fact
 * near it (a share by its part, an attribute by its owner) borrow them, sharing what the labeling already found.
 */
interface NeighbourLabels {
    /** The label of {@code other}, a quantity of {@code scope}'s text; "" when it cannot be borrowed. */
    String neighbour(QuantityScope scope, Quantity other);
    /** The label of the last quantity before {@code scope}'s that is {@code which}, in its sentence or its paragraph. */
    default String previousLabel(QuantityScope scope, Predicate<Quantity> which, boolean inSentence) {
        Quantity previous = scope.previous(which, inSentence);
        return previous == null ? "" : neighbour(scope, previous);
    }
}
