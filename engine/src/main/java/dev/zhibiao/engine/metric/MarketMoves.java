package dev.zhibiao.engine.metric;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Market flashes name a security by its code (海伦司(09869.HK)) and state its move or price by a verb (恒指午间收跌,
 * 现报17.74港元, 续升超9%): what moved is named before the verb, and a verb alone names the price it quotes or the move
 * (涨幅, 跌幅).
 */
final class MarketMoves {
    /** A listed company's code ends its name: 海伦司(9869.HK)续升超9%. Letters alone are an abbreviation: (GDP). */
    static final Pattern SECURITY_CODE = Pattern.compile("[(（](?=[A-Za-z.]*[0-9])[0-9A-Za-z.]+[)）]");
    /**
     * Verbs that quote a price or level (恒指收跌0.12%报23954点), with the price they quote: the level is of the thing
     * that moved, or that price when no mover is named (现报17.74港元 → 现价).
     */
    private static final Map<String, String> QUOTE_VERBS = Map.of(
            "报", "报价", "现报", "现价", "收报", "收盘价", "报收", "收盘价", "收于", "收盘价");
    /** Where the name of what moved ends: a move verb, a session word or a security code (恒指午间收跌, 海伦司(09869.HK)). */
    private static final Pattern MOVER_END = Pattern.compile(
            "上涨|下跌|上升|下降|上扬|下挫|走高|走低|日内|涨|跌|升|降|收|报|午间|早盘|盘中|尾盘|开盘|午后|一度|现|今日|[(（]");
    private static final Pattern CHANGE_BASIS = Pattern.compile("(?:同比|环比)$");
    /** Market moves stated by a verb alone: 续升超9% → 涨幅, 5日累计大跌50% → 5日累计跌幅. */
    private static final String MARKET_MOVE_WORDS = "上涨|大涨|拉升|续升|续涨|涨|升|下跌|大跌|续跌|跌";
    private static final Pattern MARKET_MOVE = Pattern.compile("^(.*?)(" + MARKET_MOVE_WORDS + ")$");
    private static final String MARKET_MOVE_LAST = Phrases.lastCharacters(MARKET_MOVE_WORDS);

    private MarketMoves() {
    }

    /** Whether the words name a security by its code (海伦司(09869.HK)). */
    static boolean quotesSecurity(String words) {
        return SECURITY_CODE.matcher(words).find();
    }

    /** The price a quote verb quotes (现报 → 现价), or "" when the label is no quote verb. */
    static String quotedPrice(String label) {
        return QUOTE_VERBS.getOrDefault(label, "");
    }

    /** The name of what moved, at the start of a clause that states its move (恒指午间收跌 → 恒指), or "". */
    static String mover(String clauseHead) {
        Matcher end = MOVER_END.matcher(clauseHead);
        return Affixes.strip(end.find() ? clauseHead.substring(0, end.start()) : clauseHead);
    }

    /**
     * For a move stated by a verb with nothing named before it: the frame words kept before 涨幅/跌幅
     * (5日累计大跌 → 5日累计跌幅, 续升 → 涨幅); else "".
     */
    static String marketMove(String phrase) {
        if (phrase.isEmpty() || MARKET_MOVE_LAST.indexOf(phrase.charAt(phrase.length() - 1)) < 0) {
            return "";  // every move verb ends in one of them: spare the lazy match its quadratic tries
        }
        Matcher m = MARKET_MOVE.matcher(phrase);
        if (!m.matches() || !Affixes.strip(m.group(1)).isEmpty()) {
            return "";
        }
        String frame = CHANGE_BASIS.matcher(m.group(1)).replaceFirst("");
        return frame + (m.group(2).contains("跌") ? "跌幅" : "涨幅");
    }
}
