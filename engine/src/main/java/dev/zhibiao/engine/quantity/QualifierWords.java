package dev.zhibiao.engine.quantity;

import dev.zhibiao.engine.text.HanCharacters;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Words before or after an amount that say how it relates to the true figure (超过 300个, 5万元以上, 近两成). */
final class QualifierWords {
    private static final String CURRENCY_NAME = "人民币";
    private static final String FORBIDDING = "不得 不能 不应 不宜 不可 不准 不许";
    /** Characters before 约 that make it the end of a verb or noun (签约, 节约, 制约, 预约, 违约, 合约, 公约, 条约). */
    private static final String NOT_BEFORE_YUE = "签节制预违履合公条邀相赴特契";
    /** The measure word of long things, which 条约 begins. */
    private static final char LONG_THING_MEASURE = '条';
    private static final WordTable<Qualifier> PREFIX = new WordTable<>(prefixes());
    private static final WordTable<Qualifier> SUFFIX = new WordTable<>(suffixes());
    /** Filler between a qualifier word and the number: 超过了80, 至少有10, 最多为5. */
    private static final String FILLERS = "了是有为達达";
    /** Bound words that reach over a verb to a later amount when a modal follows them: 最多可接纳游客2000人次, 最高可达. */
    private static final WordTable<Qualifier> BOUND_BEFORE_MODAL = new WordTable<>(boundsBeforeModal());
    private static final WordTable<Boolean> MODALS = new WordTable<>(WordTable.all("可 能 可以 将 要 需 需要 应 会 得", true));
    /** Bounds that reach over a verb of a character or two (每个行政村至少建设一个): 最多 and 最高 may be "the most". */
    private static final Set<String> BOUND_BEFORE_VERB = Set.of("至少", "至多", "最少");
    private static final int MAX_VERB = 2;
    /** How far before the number a bound word may stand (最多可接纳游客 is 7 characters). */
    private static final int REMOTE_WINDOW = 12;
    /** How far before a share's number a bound word may stand before its 的 phrase (至少相当于俄罗斯原油产量的5%). */
    private static final int OF_PHRASE_WINDOW = 16;
    /**
     * A time before the 的 of a bound's phrase (低于去年同期的7%, 高于一周前的6.62%): the amount is what was measured
     * then, the base of a comparison, bounded by nothing.
     */
    private static final Pattern EARLIER_TIME = Pattern.compile(
        "(?:同期|[上去前]年|上[月周季]|上一[年月周季]|[0-9一两三四五六七八九十]+(?:周|个月|年|天|日)前|年初|月初|此前|之前|以前)的$");
    /** 附近 and 邻近 are near a place, 最近 is recent: not the qualifier 近. */
    private static final String NOT_BEFORE_JIN = "附邻最临靠接";
    /** 车站上, 网站上, 驿站上: 站 is a station there. */
    private static final String NOT_BEFORE_ZHAN = "车网驿本该此各小";
    /**
     * 破 passes a round mark only (破万亿元, 首破千亿件); 打破3项纪录, 侦破12起, 连破3项 end a verb before a count, and
     * 读书破万卷 is a saying.
     */
    private static final String NOT_BEFORE_PO = "打击攻识看说道爆侦连再告书";
    private static final String ROUND_MARKS = "万亿千百";
    /** 超过, 经过, 通过, 度过, 越过, 不过: 过 ends another word there. */
    private static final String NOT_BEFORE_GUO = "超经通越度不";
    /**
     * 度 of a noun (进度, 速度, 温度, 幅度) or of 首度 ends no 度过 (spend): 过 after it passes a mark (进度过九成,
     * 气温首度过40℃, 首度过万) — these first characters. Not 年, 季, 月: 今年度过, 这个月度过 spend the time, and
     * 年度过半 is a time half gone.
     */
    private static final String BEFORE_DU_OF_NOUNS = "进速温湿程幅力额热难长宽高深强密浓精首";
    private static final char DU = '度';
    private static final char SHARE_VERB = '占';
    /**
     * Approaching a share of a whole (接近俄罗斯国防预算的95%, 将近全年产量的一半): the verb bounds the share as 约 would;
     * other words of about (约, 近) before a 的 phrase are the whole's.
     */
    private static final Set<String> APPROACHING = Set.of("接近", "将近");
    private static final String CLAUSE_ENDS = "，。；：！？,;:!?…";
    private static final char YEAR = '年';
    private static final int YEAR_DIGITS = 4;

