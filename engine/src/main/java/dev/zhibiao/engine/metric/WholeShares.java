package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.regex.Pattern;

/**
 * A share of a whole that opens its clause, the whole before 的 and what the share of it does after the amount
 * (中央财政资金的七成以上投向了民生领域, 全市新增贷款的六成投向制造业): the label is the whole and what its part does, with
 * 占比 (中央财政资金投向民生领域占比). Not a share a verb before it takes as object (占全国总量的30%, 完成年度目标的75%),
 * which the whole's words then hold.
 */
final class WholeShares {
    private static final String PERCENT = MetricLabeler.PERCENT;
    private static final String SHARE = MetricLabeler.SHARE;
    private static final String OF = Phrases.MODIFIER;
    /**
     * Verbs and coverbs making the share their object or comparing it (占, 达到, 为, 相当于, 比, 较, 完成, 恢复到, 仅剩, 只及),
     * or a coverb of measure (按设备价格的30%给予补贴, 以评估价的七成起拍): the share is then a rate applied, not a part doing.
     */
    private static final Pattern TAKES_SHARE = Pattern.compile(
        "[占达为是到至比较约超逾近仅只剩按以]|相当|完成|恢复|实现|贡献|不足|不及|依照|依据|根据|参照");
    /** Adverbs between the share and its predicate (都, 均, 已, 将, 还): no part of what it does. */
    private static final Pattern LEADING_ADVERB = Pattern.compile("^(?:都|均|已经|已|将|还|则)");
    /** 了 after the verb (投向了) marks its aspect only. */
    private static final Pattern ASPECT = Pattern.compile("^(\\p{IsHan}{1,2}?)了");
    /** The whole is a noun phrase of a few words (中央财政资金), not a clause. */
    private static final int MIN_WHOLE = 2;
    private static final int MAX_WHOLE = 12;
    private static final int MIN_DEED = 2;

    private WholeShares() {
    }

    static String named(QuantityScope scope, String label) {
        Quantity q = scope.quantity;
        if (q.change() != null || !PERCENT.equals(q.unit()) || q.start() - OF.length() < scope.clause.start()
                || !scope.text.startsWith(OF, q.start() - OF.length())) {
            return label;
        }
        String whole = Affixes.stripLeading(scope.text.substring(scope.clause.start(), q.start() - OF.length()));
        if (whole.length() < MIN_WHOLE || whole.length() > MAX_WHOLE || !Phrases.isChinese(whole)
                || TAKES_SHARE.matcher(whole).find()) {
            return label;
        }
        String rest = scope.restOfClause();
        String deed = Phrases.after(LEADING_ADVERB.matcher(rest).replaceFirst(""), true);
        deed = ASPECT.matcher(deed).replaceFirst("$1");
        if (deed.length() < MIN_DEED || !Phrases.isChinese(deed) || deed.startsWith(OF) || label.endsWith(SHARE)) {
            return label;
        }
        return whole + deed + SHARE;
    }
}
