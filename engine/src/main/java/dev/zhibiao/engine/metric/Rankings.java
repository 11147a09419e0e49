package dev.zhibiao.engine.metric;

import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount a thing ranks by (对欧盟进出口以4905.2亿元继续排第一, 松山湖以54家企业数量位居首位, 德国选择党以21%的支持率排名
 * 第二): the measure is the thing before 以 and the noun between the amount and the rank; the rank and 以 name nothing.
 * A place ranked by the amount alone (深圳以14324.47亿元位居第一) ranks by the measure of the parallel facts before it.
 */
final class Rankings {
    private static final char BY = '以';
    /** The words right before a later one of amounts joined after 以 (以21%和15%的支持率, 以2.1万亿元、1.8万亿元和…). */
    private static final Pattern JOINED_AFTER_BY = Pattern.compile("以(?:[^，,。；;以和、及]{1,12}[和、及])+$");
    private static final String JOINERS = "和、及";
    /** How far before a joined amount its 以 is looked for: three amounts before it. */
    private static final int MAX_JOINED = 40;
    /**
     * The verb of ranking: a two-character one (位居, 名列, 领跑), or 居/列/排 (居于/位于) right before the ranking's scope
     * or place (居世界首位, 排全国第一, 列第二, 居首) — not 列入, 排放, 居民.
     */
    private static final String RANK = "(?:位居|位列|名列|排名|排位|排行|排在|跃居|稳居|领跑|跻身"
        + "|(?:[居列排]|居于|位于)(?:第|首|前|榜|全|世界|亚洲|欧洲|行业|同类))";
    /** After the amount: its noun (maybe after 的), an adverb, then the verb of ranking (位居第一, 继续排第一, 稳居全国第一). */
    private static final Pattern RANK_AFTER = Pattern.compile(
        "^(?:[和、及][^，,。；;和、及的]{1,12})*的?([^，,。；;的以]{0,8}?)"
            + "(?:继续|仍然|仍|依旧|依然|再次|首次|稳|均|连续(?:[0-9一二三四五六七八九十]+年)?)?" + RANK);
    /** A label holding the rank itself (增速位居全省前两位) was read past the amount: it names no thing ranked. */
    private static final Pattern HOLDS_RANK = Pattern.compile(RANK);
    /** A copula, which Affixes strips, never stands before 以: a name ends there (华为以3.2亿部…). */
    private static final String NAME_END = "为";

    private Rankings() {
    }

    /** Whether the amount is one a thing ranks by: right after 以 (or joined to one after 以) and before a rank. */
    static boolean ranks(QuantityScope scope) {
        int start = scope.chainStart;
        char before = start < 1 ? ' ' : scope.text.charAt(start - 1);
        boolean joined = JOINERS.indexOf(before) >= 0 && JOINED_AFTER_BY.matcher(
            scope.text.substring(Math.max(scope.clause.start(), start - MAX_JOINED), start)).find();
        if (before != BY && !joined || before == BY && PhraseStops.closesWordWithYi(scope.text, start - 1)) {
            return false; // cheap gate: no coverb 以 (not 可以, 所以) right before the amount nor before the one it is joined to
        }
        return RANK_AFTER.matcher(scope.restOfClause()).find();
    }

    /**
     * The measure ranked by for an amount after 以 and before a rank, else {@code label} as it is. A place ranked by the
     * amount alone (its thing is only a place's name, or nothing) takes {@code parallelMeasure}, when there is one.
     */
    static String named(QuantityScope scope, String label, Predicate<String> placeName, Supplier<String> parallelMeasure) {
        if (!ranks(scope)) {
            return label;
        }
        String measure = measure(scope, label, placeName);
        if (!measure.isEmpty()) {
            return measure;
        }
        String parallel = parallelMeasure.get();
        return parallel.isEmpty() ? label : parallel;
    }

    /**
     * The measure a ranked amount's own words name: the thing before 以 and the noun after the amount; "" when they
     * name none or only a place. Call only when {@link #ranks} holds.
     */
    static String measure(QuantityScope scope, String label, Predicate<String> placeName) {
        Matcher rank = RANK_AFTER.matcher(scope.restOfClause());
        if (!rank.find()) {
            return "";
        }
        int by = label.lastIndexOf(BY);
        String words = by >= 0 ? label.substring(0, by) : label;
        String thing = Affixes.strip(words);
        if (words.endsWith(NAME_END) && thing.length() == words.length() - NAME_END.length()) {
            thing = words;
        }
        thing = HOLDS_RANK.matcher(thing).find() || placeName.test(thing) ? "" : thing;
        String noun = rank.group(1);
        return noun.isEmpty() || thing.endsWith(noun) ? thing : thing + noun;
    }
}
