package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.text.Segmenter;
import dev.zhibiao.engine.text.Span;

import java.util.regex.Pattern;

/**
 * The predicate that names counted things by what they did or had done to them, when it stands past the count's own
 * words: after counts joined to it (…和1000多处中型灌区实施现代化改造) or in the next clause (超六成企业，把…).
 */
final class CountPredicates {
    /** A clause opening with a coverb or an adverb (把…用在了…, 在…实现了…, 均已…) goes on with the subject before it. */
    private static final Pattern PREDICATE_GOES_ON = Pattern.compile("(?:把|将|在|已经|已|均|都)(?=\\p{IsHan})");
    /** A clause of 在 ending in a time or a circumstance (在购买新能源汽车时): a frame of the predicate after it, none itself. */
    static final Pattern FRAME_CLAUSE = Pattern.compile("^在.*(?:时|下|中|期间|之际|前|后|里)$");
    private static final String MODIFIER_END = Phrases.MODIFIER;

    private CountPredicates() {
    }

    /**
     * The predicate after counts conjoined with this one (对124处大型灌区和1000多处中型灌区实施现代化改造 → 实施现代化改造):
     * that of the last count joined on from {@code from} by 和, 及, 、; "" when none is.
     */
    static String conjoinedPredicate(QuantityScope scope, int from) {
        for (int hops = 0; hops < MetricLabeler.MAX_CONJOINED; hops++) {
            Quantity next = scope.joinedAfter(from);
            if (next == null) {
                return "";
            }
            QuantityScope other = scope.of(next);
            String predicate = other.predicateAfter();
            String noun = other.nounAfter();
            if (noun.isEmpty() || !predicate.startsWith(noun)) {
                return "";
            }
            if (predicate.length() > noun.length()) {
                return predicate.substring(noun.length());
            }
            from = other.chainEnd + noun.length();
        }
        return "";
    }

    /**
     * The things after an amount that make up their whole clause (超六成企业，, 超60%的参评企业，) with the predicate
     * of the next clause when it has no subject of its own, opening with a coverb or an adverb (，把留抵退税资金用在了…,
     * ，在…实现了…): what they did names them, as at a clause start.
     */
    static String withPredicateInNextClause(QuantityScope scope, String right) {
        int clauseEnd = scope.clause.end() - 1;
        if (right.isEmpty() || clauseEnd < scope.chainEnd) {
            return right;
        }
        String rest = scope.text.substring(scope.chainEnd, clauseEnd);
        boolean onlyThings = (rest.equals(right) || rest.equals(MODIFIER_END + right))
            && right.equals(scope.nounAfter());
        char mark = scope.text.charAt(clauseEnd);
        if (!onlyThings || !Segmenter.endsClause(mark) || Segmenter.endsSentence(mark)) {
            return right;
        }
        for (Span next : scope.sentenceClauses()) {
            if (next.start() < scope.clause.end()) {
                continue;
            }
            String predicate = scope.text.substring(next.start(), next.end() - 1);
            return PREDICATE_GOES_ON.matcher(predicate).lookingAt() && Phrases.isChinese(predicate)
                && !FRAME_CLAUSE.matcher(predicate).matches() ? right + predicate : right;
        }
        return right;
    }

    /**
     * A subject count's noun followed only by counts joined to it (湖南14个市州与28个非洲国家建立…, 32项专利和8项技术成功
     * 转化): the conjoined subjects share the predicate after the last of them, so the label is the joined nouns
     * without their amounts and that predicate (市州与非洲国家建立…); a description ending the last one (…7个非脱贫村的
     * 乡村振兴重点村) makes them modifiers, no subjects.
     */
    static String withConjoinedPredicate(QuantityScope scope, String right) {
        String noun = scope.nounAfter();
        if (noun.isEmpty() || !right.equals(noun)) {
            return right;
        }
        StringBuilder joined = new StringBuilder(noun);
        int from = scope.chainEnd + noun.length();
        for (int hops = 0; hops < MetricLabeler.MAX_CONJOINED; hops++) {
            Quantity next = scope.nextInClause(from);
            String conjunction = next == null ? "" : scope.text.substring(from, next.start());
            if (!MetricLabeler.COMITATIVE.equals(conjunction)) {
                return right;
            }
            QuantityScope other = scope.of(next);
            String predicate = other.predicateAfter();
            String nextNoun = other.nounAfter();
            if (nextNoun.isEmpty() || !predicate.startsWith(nextNoun) || predicate.indexOf(MODIFIER_END) >= 0) {
                return right;
            }
            joined.append(conjunction).append(predicate);
            from = other.chainEnd + predicate.length();
            if (scope.joinedAfter(from) == null) {
                // the last of the joined counts: its words run on to the predicate the subjects share
                return predicate.length() > nextNoun.length() || predicate.length() > MetricLabeler.MAX_JOINED_NOUN
                    ? joined.toString() : right;
            }
        }
        return right;
    }
}