    private QualifierWords() {
    }

    /** Length of the qualifier word an amount's text opens with, with its filler (超过200万平民 → 2, 约有60万人员 → 2), or 0. */
    static int prefixLength(CharSequence amountText) {
        String word = PREFIX.startingAt(amountText, 0);
        if (word == null) {
            return 0;
        }
        boolean filled = word.length() < amountText.length() && FILLERS.indexOf(amountText.charAt(word.length())) >= 0;
        return word.length() + (filled ? 1 : 0);
    }

    private static Map<String, Qualifier> prefixes() {
        Map<String, Qualifier> m = new HashMap<>();
        // crossing a mark is passing it: 站上3600点, 迈上11万亿元新台阶, 跌破6.4
        m.putAll(WordTable.all("超过 超 逾 突破 高于 大于 多于 超出 过 > ＞ 站上 迈上 跨上 越过 升破 涨破 冲破 破", Qualifier.MORE_THAN));
        m.putAll(WordTable.all("至少 不少于 不低于 不小于 大于等于 大于或等于 大于或者等于 最少 起码 最低 ≥ ≧ >= ＞＝", Qualifier.AT_LEAST));
        m.putAll(WordTable.all("约 大约 近 将近 接近 大概 约为 大致 约合", Qualifier.APPROX));
        m.putAll(WordTable.all("不足 不到 低于 少于 小于 不及 < ＜ 跌破 跌穿", Qualifier.LESS_THAN));
        m.putAll(WordTable.all("不超过 不会超过 不超出 不超 最多 至多 不高于 不大于 小于等于 小于或等于 小于或者等于 最高 不多于 ≤ ≦ <= ＜＝", Qualifier.AT_MOST));
        m.putAll(WordTable.all("等于", Qualifier.EXACT));
        m.putAll(forbidden("小于 少于 低于", Qualifier.AT_LEAST));
        m.putAll(forbidden("大于 多于 高于 超过", Qualifier.AT_MOST));
        return m;
    }

    /** A rule forbids what the comparison says, so it bounds the other way: 不得小于4.5米 is at least 4.5米. */
    private static Map<String, Qualifier> forbidden(String comparisons, Qualifier bound) {
        Map<String, Qualifier> m = new HashMap<>();
        for (String prohibition : FORBIDDING.split(" ")) {
            for (String comparison : comparisons.split(" ")) {
                m.put(prohibition + comparison, bound);
            }
        }
        return m;
    }

    private static Map<String, Qualifier> boundsBeforeModal() {
        Map<String, Qualifier> m = new HashMap<>();
        m.putAll(WordTable.all("最多 至多 最高 不超过 不高于", Qualifier.AT_MOST));
        m.putAll(WordTable.all("最少 至少 最低 不少于 不低于", Qualifier.AT_LEAST));
        return m;
    }

    private static Map<String, Qualifier> suffixes() {
        Map<String, Qualifier> m = new HashMap<>();
        m.putAll(WordTable.all("以上 或以上 或者以上 及以上 或更多 或者更多", Qualifier.AT_LEAST));
        m.putAll(WordTable.all("以下 及以下 以内 之内 之下", Qualifier.AT_MOST));
        m.putAll(WordTable.all("左右 上下 前后 许", Qualifier.APPROX));
        m.putAll(WordTable.all("有余 余 多 出头", Qualifier.MORE_THAN));
        m.putAll(WordTable.all("之多", Qualifier.EXACT));
        return m;
    }

