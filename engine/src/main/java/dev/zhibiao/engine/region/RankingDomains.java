package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Segmenter;
import dev.zhibiao.engine.text.Span;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places named as the field a subject is ranked in (也是河北省十个深度贫困县之一, 是全省光照时间最长的县, 系全县唯一的
 * 纯牧业乡, 位列全市第一): the clause counts over that place (十个 are the province's), but the clauses after it go on
 * about the subject ranked, which the place only measures it against.
 */
final class RankingDomains {
    /** Words a ranking's field is written right after: 是/为 (也是, 成为) and the written 系, 居, 列 (位列, 名列). */
    private static final String RANKING_VERB_ENDS = "是为系居列";
    /**
     * A rank said after the field, to the clause's end: one of (之一), a superlative (最长的县), the only one (唯一的纯牧业乡)
     * or an ordinal (第一).
     */
    private static final Pattern RANK = Pattern.compile("之一$|最\\p{IsHan}{1,8}的|唯一的|第[0-9一二三四五六七八九十]");

    private RankingDomains() {
    }

    /** The subjects named as a ranking's field, each in the clause that ranks. */
    static Set<PlaceMention> in(String text, DocumentSpans spans, List<PlaceMention> subjects) {
        Set<PlaceMention> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < subjects.size(); i++) {
            PlaceMention p = subjects.get(i);
            if (p.start() > 0 && RANKING_VERB_ENDS.indexOf(text.charAt(p.start() - 1)) >= 0) { // most places: no verb before
                Span clause = spans.clauseAt(p.start());
                // the clause's end mark off, so that 之一 ends the region
                int end = clause.end() > p.end() && Segmenter.endsClause(text.charAt(clause.end() - 1))
                    ? clause.end() - 1 : clause.end();
                if (RANK.matcher(text).region(p.end(), end).find() && namesPlaceInside(subjects.subList(0, i), p.region())) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * Whether a place named before lies in the field (康保县 … 是河北省十个深度贫困县之一): the subject ranked may be it.
     * Without one (这座光伏电站是河北省最大的单体光伏项目，总投资80亿元) the field is the only place the facts have.
     */
    private static boolean namesPlaceInside(List<PlaceMention> before, Region field) {
        boolean home = field.level() == RegionLevel.COUNTRY && field.code().equals(Region.CHINA_CODE);
        return before.stream().map(PlaceMention::region).anyMatch(r -> r.level().compareTo(field.level()) > 0
            && (home ? !r.foreign() : r.code().startsWith(field.code())));
    }
}
