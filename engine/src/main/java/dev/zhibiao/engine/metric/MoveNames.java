package dev.zhibiao.engine.metric;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words of a move that name nothing alone (跌幅, 总指数, 下降幅度): they are of what moved, named in the clause or the
 * fact before them.
 */
final class MoveNames {
    /** Rises and falls: alone they name nothing without what moved. */
    private static final Set<String> MOVES = Set.of("涨幅", "跌幅", "增幅", "降幅");
    /** An index alone is of what moved in the clause before (城市居民消费价格小幅下降，总指数为99.5), not of any clause. */
    private static final Set<String> INDEXES = Set.of("总指数", "指数");
    /** Verbs of change a magnitude (下降幅度, 提高幅度) is of. */
    private static final Pattern MOVE_MAGNITUDE = Pattern.compile("(上升|下降|提高|降低|增长|减少|上涨|下跌|增加|回落|扩大|缩小|收窄)幅度");

    private MoveNames() {
    }

    /** The label of a move with what moved before it; "" when the label is no word of a move alone. */
    static String named(QuantityScope scope, String label, NeighbourLabels labels) {
        if (MOVES.contains(label)) {
            // a rise or fall alone (跌幅为8.01%) is of what moved in the clause before (纯碱期货主力合约跌停 → 纯碱期货主力合约)
            return StrayMarks.tidy(MarketMoves.mover(FrameEnds.afterFrame(scope.previousClauseTopic()))) + label;
        }
        if (INDEXES.contains(label)) {
            String moved = FrameEnds.afterFrame(scope.previousClauseTopic());
            String mover = Affixes.strip(moved);
            return Affixes.endsWithMove(moved) && !mover.isEmpty() ? StrayMarks.tidy(mover) + label : label;
        }
        if (MOVE_MAGNITUDE.matcher(label).matches()) {
            // a magnitude of a change (下降幅度达6.2%) is of what changed in the fact before it
            String moved = labels.previousLabel(scope, q -> q.change() != null, true);
            if (!moved.isEmpty() && !MOVE_MAGNITUDE.matcher(moved).find()) {
                return moved + label;
            }
        }
        return "";
    }
}
