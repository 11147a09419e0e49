package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aspects a deed is framed by (《意见》从九个方面提出明确要求, 全市还从理论学习…等5个方面，明确具体内容): the count of
 * 方面 is named by the deed done in them (提出明确要求的方面, 明确具体内容的方面), with who did it when a short subject opens
 * the clause; the examples of the aspects and the coverb name nothing. Aspects a verb takes as its object (抓好…八个方面)
 * have no coverb and keep their label, as do aspects a verb ends in (集中在三个方面, 放在), aspects listed next (一是…) and
 * aspects describing a noun (三个方面的变化).
 */
final class Aspects {
    private static final String ASPECTS = "方面";
    private static final String OF = Phrases.MODIFIER;
    /** The coverb framing a deed by aspects, after the doer (《意见》从, 全市还从, 我国…在). */
    private static final Pattern FRAMING = Pattern.compile("从|(?<![存现实中放现于要])在|围绕|就");
    /** Words opening a list of the aspects, or a verb of the aspects' own (一是资金不足, 包括…): no deed done in them. */
    private static final Pattern LISTING = Pattern.compile("^(?:[一二三四五六七八九十]是|包括|即|首先|其中|主要|分别)");
    /** A subject this short (《意见》, 全市) is who did the deed; a longer run before the coverb is a clause of its own. */
    private static final int MAX_DOER = 6;
    private static final String CLAUSE_MARKS = "，,";
    /** Marks ending the clause before the aspects' one; 、 only separates their examples (从理论学习、调查研究等). */
    private static final String CLAUSE_ENDS = "，,；;：:";
    /** A bare verb (发力) says too little of the deed to name the aspects by. */
    private static final int MIN_DEED = 3;

    private Aspects() {
    }

    static String named(QuantityScope scope, String label) {
        int end = scope.quantity.end();
        if (!scope.quantity.counted() || !scope.text.startsWith(ASPECTS, end)) {
            return label;
        }
        int start = scope.quantity.start();
        while (start > scope.sentence.start() && CLAUSE_ENDS.indexOf(scope.text.charAt(start - 1)) < 0) {
            start--;
        }
        Matcher framing = FRAMING.matcher(scope.text).region(start, scope.quantity.start());
        if (!framing.find()) {
            return label;
        }
        int from = end + ASPECTS.length();
        if (scope.text.startsWith(OF, from)) {
            return label; // 三个方面的变化: the aspects describe a noun
        }
        if (from < scope.text.length() && CLAUSE_MARKS.indexOf(scope.text.charAt(from)) >= 0) {
            from++; // the deed is the next clause (5个方面，明确具体内容)
        }
        String deed = Phrases.after(scope.text.substring(from, Math.max(from, scope.sentence.end())), true);
        if (deed.length() < MIN_DEED || !Phrases.isChinese(deed) || LISTING.matcher(deed).lookingAt()) {
            return label;
        }
        String doer = Affixes.strip(scope.text.substring(start, framing.start()));
        doer = doer.length() <= MAX_DOER ? doer : "";
        return doer + deed + OF + ASPECTS;
    }
}
