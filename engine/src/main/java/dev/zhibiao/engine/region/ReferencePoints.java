package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;

/**
 * Places named only as a point of reference — neighbours (东临姜家店乡, 北与亨通镇接壤), distances (距柳河县城
 * 20公里) and comparison bases (高于全省2.1个百分点) — which the facts around them are not about.
 */
final class ReferencePoints {
    /** Right before the name: 东临X, 毗邻X, 距X, 离X, and destinations (外销大连, 运往上海, 出口到越南). */
    private static final List<String> WORDS_BEFORE = List.of(
        "临", "邻", "距", "距离", "离", "销往", "外销", "远销", "运往", "发往", "出口到", "出口至", "运抵", "销售到", "销至");
    private static final Pattern BEFORE = Pattern.compile("(?:" + String.join("|", WORDS_BEFORE) + ")$");
    private static final int LONGEST_BEFORE = WORDS_BEFORE.stream().mapToInt(String::length).max().orElse(0);
    /** Anywhere in the clause: all places of 北与亨通镇、罗通山镇接壤 are neighbours. */
    private static final Pattern CLAUSE = Pattern.compile("接壤|交界|毗邻|相邻|比邻|为邻");

    private ReferencePoints() {
    }

    /** The mentions that are not reference points; a place listed right after one (南临孤山子镇、驼腰岭镇) is one too. */
    static List<PlaceMention> subjects(String text, DocumentSpans spans, List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>();
        PlaceMention previous = null;
        boolean previousIsReference = false;
        for (PlaceMention m : mentions) {
            boolean listedAfterReference = previousIsReference && m.start() - previous.end() == 1
                && PlaceContext.LIST_JOINERS.indexOf(text.charAt(previous.end())) >= 0;
            boolean reference = listedAfterReference || isReferencePoint(text, spans, m);
            if (!reference) {
                out.add(m);
            }
            previous = m;
            previousIsReference = reference;
        }
        return out;
    }

    private static boolean isReferencePoint(String text, DocumentSpans spans, PlaceMention mention) {
        if (BEFORE.matcher(text.substring(Math.max(0, mention.start() - LONGEST_BEFORE), mention.start())).find()
                || ComparisonBases.isBase(text, mention.start(), mention.end())) {
            return true;
        }
        Span clause = spans.clauseAt(mention.start());
        return CLAUSE.matcher(clause.of(text)).find();
    }
}
