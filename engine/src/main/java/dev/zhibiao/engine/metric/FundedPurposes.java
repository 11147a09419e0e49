package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money named only by the verb that allotted it (滑县投入3亿元实施…项目, 河南近期下达资金5.2亿元，支持…, 两部门预拨4000万元
 * 支持…): what it was allotted for, said right after the amount, names it with the verb (投入实施…项目).
 */
final class FundedPurposes {
    /** A label that is a verb of allotting funds alone, with at most the word for funds. */
    private static final Pattern FUNDING = Pattern.compile("^(?:投入|下达|安排|拨付|预拨|下拨|筹措)(?:资金)?$");
    /** The purpose opens with a verb of use (实施…项目, 支持…, 用于…). */
    private static final Pattern PURPOSE = Pattern.compile("^(?:实施|支持|用于|推动|保障|助力|帮助|开展)");
    private static final Pattern CLAUSE_MARK = Phrases.CLAUSE_MARK;
    /** A verb with 的 after it opens a clause describing a thing (投入3亿元实施的项目已完工), not what the money is for. */
    private static final String OF = "的";
    /** A purpose longer than this is no short label. */
    private static final int MAX_PURPOSE = 24;
    private static final String MONEY = "元";

    private FundedPurposes() {
    }

    static String named(QuantityScope scope, String label) {
        if (!scope.quantity.unit().endsWith(MONEY) || !FUNDING.matcher(label).matches()) {
            return label;
        }
        String purpose = CLAUSE_MARK.split(scope.right(true), 2)[0].strip();
        if (purpose.isEmpty()) {
            // the amount closes its clause: the purpose is the next clause of the sentence, with no amount of its own
            purpose = nextClause(scope).strip();
        }
        Matcher verb = PURPOSE.matcher(purpose);
        if (!verb.find() || purpose.length() > MAX_PURPOSE || !Phrases.isChinese(purpose)
                || purpose.startsWith(OF, verb.end())) {
            return label;
        }
        return Phrases.tidy(label + purpose);
    }

    private static String nextClause(QuantityScope scope) {
        int from = scope.chainEnd;
        int to = scope.sentence.end();
        if (from >= to || !CLAUSE_MARK.matcher(scope.text.substring(from, from + 1)).matches()) {
            return "";
        }
        from++;
        Matcher end = CLAUSE_MARK.matcher(scope.text).region(from, to);
        int stop = end.find() ? end.start() : to;
        return scope.quantitiesIn(from, stop).isEmpty() ? scope.text.substring(from, stop) : "";
    }
}
