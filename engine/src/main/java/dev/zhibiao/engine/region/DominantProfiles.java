package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sentences of a profile of the post's dominant place that leave it out as their subject (位于新化县西南部，…，总面积143
 * 平方公里): the amounts their clauses place nowhere are the dominant place's, not the container's nor a site named in
 * passing.
 */
final class DominantProfiles {
    /** A profile's field name that may open a sentence before 位于 (地理位置位于兴业县北部). */
    private static final String LOCATION_FIELD = "地理位置";

    /** The colon closing a heading a profile's paragraph opens with (小镇概况：). */
    private static final char HEADING_END = '：';

    private final String text;
    private final DocumentSpans spans;
    private final NamedPlaces named;
    private final Optional<Region> dominant;
    /** Per sentence start, whether it profiles the post's dominant place with its subject left out (位于…). */
    private final Map<Integer, Boolean> profileSentences = new HashMap<>();

    DominantProfiles(String text, DocumentSpans spans, NamedPlaces named, Optional<Region> dominant) {
        this.text = text;
        this.spans = spans;
        this.named = named;
        this.dominant = dominant;
    }

    /** Whether the sentence profiles the dominant place, which the post has, with its subject left out. */
    boolean profilesDominant(Span paragraph, Span sentence) {
        return profileSentences.computeIfAbsent(sentence.start(),
            start -> situatesPostSubject(sentence) && leftOutSubjectIsDominant(paragraph, sentence));
    }

    /**
     * Whether the sentence, maybe after a heading (小镇概况：), opens with 位于 or 地处 and a place the post's dominant place
     * lies in (位于新化县西南部，…，总面积143平方公里): its subject is left out, as a profile leaves out what it profiles, so
     * the place after the verb is where that subject lies. 位于X的Y (a thing of X) and a place the dominant one does
     * not lie in (a story that moved elsewhere) keep the place named.
     */
    private boolean situatesPostSubject(Span sentence) {
        int at = sentence.start();
        int firstClauseEnd = spans.clauseAt(at).end();
        if (firstClauseEnd < sentence.end() && text.charAt(firstClauseEnd - 1) == HEADING_END
                && !named.namesPlaceIn(at, firstClauseEnd)) {
            at = spans.clauseAt(firstClauseEnd).start();
        }
        if (text.startsWith(LOCATION_FIELD, at)) {
            at += LOCATION_FIELD.length(); // a profile's field written before the verb (地理位置位于…)
        }
        int verbEnd = at;
        for (String verb : PlaceContext.SUBJECTLESS_SITUATING_VERBS) {
            if (text.startsWith(verb, at)) {
                verbEnd = at + verb.length();
                break;
            }
        }
        PlaceMention situated = verbEnd > at ? named.subjectStartingAt(verbEnd) : null;
        return situated != null && NamedPlaces.within(situated.region(), dominant.get()) && !modifiesNounInItsClause(situated);
    }

    /** Whether the clause goes on from the place to a 的 (位于X的Y): the place is a thing's, not where the subject lies. */
    private boolean modifiesNounInItsClause(PlaceMention place) {
        int modifier = text.indexOf(PlaceContext.MODIFIER_END, place.end());
        return modifier >= 0 && modifier < spans.clauseAt(place.start()).end();
    }

    /**
     * Whether the subject a sentence leaves out is the post's dominant place: it opens its paragraph (a profile's), or the
     * sentence before opens with the dominant place (水车镇是梯田之乡。位于…). After a sentence on another subject
     * (相邻的奉家镇同样秀丽。位于…; 大熊山国家森林公园声名远播。位于…) the left-out subject is that one.
     */
    private boolean leftOutSubjectIsDominant(Span paragraph, Span sentence) {
        if (sentence.start() == paragraph.start()) {
            return true;
        }
        int before = spans.sentenceAt(sentence.start() - 1).start();
        return named.firstSubjectAfter(before - 1).filter(p -> p.start() == before && p.region().equals(dominant.get())).isPresent();
    }
}
