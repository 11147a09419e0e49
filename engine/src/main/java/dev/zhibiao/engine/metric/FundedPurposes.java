package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money named only by the verb that allotted it (滑县投入3亿元实施…项目, 河南近期下达资金5.2亿元，支持…, 两部门预拨4000万元
 * 支持…, 投资350万元，实施…工程, 争取资金266万元，实施…项目), maybe after its giver and an adverb of how it added up
 * (国家累计投入56.5亿元，支持…): what it was allotted for, said right after the amount, names it with the verb (投入实施…项目).
 */
final class FundedPurposes {
    /** The giver before an adverb of adding up is a short name (国家, 省财政). */
    private static final int MAX_GIVER = 4;
    /**
     * A label that is a verb of allotting, investing or winning funds, with at most the word for funds after it and a
     * short giver with an adverb of adding up before it (国家累计投入, 省级先后下达); a noun before the verb alone (研发投入)
     * makes it a measure, not a deed, as does 公共 (公共投入), which only ends with the adverb's character.
     */
    private static final Pattern FUNDING = Pattern.compile(
        "^(?:\\p{IsHan}{0," + MAX_GIVER + "}(?:累计|共计|先后|(?<!公)共))?(?:投入|投资|下达|安排|拨付|预拨|下拨|筹措|争取|筹资|捐资|出资)(?:资金)?$");
    /** The purpose opens with a verb of use or building (实施…项目, 支持…, 用于…, 修建了64座钢架蔬菜大棚). */
    private static final Pattern PURPOSE = Pattern.compile("^(?:实施|支持|用于|推动|保障|助力|帮助|开展|修建|新建|建设|改造)");
    /** What a verb of building has before its object: 了 and the count built (修建了64座钢架蔬菜大棚 → 修建钢架蔬菜大棚). */
    private static final Pattern BUILT_COUNT = Pattern.compile("^了?(?:[0-9]+(?:\\.[0-9]+)?[多余]?[座个栋间处条台套所家])?");
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
            purpose = scope.nextClauseAfter(scope.chainEnd).strip();
        }
        Matcher verb = PURPOSE.matcher(purpose);
        if (!verb.find()) {
            return label;
        }
        Matcher built = BUILT_COUNT.matcher(purpose).region(verb.end(), purpose.length());
        String object = built.lookingAt() ? purpose.substring(built.end()) : purpose.substring(verb.end());
        String named = purpose.substring(0, verb.end()) + object;
        if (named.length() > MAX_PURPOSE || !Phrases.isChinese(named) || object.startsWith(OF)) {
            return label;
        }
        return StrayMarks.tidy(label + named);
    }
}
