package dev.zhibiao.engine.metric;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A change that turned (能源消费量由去年同期下降5.0%转为增长21.5%, 出口交货值由8月份的下降转为增长3.8%): both rates are
 * of the thing named before 由, the one that turned; 由 and 转 name nothing. Statistics bulletins write turns this way.
 */
final class Reversals {
    private static final char FROM = '由';
    private static final char TURNED = '转';
    /**
     * 转 as a turn: into something (转为, 转成) or straight to a direction (转正, 转降) — not 转嫁, 转拨, 转让, whose 转 passes
     * a thing on.
     */
    private static final String TURN = "转(?:为|成|[正负增降升涨跌减])";
    private static final Pattern TURN_NEXT = Pattern.compile("^" + TURN);
    /** The rate the thing turned from: 由, the time it was at and its verb right before the amount (由去年同期下降). */
    private static final Pattern FROM_RATE = Pattern.compile("由[^由从，,。；;：:]{0,12}$");
    /** The rate it turned to: 由 … 转(为) and the new verb before the amount (由下降5.0%转为增长, 由负转正增长). */
    private static final Pattern TO_RATE = Pattern.compile("由[^由从，,。；;：:]{0,20}?" + TURN + "\\p{IsHan}{0,3}$");
    /** The longest words before the amount either pattern reads. */
    private static final int MAX_BEFORE = 32;
    /** Rates that name nothing without their thing (增速由…转为…): the thing before them is the clause's before. */
    private static final Set<String> BARE_RATES = Set.of("增速", "增幅", "降幅", "涨幅", "跌幅", "增长率");

    private Reversals() {
    }

    /** Whether the amount is a rate of change written in a turn, before or after its 转. */
    static boolean turns(QuantityScope scope) {
        if (scope.quantity.change() == null) {
            return false;
        }
        String before = wordsBefore(scope);
        if (before.indexOf(FROM) < 0) {
            return false; // cheap gate: no 由, no turn
        }
        String after = scope.restOfClause();
        return TURN_NEXT.matcher(after).find() && FROM_RATE.matcher(before).find()
            || before.indexOf(TURNED) >= 0 && TO_RATE.matcher(before).find();
    }

    /**
     * The thing that turned, from the label its words before made (出口交货值由8月份的下降转 → 出口交货值, 增速转 → 增速);
     * "" when the label names nothing before 由 or 转 (a clause opening with 由): the fact before names it. The label is
     * cut at the turn's 由 — the one whose words after it are the text's after the turn's 由 — not at a 由 of a word
     * (自由贸易试验区进出口转 → 自由贸易试验区进出口).
     */
    static String thing(QuantityScope scope, String label) {
        String before = wordsBefore(scope);
        String turnWords = before.substring(before.lastIndexOf(FROM) + 1);
        String thing = label.lastIndexOf(TURNED) == label.length() - 1 ? label.substring(0, label.length() - 1) : label;
        for (int at = thing.lastIndexOf(FROM); at >= 0; at = thing.lastIndexOf(FROM, at - 1)) {
            if (isSubsequence(thing.substring(at + 1), turnWords)) {
                thing = thing.substring(0, at);
                break;
            }
        }
        return Affixes.strip(thing);
    }

    /** The clause's words before the amount, at most {@link #MAX_BEFORE}: all either pattern of a turn reads. */
    private static String wordsBefore(QuantityScope scope) {
        int from = Math.max(scope.clause.start(), scope.chainStart - MAX_BEFORE);
        return scope.text.substring(from, Math.max(from, scope.chainStart));
    }

    /** Whether the words are the text's with some left out (8月份的下降 in 8月份的下降; 上月 in 上月下降). */
    private static boolean isSubsequence(String words, String text) {
        int i = 0;
        for (int j = 0; i < words.length() && j < text.length(); j++) {
            if (words.charAt(i) == text.charAt(j)) {
                i++;
            }
        }
        return i == words.length();
    }

    /** Whether the thing is only a rate (增速由…转为…), which names nothing without the thing whose rate it is. */
    static boolean isBareRate(String thing) {
        return BARE_RATES.contains(thing);
    }
}
