package dev.zhibiao.engine.metric;

import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Things counted after a verb that makes them do something (带动一万多家企业实施数字化融合升级, 帮助近2000名女孩走出大山):
 * what they were brought to do says which things are counted.
 */
final class PivotedCounts {
    /**
     * Units that are the things counted themselves (吸引上万人涌入滨海村落): the words after such an amount are what the
     * things did, no noun of them.
     */
    private static final Set<String> SELF_NAMING_UNITS = Set.of("人", "人次");
    /**
     * Things drawn somewhere (吸引5万名游客，创历史新高; 吸引8万名观众，现场气氛热烈): the clause after them tells what the
     * draw came to, not what they did.
     */
    private static final String DRAW = "吸引";
    private static final String MODIFIER_END = Phrases.MODIFIER;

    private PivotedCounts() {
    }

    /**
     * The things counted after a pivot verb ending {@code left} with what they were brought to do (企业实施数字化融合升级);
     * {@code right} as it is when no pivot verb takes them or the deed is no short one of theirs.
     */
    static String deed(QuantityScope scope, String left, String right, PlaceWords placeWords) {
        String pivot = pivotVerbEnding(left, placeWords);
        if (pivot.isEmpty()) {
            return right;
        }
        String predicate = scope.predicateAfter();
        String noun = scope.nounAfter();
        if (predicate.equals(noun) && scope.text.startsWith(noun, scope.chainEnd)
                && !SELF_NAMING_UNITS.contains(scope.quantity.unit()) && !pivot.startsWith(DRAW)) {
            // the things close their clause (组织全省1700多名农技骨干，下沉一线服务种粮大户): what they were brought to
            // do is the next clause, which has no subject of its own; one opening with a time or a place (，今年以来
            // 全部开工; ，全县经济稳步回升) tells of something else
            String deed = scope.nextClauseAfter(scope.chainEnd + noun.length());
            predicate = Phrases.isChinese(deed) && !CountPredicates.FRAME_CLAUSE.matcher(deed).matches()
                && !Affixes.startsWithTime(deed) && !Affixes.startsWithDeicticPlace(deed)
                && placeWords.withoutLeadingPlaces(deed).equals(deed)
                ? noun + deed : predicate;
        }
        // not when the deed describes someone after it (帮助近2000名女孩走出大山的“燃灯校长”)
        return !noun.isEmpty() && predicate.length() > noun.length() && predicate.startsWith(noun)
            && predicate.length() - noun.length() <= MetricLabeler.MAX_PIVOT_PREDICATE && predicate.indexOf(MODIFIER_END) < 0
            ? predicate : right;
    }

    /**
     * The pivot verb ending the words before a count, maybe with the place the things are of after it (带动, 组织全省):
     * the things counted are made to do something; "" when none.
     */
    private static String pivotVerbEnding(String left, PlaceWords placeWords) {
        MatchResult verb = Phrases.lastMatch(MetricLabeler.PIVOT_VERB, left);
        return verb != null && placeWords.withoutLeadingPlaces(Affixes.strip(left.substring(verb.end()))).isEmpty()
            ? verb.group() : "";
    }
}