    /**
     * A qualifier word before {@code numberStart}, possibly with a filler: its start and value, or null. Blanks may
     * stand between the word, its characters and the number (小于 或 等于 100, < = 100).
     */
    static Match before(CharSequence t, int numberStart, int floor) {
        Lookback back = new Lookback(t, numberStart, floor);
        int end = back.text.length();
        String w = PREFIX.endingAt(back.text, end, 0);
        if (w == null && end > 0 && FILLERS.indexOf(back.text.charAt(end - 1)) >= 0) {
            end--;
            w = PREFIX.endingAt(back.text, end, 0);
        }
        if (w == null && back.text.endsWith(CURRENCY_NAME)) {
            // the currency may be named between the qualifier and the number (约人民币977.79亿元)
            end = back.text.length() - CURRENCY_NAME.length();
            w = PREFIX.endingAt(back.text, end, 0);
        }
        if (w == null) {
            return null;
        }
        int start = back.positionOf(end - w.length());
        if (w.equals("近") && start > 0 && NOT_BEFORE_JIN.indexOf(t.charAt(start - 1)) >= 0) {
            return null;
        }
        if (w.equals("过") && start > 0 && NOT_BEFORE_GUO.indexOf(t.charAt(start - 1)) >= 0
                && !endsNounInDu(t, start - 1)) {
            return null;
        }
        if (w.equals("破") && (start > 0 && NOT_BEFORE_PO.indexOf(t.charAt(start - 1)) >= 0
                || ROUND_MARKS.indexOf(t.charAt(numberStart)) < 0)) {
            return null;
        }
        if (w.equals("约") && start > 0 && (NOT_BEFORE_YUE.indexOf(t.charAt(start - 1)) >= 0 && !countedBefore(t, start - 1)
                || WordsEndingInYue.endsWordAt(t, start))) {
            return null; // 签约3个项目, 节约20%, 北约20个成员国: 约 ends a word there, it says nothing of the amount
        }
        if (w.equals("站上") && start > 0 && NOT_BEFORE_ZHAN.indexOf(t.charAt(start - 1)) >= 0) {
            return null; // 火车站上3000名旅客: on the station, not above a mark
        }
        return new Match(start, PREFIX.value(w));
    }

    /** Whether the character at {@code at} is a measure word after a numeral (一条约一百米长的退水口: 条, no 条约). */
    private static boolean countedBefore(CharSequence t, int at) {
        return t.charAt(at) == LONG_THING_MEASURE && at > 0 && (NumeralChars.isChineseNumeral(t.charAt(at - 1))
            || NumeralChars.isArabicDigit(t.charAt(at - 1)));
    }

    /** Whether the 度 at {@code du} ends a noun or 首度 (进度, 温度), not the verb 度过 (欢度, 共度, 今年度过). */
    static boolean endsNounInDu(CharSequence t, int du) {
        return t.charAt(du) == DU && du > 0 && BEFORE_DU_OF_NOUNS.indexOf(t.charAt(du - 1)) >= 0;
    }

    /**
     * A bound stated away from the number in its clause, or null: a bound word and a modal (最多可接纳游客2000人次,
     * 最高可达), or a bound word of two characters or more before a "的" phrase that ends right at the number
     * (不低于总投资的20%) when the amount is a share of it. No numeral and no other 的 may stand between (超过先前最高纪录2015年的5050万只 is no bound).
     * Its position is the number's: the span stays the amount as written.
     */
    static Match remote(CharSequence t, int numberStart, int amountEnd, int floor, boolean share) {
        int from = Math.max(floor, numberStart - REMOTE_WINDOW);
        Match beforeShareVerb = share ? beforeShareVerb(t, numberStart, from) : null;
        if (beforeShareVerb != null) {
            return beforeShareVerb;
        }
        // 超过去年全年总量的181.8万标箱: an amount of its own after 的 is what the thing compared with measured
        boolean ofPhrase = share && numberStart > 0 && t.charAt(numberStart - 1) == '的';
        int reach = ofPhrase ? Math.max(floor, numberStart - OF_PHRASE_WINDOW) : from;
        for (int k = numberStart - 2; k >= reach; k--) {
            char c = t.charAt(k);
            if (ofPhrase && c == YEAR && k >= YEAR_DIGITS && isYearAt(t, k - YEAR_DIGITS)) {
                k -= YEAR_DIGITS; // the year of the whole (俄罗斯2022年国防预算的95%) is no amount
                continue;
            }
            if (NumeralChars.isArabicDigit(c) || NumeralChars.isChineseNumeral(c) || c == '的') {
                return null;
            }
            String bound = k >= from ? BOUND_BEFORE_MODAL.startingAt(t, k) : null;
            if (bound != null && (MODALS.startingAt(t, k + bound.length()) != null
                    || BOUND_BEFORE_VERB.contains(bound) && numberStart - (k + bound.length()) <= MAX_VERB && HanCharacters.isAllHan(t, k + bound.length(), numberStart))) {
                return new Match(numberStart, BOUND_BEFORE_MODAL.value(bound));
            }
            String word = ofPhrase ? PREFIX.startingAt(t, k) : null;
            if (word != null) {
                word = PREFIX.endingAt(t, k + word.length(), reach); // 不低于, not 低于
            }
            if (word != null && EARLIER_TIME.matcher(t).region(k + word.length(), numberStart).find()) {
                return null;
            }
            if (word != null && word.length() >= 2 && PREFIX.value(word) != Qualifier.EXACT
                    && (PREFIX.value(word) != Qualifier.APPROX || APPROACHING.contains(word) && endsClause(t, amountEnd))) {
                return new Match(numberStart, PREFIX.value(word));
            }
        }
        return null;
    }

