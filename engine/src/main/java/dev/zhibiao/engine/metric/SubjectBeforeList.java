package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.HanCharacters;

/**
 * A bare noun counted after a list whose subject the clause named in full before it: 通过QS认证的山葡萄酒企业有雪兰山、华龙…
 * 等总计23户企业 counts 通过QS认证的山葡萄酒企业, not any 企业.
 */
final class SubjectBeforeList {
    /** Words between the subject and the list of its members. */
    private static final String COPULAS = "有为是";
    private static final int BARE_NOUN = 2;
    private static final int MAX_SUBJECT = 16;

    private SubjectBeforeList() {
    }

    static String widen(QuantityScope scope, String label, PlaceWords placeWords) {
        if (label.length() != BARE_NOUN || !isHan(label)) {
            return label;
        }
        String before = scope.text.substring(scope.clause.start(), Math.max(scope.clause.start(), scope.quantity.start()));
        int at = before.lastIndexOf(label);
        int end = at + label.length();
        if (at <= 0 || end >= before.length() || COPULAS.indexOf(before.charAt(end)) < 0
                || before.indexOf('、', end) < 0) {
            return label;
        }
        String subject = StrayMarks.tidy(placeWords.withoutLeadingPlaces(Affixes.strip(FrameEnds.afterFrame(before.substring(0, end)))));
        boolean plain = subject.endsWith(label) && subject.length() > label.length() && subject.length() <= MAX_SUBJECT
            && subject.chars().noneMatch(Character::isDigit);
        return plain ? subject : label;
    }

    private static boolean isHan(String s) {
        return s.codePoints().allMatch(HanCharacters::isHan);
    }
}
