package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.text.Span;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Things counted, then the part of them a later deed has reached, in the next clause of the sentence (收集问题诉求770多个，
 * 目前已经解决330多个; 排查安全隐患1200处，已整改1100处; 签约重大项目30个，已开工20个): the later count names only the
 * deed, which is done to the things the count before names (解决问题诉求). So is a count opening the next sentence after
 * at most a frame of time (计划建设农村饮水安全工程2607处。截至目前，已开工2348处，完工1050处 → 开工农村饮水安全工程,
 * 完工农村饮水安全工程).
 */
final class FollowUpDeeds {
    /** Deeds that settle or carry through things found, taken in or planned before; a label of one alone names no thing. */
    private static final Pattern FOLLOW_UP = Pattern.compile(
        "(?:解决|办结|审结|结案|整改|化解|处置|销号|落实|回复|完成|完工|竣工|开工|投产|落地|建成|验收|交付)");
    /** Verbs of finding, taking in or planning things, before the things (排查安全隐患, 受理民事案件, 签约重大项目). */
    private static final Pattern GATHERING = Pattern.compile(
        "(?:排查|摸排|梳理|收集|征集|收到|受理|发现|签约|引进|计划|新建|建设|改造|实施|启动|谋划)");
    /** Marks that close the clause of the count before. */
    private static final String CLAUSE_SEPARATORS = "，,；;";
    /** Adverbs and the deed between the two counts: longer words say more than the deed. */
    private static final int MAX_DEED_WORDS = 8;

    private FollowUpDeeds() {
    }

    /** The deed with the things the count before names ({@code 解决问题诉求}), else {@code label} as it is. */
    static String named(QuantityScope scope, String label, Function<Quantity, String> labelOf) {
        if (!scope.quantity.counted() || scope.quantity.change() != null || !FOLLOW_UP.matcher(label).matches()
                || !scope.nounAfter().isEmpty()) {
            return label;
        }
        QuantityScope at = scope;
        String deed = label;
        for (int hops = 0; hops < MetricLabeler.MAX_CONJOINED; hops++) {
            Quantity previous = countFollowed(at, deed);
            QuantityScope previousScope = previous == null ? null : scope.of(previous);
            // both counts name their things before them: one after either (解决330多个问题) is a thing of its own
            if (previousScope == null || !previousScope.nounAfter().isEmpty()) {
                return label;
            }
            String before = labelOf.apply(previous);
            if (!FOLLOW_UP.matcher(before).matches()) {
                String things = things(before);
                // an attribute (新增市场主体的数量) names no things a deed could be done to
                if (things.isEmpty() || things.endsWith(label) || AttributeOwners.ATTRIBUTES.contains(things)) {
                    return label;
                }
                // the same deed counted before (计划建成公园10个，已建成8个; 去年交付住房12万套，今年交付15万套): its label
                // names both
                int same = things.indexOf(label);
                return same >= 0 ? things.substring(same) : label + things;
            }
            // a deed counted alone before (已开工2348处，完工1050处): both are done to the things counted before it
            at = previousScope;
            deed = before;
        }
        return label;
    }

    /**
     * The count whose things the deed counted is done to: the like count before it in the sentence with only the deed
     * between them; for a count opening the facts of its sentence after at most a frame of time (截至目前，已开工2348处),
     * the last count of its unit before in the paragraph; else null.
     */
    private static Quantity countFollowed(QuantityScope scope, String deed) {
        Quantity previous = scope.likeCountBefore();
        if (previous != null) {
            String gap = scope.text.substring(previous.end(), scope.chainStart);
            return CLAUSE_SEPARATORS.indexOf(gap.charAt(0)) >= 0 && onlyDeed(gap.substring(1), deed) ? previous : null;
        }
        if (scope.previous(q -> true, true) != null
                || !onlyDeed(scope.text.substring(scope.clause.start(), scope.chainStart), deed)) {
            return null;
        }
        for (Span clause : scope.sentenceClauses()) {
            if (clause.start() < scope.clause.start() && !Affixes.strip(StrayMarks.tidy(clause.of(scope.text))).isEmpty()) {
                return null;
            }
        }
        return scope.previous(q -> q.unit().equals(scope.quantity.unit()) && q.change() == null, false);
    }

    /** Whether words are the deed with at most a few adverbs before it (目前已经解决, 已开工). */
    private static boolean onlyDeed(String words, String deed) {
        return words.length() <= MAX_DEED_WORDS && Phrases.isChinese(words) && words.endsWith(deed);
    }

    /**
     * The things a count's label names, past what describes them or the verb that found them; "" when neither shows where
     * they begin (国家队派出运动员, 新增城镇就业, 发生火灾: a deed or event, whose things the later deed need not be of).
     */
    private static String things(String label) {
        if (label.contains(Phrases.MODIFIER)) {
            return Phrases.afterLastModifier(label);
        }
        MatchResult gathered = Phrases.lastMatch(GATHERING, label);
        return gathered == null ? "" : label.substring(gathered.end());
    }
}
