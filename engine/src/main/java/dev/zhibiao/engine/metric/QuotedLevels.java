package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.text.Segmenter;
import dev.zhibiao.engine.text.Span;

import java.util.List;

/** A quoted price or level (恒指…报23954点, 现报17.96港元): it is of the index or the rate that moved before it. */
final class QuotedLevels {
    private QuotedLevels() {
    }

    /**
     * What a quoted level is of (恒指午间收跌0.12%报23954点 → 恒指): the thing named at the start of the clause of
     * the move before it in the sentence, else at the start of the sentence.
     */
    static String mover(QuantityScope scope) {
        Quantity move = scope.previous(q -> true, true);
        List<Span> clauses = scope.sentenceClauses();
        if (move != null) {
            Span clause = Segmenter.around(clauses, move.start());
            String mover = MarketMoves.mover(scope.text.substring(clause.start(), move.start()));
            if (!mover.isEmpty()) {
                return mover;
            }
        }
        Span first = clauses.get(0);
        return MarketMoves.mover(scope.text.substring(first.start(), Math.min(first.end(), scope.quantity.start())));
    }
}
