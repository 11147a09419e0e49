package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.WindForce;

/**
 * An earthquake's magnitude (7.1级强震, 里氏7.1级), named by the quake: 级 of a wind force is named by its own words
 * (沿海风力, 预计阵风).
 */
final class Magnitudes {
    private static final String MAGNITUDE_UNIT = "级";
    private static final String MAGNITUDE = "震级";
    /** An earthquake; a magnitude's quake may be named otherwise (强震, 余震), always ending in 震. */
    private static final String QUAKE = "地震";
    private static final String MODIFIER_END = Phrases.MODIFIER;

    private Magnitudes() {
    }

    /**
     * The magnitude of the quake named right after the amount (7.1级强震 → 强震震级), else of an earthquake (里氏7.1级);
     * "" for an amount in any other unit, and for a wind force.
     */
    static String named(QuantityScope scope) {
        if (!scope.quantity.unit().equals(MAGNITUDE_UNIT)
                || WindForce.at(scope.text, scope.quantity.start(), scope.quantity.end())) {
            return "";
        }
        String after = scope.restOfClause();
        after = after.startsWith(MODIFIER_END) ? after.substring(MODIFIER_END.length()) : after;
        boolean named = after.length() >= QUAKE.length() && after.charAt(QUAKE.length() - 1) == QUAKE.charAt(1);
        return (named ? after.substring(0, QUAKE.length()) : QUAKE) + MAGNITUDE;
    }
}
