package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clauses of a post that only say who reports the facts after them (据厦门海关统计，; 美国中央司令部称，; 国务院总理
 * 作政府工作报告说，): the source's place is no fact's after its clause when another place is named for the fact.
 */
final class Attributions {
    /** How a clause saying who reports the facts ends (据美国媒体报道, 美国中央司令部称, 据海关统计). */
    private static final List<String> ATTRIBUTION_ENDS = List.of("称", "表示", "说", "报道", "统计", "显示", "宣布", "指出", "消息",
        // 记者从中国铁路哈尔滨局集团有限公司获悉
        "获悉", "了解到");

    private final String text;
    private final DocumentSpans spans;
    /** The subjects named in a clause that says who reports, with that clause's end. */
    private final Map<PlaceMention, Integer> clauseEnds = new IdentityHashMap<>();

    Attributions(String text, DocumentSpans spans, List<PlaceMention> subjects) {
        this.text = text;
        this.spans = spans;
        for (PlaceMention p : subjects) {
            Span clause = spans.clauseAt(p.start());
            if (saysWhoReports(clause)) {
                clauseEnds.put(p, clause.end());
            }
        }
    }

    /** Where the clause naming the place as the source ends; {@code otherwise} when its clause is no attribution. */
    int clauseEnd(PlaceMention place, int otherwise) {
        return clauseEnds.getOrDefault(place, otherwise);
    }

    /** Whether the place is named in a clause that only says who reports the facts after it. */
    boolean namesSource(PlaceMention place) {
        return clauseEnds.containsKey(place);
    }

    /** Whether the clause only says who reports what follows (据厦门海关统计，; 国务院总理作政府工作报告说，). */
    private boolean saysWhoReports(Span clause) {
        int end = clause.end();
        while (end > clause.start() && (PlaceContext.CLAUSE_TRAILERS.indexOf(text.charAt(end - 1)) >= 0
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        int wordsEnd = end;
        return ATTRIBUTION_ENDS.stream().anyMatch(word -> wordsEnd - word.length() >= clause.start()
            && text.startsWith(word, wordsEnd - word.length()));
    }

    /** Whether a clause of the sentence says who reports the facts after it. */
    boolean reportsWordsIn(Span sentence) {
        for (int at = sentence.start(); at < sentence.end(); ) {
            Span clause = spans.clauseAt(at);
            if (saysWhoReports(clause)) {
                return true;
            }
            at = Math.max(clause.end(), at + 1);
        }
        return false;
    }
}