    /**
     * Whether the amount ends its clause: a share approached is what the clause says (接近…预算的95%。); a share before a
     * noun picks out part of it, and 接近 is then near a place (接近地铁站的30%的楼盘).
     */
    private static boolean endsClause(CharSequence t, int amountEnd) {
        return amountEnd >= t.length() || CLAUSE_ENDS.indexOf(t.charAt(amountEnd)) >= 0;
    }

    /** Whether four Arabic digits start at {@code at}. */
    private static boolean isYearAt(CharSequence t, int at) {
        for (int i = at; i < at + YEAR_DIGITS; i++) {
            if (!NumeralChars.isArabicDigit(t.charAt(i))) {
                return false;
            }
        }
        return at == 0 || !NumeralChars.isArabicDigit(t.charAt(at - 1));
    }

    /** A bound word right before the verb of a share (约占全部发电量的31.3%, 约占40.3%, 近占八成): the share's bound. */
    private static Match beforeShareVerb(CharSequence t, int numberStart, int from) {
        for (int k = numberStart - 1; k >= from; k--) {
            char c = t.charAt(k);
            if (NumeralChars.isArabicDigit(c) || NumeralChars.isChineseNumeral(c)) {
                return null;
            }
            if (c == SHARE_VERB) {
                // as a bound right before a number would be: not 约 ending 合约 or 节约, nor 近 of 最近, 过 of 通过
                Match bound = before(t, k, from);
                return bound == null || bound.qualifier() == Qualifier.EXACT ? null : new Match(numberStart, bound.qualifier());
            }
        }
        return null;
    }

    /** A qualifier word starting at {@code i}, or after blanks when it has two characters (170 之下): its end and value, or null. 上下游 is not 上下. */
    static Match after(CharSequence t, int i) {
        String w = SUFFIX.startingAt(t, i);
        int wordStart = i;
        if (w == null) {
            wordStart = NumeralScanner.skipBlanks(t, i);
            w = wordStart > i ? SUFFIX.startingAt(t, wordStart) : null;
            if (w == null || w.length() < 2) {
                return null;
            }
        }
        int end = wordStart + w.length();
        if (w.equals("上下") && end < t.length() && NumeralChars.isCjkIdeograph(t.charAt(end)) && t.charAt(end) != '的') {
            return null;
        }
        if (w.length() == 1 && end < t.length() && NumeralChars.isCjkIdeograph(t.charAt(end))) {
            // 余/多/许 end an amount (两万多，); before more text they begin a word (多家, 余下)
            return null;
        }
        return new Match(end, SUFFIX.value(w));
    }

    /** Where a qualifier word begins (before) or ends (after), and what it says. */
    record Match(int position, Qualifier qualifier) {
    }

    /** The characters before a number without blanks, as far back as the longest qualifier word, and where each stands. */
    private static final class Lookback {
        private static final int LENGTH = 8;
        final String text;
        private final int[] positions;

        Lookback(CharSequence t, int numberStart, int floor) {
            char[] chars = new char[LENGTH];
            int[] at = new int[LENGTH];
            int n = 0;
            for (int k = numberStart - 1; k >= floor && n < LENGTH; k--) {
                char c = t.charAt(k);
                if (c != ' ' && c != '\u3000') {
                    chars[LENGTH - 1 - n] = c;
                    at[LENGTH - 1 - n] = k;
                    n++;
                }
            }
            this.text = new String(chars, LENGTH - n, n);
            this.positions = Arrays.copyOfRange(at, LENGTH - n, LENGTH);
        }

        int positionOf(int index) {
            return positions[index];
        }
    }
}
