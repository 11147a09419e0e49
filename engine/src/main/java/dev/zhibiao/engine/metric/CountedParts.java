package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a whole counted before it, opened by 其中 or 另 (其中1人为俄公民, 另2人为外国公民): named by the whole and
 * what the part is, or counted as the whole was when it befell the same.
 */
final class CountedParts {
    static final String AMONG = "中";
    /** Words opening a part of a whole counted before (其中1人为俄公民, 另2人为外国公民, 其中还有1200户是…, 其中包括117名儿童). */
    private static final Pattern PART_OPENER = Pattern.compile("(?:其中|另外|另)(?:还有|有)?|其中还?包括");
    /** The word opening a part named right after its count (其中包括117名儿童). */
    private static final String INCLUDING = "包括";
    /** A part named after its count is a noun of a few characters (儿童, 安全人员), not a clause. */
    private static final int MAX_INCLUDED_KIND = 8;
    /** The copulas saying what a part is (其中82.5%是非洲裔). */
    private static final String PART_COPULAS = "为是";
    private static final String MODIFIER_END = Phrases.MODIFIER;

    private CountedParts() {
    }

    /**
     * A part of a whole counted before it in the sentence, named by what it is (又抓获3名涉案人员，其中1人为俄公民，另2人
     * 为外国公民 → 抓获涉案人员中的俄公民, …中的外国公民): the whole, 中的, and the words after the copula; "" when the
     * amount opens no such part.
     */
    static String partOfWhole(QuantityScope scope, NeighbourLabels labels) {
        String left = StrayMarks.tidy(scope.left());
        if (!PART_OPENER.matcher(left).matches()) {
            return "";
        }
        String right = StrayMarks.tidy(Phrases.withoutNotes(scope.right(false)));
        Matcher befell = Casualties.CASUALTY_WORD.matcher(right);
        if (befell.lookingAt()) {
            // 死亡人数上升至39人，另有10人失踪: the others befallen are counted as the count before them is
            return Casualties.likeBefore(labels.previousLabel(scope, AttributeOwners.THING_FACT, true), befell.group());
        }
        String kind;
        if (left.endsWith(INCLUDING)) {
            // 死亡的总人数已上升至303人，其中包括117名儿童: the part is named right after its count
            if (right.length() < 2 || right.length() > MAX_INCLUDED_KIND || !Phrases.isChinese(right)) {
                return "";
            }
            kind = right;
        } else if (right.length() < 2 || PART_COPULAS.indexOf(right.charAt(0)) < 0) {
            return "";
        } else {
            kind = StrayMarks.tidy(right.substring(1));
        }
        String whole = labels.previousLabel(scope,
            AttributeOwners.THING_FACT.and(q -> !PART_OPENER.matcher(StrayMarks.tidy(scope.of(q).left())).matches()), true);
        return whole.isEmpty() ? kind : whole + AMONG + MODIFIER_END + kind;
    }
}
