package dev.zhibiao.engine.metric;

import java.util.regex.Pattern;

/**
 * Counts that are their clause's subject though words come before them in it: after a short possessor and 的 (该机构的
 * 三名工作人员…) or an existential 有 (另有6名袭击者…): what the things did names them.
 */
final class CountSubjects {
    /** 有 introducing what exists (另有, 仍有), not a verb of having or a total (拥有, 具有, 享有, 没有, 共有, 所有). */
    private static final Pattern EXISTENTIAL_OPENER = Pattern.compile("(?<![拥具享占持没所含共只])有$");
    /** A possessor before a count opening its clause (周边, 本土, 该机构) is this long at most. */
    private static final int MAX_POSSESSOR = 3;
    private static final String MODIFIER_END = Phrases.MODIFIER;

    private CountSubjects() {
    }

    /**
     * Whether the count is introduced by existential 有 (另有, 仍有, 还有) opening its clause after at most a short
     * frame or place, and a predicate follows the things counted; 拥有, 具有, 没有 and the like are verbs taking
     * them as object, 共有 a total.
     */
    static boolean existential(QuantityScope scope, String raw, String left, PlaceWords placeWords) {
        if (!EXISTENTIAL_OPENER.matcher(raw).find() || scope.leftStartsAfterAmount()
                || placeWords.withoutLeadingPlaces(left).length() > MAX_POSSESSOR) {
            return false;
        }
        String noun = scope.nounAfter();
        String predicate = scope.predicateAfter();
        return !noun.isEmpty() && predicate.length() > noun.length() && predicate.startsWith(noun);
    }

    /** Whether the words before the count in its clause are only a short possessor and 的 (周边的, 法国本土的, 该机构的). */
    static boolean possessed(QuantityScope scope, String raw, PlaceWords placeWords) {
        if (!raw.endsWith(MODIFIER_END) || scope.leftStartsAfterAmount()
                || !Phrases.isChinese(raw) || Affixes.endsWithTime(raw.substring(0, raw.length() - MODIFIER_END.length()))) {
            return false;
        }
        String owner = placeWords.withoutLeadingPlaces(raw.substring(0, raw.length() - MODIFIER_END.length()));
        return owner.length() <= MAX_POSSESSOR && !owner.isEmpty() && !Coverbs.COVERB.matcher(owner).lookingAt()
            && Coverbs.PREPOSITIONS.indexOf(owner.charAt(0)) < 0 && owner.equals(Affixes.strip(owner));
    }
}
