package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A market move stated by its verb right before the percentage, after the thing that moved (比亚迪电子涨逾5%, 恒指跌0.12%,
 * 拼多多大涨12%): the thing's 涨幅 or 跌幅, as the gold names moves (比亚迪电子涨幅, 恒指跌幅). A move with nothing named
 * before its verb is {@link Phrases#marketMove}'s; a change with a stated basis (同比涨1.5%) keeps its words.
 */
final class MoveRates {
    private static final String PERCENT = "%";
    /**
     * The verb of the move, with the word of degree, manner or continuation bound to it (大涨, 续跌, 收跌, 微涨, 领涨, 回涨,
     * 急跌): all of it goes, or 微涨幅 would be left; 普 of 标普 is the mover's.
     */
    private static final String MOVE = "(?:大|上|下|续|收|暴|狂|微|小|飞|领|回|急|猛|(?<!标)普|齐|略|反|补)?([涨跌])";
    /** The label ends with the move, maybe with 报 that the quoted level after the amount lent it (收跌0.12%报23954点). */
    private static final Pattern LABEL_MOVE = Pattern.compile("^(.+?)" + MOVE + "(报)?$");
    /** The text right before the amount ends with the verb (its qualifier, 超/逾/近, is inside the amount). */
    private static final Pattern VERB_BEFORE = Pattern.compile(MOVE + "$");
    private static final String QUOTED = "报";
    private static final String RISE = "涨幅";
    private static final String FALL = "跌幅";

    private MoveRates() {
    }

    /** The mover's 涨幅/跌幅 for a percentage right after its move verb, else {@code label} as it is. */
    static String named(QuantityScope scope, String label) {
        if (!PERCENT.equals(scope.quantity.unit()) || scope.quantity.change() == null || scope.quantity.basis() != null
                || label.isEmpty()) {
            return label;
        }
        int from = Math.max(scope.clause.start(), scope.quantity.start() - 2);
        Matcher verb = VERB_BEFORE.matcher(scope.text.substring(from, scope.quantity.start()));
        Matcher m = LABEL_MOVE.matcher(label);
        if (!verb.find() || !m.matches() || !m.group(2).equals(verb.group(1))) {
            return label;
        }
        if (m.group(3) != null && !scope.text.startsWith(QUOTED, scope.quantity.end())) {
            return label;  // 报 is the label's own word, not the quoted level's
        }
        return m.group(1) + (m.group(2).equals("跌") ? FALL : RISE);
    }
}
