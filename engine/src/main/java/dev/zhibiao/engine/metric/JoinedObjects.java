package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts joined as objects of one verb (串联起18个乡镇街道、200多个村; 新控制超过700平方公里区域和32个定居点; 新建40个产业集群、
 * 50个产业园): the verb stands before the first count only, so a later count named by its noun alone takes the words the
 * first one's label has before its noun (串联起村, 新控制定居点). A first count named by its noun alone (109个村、694户农民
 * 种植烤烟: joined subjects) lends nothing.
 */
final class JoinedObjects {
    /** The noun of the count before and the conjunction joining this count to it (乡镇街道、, 区域和). */
    private static final Pattern JOINED_AFTER_NOUN = Pattern.compile("(\\p{IsHan}{1,12}?)(?:以及|、|和|及|与)");
    /**
     * Words before the first count that hold no verb taking the joined ones: a coverb whose verb comes after them
     * (把全省113个县、近千个旅游景区…“串联”起来, 通过125家…以及2万多家…), or a pronoun subject (它含有18种…、13种…).
     */
    private static final Pattern NO_VERB_BEFORE = Pattern.compile("^(?:把|将|对|通过|经过|由|它|其|他们|她们)");
    /** The last character of every joiner (、, 和, 及, 与, 以及): a cheap guard before the pattern. */
    private static final String JOINERS = "、和及与";
    /** Counts joined in one list followed back to the one after the verb, at most. */
    private static final int MAX_HOPS = 4;

    private JoinedObjects() {
    }

    static String named(QuantityScope scope, String label, Function<Quantity, String> labelOf) {
        int before = scope.chainStart - 1;
        if (label.isEmpty() || !scope.quantity.counted() || before < 0 || JOINERS.indexOf(scope.text.charAt(before)) < 0
                || !label.equals(Phrases.after(scope.right(false), false))) {
            return label;
        }
        QuantityScope at = scope;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            Quantity previous = at.previous(q -> true, true);
            if (previous == null || previous.end() < at.clause.start()) {
                return label;
            }
            Matcher joined = JOINED_AFTER_NOUN.matcher(scope.text.substring(previous.end(), at.chainStart));
            if (!joined.matches()) {
                return label;
            }
            String noun = joined.group(1);
            String previousLabel = labelOf.apply(previous);
            if (previousLabel.length() > noun.length() && previousLabel.endsWith(noun)) {
                String verb = previousLabel.substring(0, previousLabel.length() - noun.length());
                return NO_VERB_BEFORE.matcher(verb).find() ? label : verb + label;
            }
            if (!previousLabel.equals(noun)) {
                return label;
            }
            at = scope.of(previous);
        }
        return label;
    }
}
