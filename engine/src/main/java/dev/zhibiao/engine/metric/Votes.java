package dev.zhibiao.engine.metric;

import java.util.List;

/** Votes, counted by the stance they took: 以363票赞成、70票反对 counts 赞成票 and 反对票, no votes alone. */
final class Votes {
    private static final String VOTE_UNIT = "票";
    private static final List<String> VOTE_STANCES = List.of("赞成", "反对", "支持", "弃权");

    private Votes() {
    }

    /** The votes of a stance an amount in 票 counts; "" for any other amount or when no stance follows. */
    static String byStance(QuantityScope scope) {
        if (!scope.quantity.unit().equals(VOTE_UNIT)) {
            return "";
        }
        String after = scope.restOfClause();
        String stance = VOTE_STANCES.stream().filter(after::startsWith).findFirst().orElse("");
        return stance.isEmpty() ? "" : stance + VOTE_UNIT;
    }
}
