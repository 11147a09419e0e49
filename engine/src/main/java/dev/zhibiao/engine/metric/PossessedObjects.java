package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts joined as the owners of one object a verb acts on (提升3061个村、156.3万人口的饮水安全条件; 改善120个村、5万群众的生产
 * 生活条件): what each counts are the things whose object the deed reached, named by the deed, the object and their own
 * noun (提升饮水安全条件的村, 提升饮水安全条件的人口). Only when a verb alone opens the clause before the first count (a
 * subject or a coverb before it makes the counts something else: 全县3061个村、…的, 对3个村、5个社区的) and the object ends
 * the clause after the last count's 的.
 */
final class PossessedObjects {
    /** A count's own noun, then the joiner to the next count (村、); the noun may be written inside the amount (156.3万人口、). */
    private static final Pattern NOUN_AND_JOINER = Pattern.compile("(\\p{IsHan}{0,6}?)(?:" + QuantityScope.CONJUNCTION + ")");
    /** The last count's own noun, then 的 and the object ending the clause (人口的饮水安全条件). */
    private static final Pattern NOUN_AND_OBJECT = Pattern.compile("(\\p{IsHan}{0,6}?)的(\\p{IsHan}{2,12})[，,。；;]?");
    /**
     * A verb opening the clause is a word of two characters, maybe with 了 (提升, 解决了); more words before the counts hold
     * a subject (项目惠及, 他们帮助) or a place (覆盖全市).
     */
    private static final Pattern VERB = Pattern.compile("\\p{IsHan}{2}了?");
    /**
     * After a verb of origin the counts are where the people after 的 come from (来自30个国家和地区、200多家企业的代表参加
     * 会议), and after a pivot verb the object goes on to do something (吸引20个国家、150家企业的代表参会): no object of a deed.
     */
    private static final String ORIGIN = "来自";

    private PossessedObjects() {
    }

    static String named(QuantityScope scope, String label) {
        // a verb of change (提升) may have made the count read as a change: the joined owners say it is none; with no 的
        // after the amount in its clause (most amounts) no object is owned
        if (!scope.quantity.counted() || scope.chainEnd >= scope.clause.end()
                || !scope.text.substring(scope.chainEnd, scope.clause.end()).contains(Phrases.MODIFIER)) {
            return label;
        }
        // the first of the joined counts, right after the verb opening the clause
        QuantityScope first = scope;
        for (int hops = 0; hops < MetricLabeler.MAX_CONJOINED; hops++) {
            Quantity previous = first.previous(q -> true, true);
            if (previous == null || previous.end() < first.clause.start()
                    || !NOUN_AND_JOINER.matcher(scope.text.substring(previous.end(), first.chainStart)).matches()) {
                break;
            }
            first = scope.of(previous);
        }
        // the last of them, whose 的 and the object after it end the clause
        QuantityScope last = scope;
        String own = "";
        Matcher joined = null;
        for (int hops = 0; hops < MetricLabeler.MAX_CONJOINED; hops++) {
            Quantity next = last.nextInClause(last.chainEnd);
            if (next == null) {
                break;
            }
            joined = NOUN_AND_JOINER.matcher(scope.text.substring(last.chainEnd, next.start()));
            if (!joined.matches()) {
                return label;
            }
            own = last == scope ? joined.group(1) : own;
            last = scope.of(next);
        }
        if (first == scope && last == scope) {
            return label; // one count alone: no joined owners
        }
        Matcher object = NOUN_AND_OBJECT.matcher(scope.text.substring(last.chainEnd, last.clause.end()));
        String verb = Affixes.stripLeading(
            StrayMarks.tidy(scope.text.substring(first.clause.start(), first.chainStart)));
        if (!object.matches() || !VERB.matcher(verb).matches() || Coverbs.heldIn(verb) || verb.startsWith(ORIGIN)
                || MetricLabeler.PIVOT_VERB.matcher(verb).find()
                || !Phrases.after(object.group(2), false).equals(object.group(2))) {
            return label;
        }
        own = last == scope ? object.group(1) : own;
        String noun = own.isEmpty() ? nounOfAmount(scope.quantity) : own;
        String deed = Phrases.withoutPerfective(verb);
        return deed + object.group(2) + Phrases.MODIFIER + noun;
    }

    /** The noun a count writes inside its amount (156.3万人口 → 人口, 5万群众 → 群众), else its unit (3万人 → 人). */
    private static String nounOfAmount(Quantity quantity) {
        String text = quantity.text();
        String unit = quantity.unit();
        int at = unit.isEmpty() ? -1 : text.lastIndexOf(unit);
        String inside = NounsInsideAmounts.nounInside(quantity);
        return at >= 0 ? text.substring(at) : inside.isEmpty() ? unit : inside;
    }
}
