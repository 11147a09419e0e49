package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts joined as objects of one verb (串联起18个乡镇街道、200多个村; 新控制超过700平方公里区域和32个定居点; 新建40个产业集群、
 * 50个产业园): the verb stands before the first count only, so a later count named by its bare noun ending the clause
 * takes the words the first one's label has before its noun (串联起村, 新控制定居点). Not when the words before the first
 * count hold no verb taking the later ones: joined subjects named by their noun alone (109个村、694户农民种植烤烟), a
 * coverb whose verb comes after the counts (公司把3个厂区、12条生产线全部搬迁至新区), a pronoun subject (它含有…), a whole
 * whose parts are listed (遇难者包括…), a description of the first thing only (胡塞武装控制区的四架无人机和…).
 */
final class JoinedObjects {
    /** The noun of the count before and the joiner joining this count to it (乡镇街道、, 区域和). */
    private static final Pattern JOINED_AFTER_NOUN =
        Pattern.compile("(\\p{IsHan}{1,12}?)(" + QuantityScope.CONJUNCTION + ")");

    private JoinedObjects() {
    }

    static String named(QuantityScope scope, String label, Function<Quantity, String> labelOf) {
        int joiner = scope.chainStart - 1;
        if (label.isEmpty() || !scope.quantity.counted() || joiner < 0
                || QuantityScope.LIST_SEPARATORS.indexOf(scope.text.charAt(joiner)) < 0) {
            return label;
        }
        String afterAmount = scope.right(false);
        if (!label.equals(Phrases.after(afterAmount, false)) || !endsClause(afterAmount, label)) {
            return label;
        }
        QuantityScope at = scope;
        String later = label;
        for (int hops = 0; hops < MetricLabeler.MAX_CONJOINED; hops++) {
            Quantity previous = at.previous(q -> true, true);
            if (previous == null || previous.end() < at.clause.start()) {
                return label;
            }
            Matcher joined = JOINED_AFTER_NOUN.matcher(scope.text.substring(previous.end(), at.chainStart));
            if (!joined.matches() || !objectsJoined(joined.group(2), previous, at.quantity, later)) {
                return label;
            }
            String noun = joined.group(1);
            String previousLabel = labelOf.apply(previous);
            if (previousLabel.length() > noun.length() && previousLabel.endsWith(noun)) {
                String sharedPrefix = previousLabel.substring(0, previousLabel.length() - noun.length());
                return takesObjects(sharedPrefix) ? sharedPrefix + label : label;
            }
            if (!previousLabel.equals(noun)) {
                return label;
            }
            at = scope.of(previous);
            later = noun;
        }
        return label;
    }

    /** Whether the words after the amount are its noun and a clause mark, or its noun alone up to the next item. */
    private static boolean endsClause(String right, String noun) {
        return right.startsWith(noun)
            && (right.length() == noun.length() || Phrases.CLAUSE_MARK.matcher(right).region(noun.length(), right.length()).lookingAt());
    }

    /**
     * Whether the later count, named {@code later}, is an object joined to the earlier one, not a subject of a clause of
     * its own: not joined by comitative 与 (组织30家企业与50名专家对接); by 和 or 及 not in the earlier count's unit, which
     * parts a whole (十种花卉和十种水果, 5名老人和3名儿童) or sets a group apart by what it did (12家企业和3家企业完成技改),
     * nor with a noun so long it holds a predicate; never with what befell people (12名平民受伤).
     */
    private static boolean objectsJoined(String joiner, Quantity earlier, Quantity later, String laterNoun) {
        // what befell people (12名平民受伤): the count after 和 is the subject of it, no object of the verb before
        if (joiner.equals(MetricLabeler.COMITATIVE) || Casualties.CASUALTY_WORD.matcher(laterNoun).find()) {
            return false;
        }
        // the list mark joins nouns only, never clauses, as 和 and 及 may (炸毁了3栋楼房和12名平民受伤)
        return joiner.equals(String.valueOf(Phrases.ENUMERATION_COMMA))
            || !earlier.unit().equals(later.unit()) && laterNoun.length() <= MetricLabeler.MAX_JOINED_NOUN;
    }

    /**
     * Whether the words before the first count's noun hold a verb taking the joined counts: not a coverb (把, 对, 通过),
     * a pronoun subject (它含有), a whole listing its parts (遇难者包括) nor a description ending in 的.
     */
    private static boolean takesObjects(String sharedPrefix) {
        return !sharedPrefix.endsWith(Phrases.MODIFIER) && !Coverbs.heldIn(sharedPrefix)
            && !Phrases.opensWithPronoun(sharedPrefix) && !ExampleLists.namesWhole(sharedPrefix);
    }
}
