package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.text.FirstCharacters;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.Segmenter;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cuts the words around an amount down to the phrase naming what it measures: here the noun after the amount, and the
 * marks and small cuts the labeling rules share. The other cuts are classes of their own, which the rules call
 * directly.
 */
final class Phrases {
    /** Words that make a figure a forecast rather than a fact (计划, 目标 also name things: 计划播种面积, 目标价). */
    static final List<String> MODALITIES = List.of("预计", "预期", "预测");
    /** A security's ticker of letters with its exchange (SUN.N, BABA.US); letters alone are an abbreviation: (GDP). */
    private static final Pattern LETTER_TICKER = Pattern.compile("[(（][A-Z]{1,5}\\.[A-Z]{1,2}[)）]");
    private static final String SEMICOLONS = "；;";
    private static final Pattern BOUND_AFTER = Pattern.compile("及?(?:以上|以下|以内)");
    /** An article (一台, 两艘), a locative (手里, 车间里) or a preposition (在, 由, 把) ending the words before an amount. */
    private static final Pattern ARTICLE_OR_PLACE_END = Pattern.compile(
            "(?:[一两二三四五六七八九十几每][台座艘辆架个条块套部栋根只]|(?<![集其空心])[里中内]|[在由把将从用])$");
    /** Words that break a whole down into its parts. */
    private static final Pattern BREAKDOWN = Pattern.compile("其中|[按分从][^，。；0-9０-９]{1,6}?(?:划分|分|看)|[（(]");
    /** Bounds and roundings written after an amount (以上, 以内, 左右). */
    static final String BOUNDS = "以上|以下|以内|之内|左右|上下";
    /** The joiners {@link #CONJOINED_AMOUNT} begins with (以及 holds 及). */
    private static final String CONJOINED_AMOUNT_JOINERS = "和及与、";
    /** A joiner before another counted thing (9种维生素和多种复合多肽): the noun of the amount before ends at it. */
    private static final Pattern CONJOINED_AMOUNT = Pattern.compile(
            "(?:以及|和|及|与|、)(?=(?:多|数|几|若干|[0-9０-９一二三四五六七八九十两百千万]+)(?:种|个|类|项|家|条|名|位|只|头|座|处|所|件|批|部|款))");
    /** After a range: its amounts vary (从1MP到8MP不等), which names nothing. */
    private static final String VARYING = "不等";
    /** 的 ending a modifier (以小麦为主的夏粮): what follows is what the words before describe. */
    static final String MODIFIER = "的";
    private static final int MIN_MODIFIER = 2;
    /**
     * Words saying only how varied things are, with their 的. A closed list: other doubled pairs name the things themselves
     * (男男女女200多人, 老老少少, 坛坛罐罐, 瓶瓶罐罐, 花花草草, 家家户户, 各家各户, 各行各业).
     */
    private static final Pattern ASSORTMENT = Pattern.compile("(?:大大小小|形形色色|林林总总|各种各样|各式各样|各色各样|五花八门)的?");
    private static final FirstCharacters ASSORTMENT_FIRST = new FirstCharacters("大形林各五");
    /** A noun described by the words before its 的 is this long at most: a longer run goes on into a predicate. */
    private static final int MAX_DESCRIBED_NOUN = 7;
    /** Verbs of purpose: words after an amount that open with them say what it is spent on (投资600万元建设…). */
    private static final List<String> PURPOSE_VERBS = List.of("建设", "新建", "修建", "改造", "购买", "购置", "打造");
    /** Words 将 or 把 begins that are no mark of an object (把握, 把关, 将近, 将军, 将来, 将士). */
    static final List<String> WORDS_WITH_DISPOSAL_MARK = List.of("把握", "把关", "将近", "将军", "将来", "将士");
    /** A note in brackets inside a label (银川市（不含宁东）, 三统河（中段）); one character is part of a name (小（一）型). */
    private static final Pattern NOTE = Pattern.compile("[（(][\\p{IsHan}、，]{2,}[）)]");
    /** A unit's alternative in brackets right after it (15万台（套）联合收割机): the noun comes after it. */
    private static final Pattern UNIT_ALTERNATIVE = Pattern.compile("^[（(]\\p{IsHan}{1,2}[）)]");
    private static final FirstCharacters UNIT_ALTERNATIVE_FIRST = new FirstCharacters("（(");
    private static final Pattern LEADING_QUALIFIER = Pattern.compile("^(?:" + BOUNDS + ")?的?");
    /**
     * How a move went, written after its size (保持20%以上的高增长, 实现8%的较快增长, 两位数的快速增长): the amount is the
     * size of the move, the words name nothing it is of.
     */
    private static final Pattern DEGREE_OF_MOVE = Pattern.compile(
            "(?:较?高|较快|快速|高速|中高速|稳定|平稳|稳步|大幅|小幅)(?:增长|下降|上涨|下跌|提升|回落|增加|减少)(?!率)");
    private static final FirstCharacters DEGREE_OF_MOVE_FIRST = new FirstCharacters("较高快中稳平大小");
    /** A clause or sentence mark. */
    private static final String CLAUSE_MARKS = "，。；：！？,;:!?…";
    static final Pattern CLAUSE_MARK = Pattern.compile("[" + CLAUSE_MARKS + "]");
    static final char ENUMERATION_COMMA = '、';
    static final String EXAMPLES_END = "等";
    /** The perfective particle a verb may end in (提升了, 建成了). */
    static final String PERFECTIVE = "了";
    private static final Set<String> PRONOUNS = Set.of("他", "她", "它", "他们", "她们", "它们", "其", "我们");
    /** A mark an amount passes (迈上11万亿元新台阶, 重回2000元关口): no thing it measures. */
    private static final Pattern MILESTONE = Pattern.compile("(?:新的?|重要|历史性?|更)?(?:台阶|大关|关口|关)");
    static final char OPEN_QUOTE = '“';
    static final char CLOSE_QUOTE = '”';
    /** Opens the title of a document a predicate names (联合印发《…》): the title is no part of a label. */
    private static final char TITLE_OPEN = '《';

    private Phrases() {
    }

    /** The words after a leading 的 (的紧张救援 → 紧张救援), or all of them. */
    static String afterModifier(String words) {
        return words.startsWith(MODIFIER) ? words.substring(MODIFIER.length()) : words;
    }

    /** The last match of the pattern in the text, or null when there is none. */
    static MatchResult lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        MatchResult last = null;
        while (m.find()) {
            last = m.toMatchResult();
        }
        return last;
    }

    /** Offset of the last breakdown word (其中, 按地域分, 分规模看, 从隶属关系看, an opening bracket) in [from, to), else -1. */
    static int lastBreakdown(String text, int from, int to) {
        Matcher m = BREAKDOWN.matcher(text);
        m.region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** Start of the first of the sentences joined by semicolons that ends right before {@code sentenceStart}. */
    static int semicolonListStart(String text, int sentenceStart) {
        int start = sentenceStart;
        while (start > 0 && SEMICOLONS.indexOf(text.charAt(start - 1)) >= 0) {
            int k = start - 1;
            while (k > 0 && text.charAt(k - 1) != '\n' && Segmenter.SENTENCE_ENDS.indexOf(text.charAt(k - 1)) < 0) {
                k--;
            }
            start = k;
        }
        return start;
    }

    /** Whether the amount is a bound (20平方公里以上河流): it defines a group, describing no one thing. */
    static boolean isBound(String text, Quantity quantity) {
        return BOUND_AFTER.matcher(quantity.text()).find() || BOUND_AFTER.matcher(text).region(quantity.end(), text.length()).lookingAt();
    }

    /** Whether the words before an amount end in an article (一台), a locative (手里) or a preposition (在, 由). */
    static boolean endsWithArticleOrPlace(String left) {
        return ARTICLE_OR_PLACE_END.matcher(left).find();
    }

    /** The verb without the perfective particle it ends in (提升了 → 提升); the verb itself when it ends in none. */
    static String withoutPerfective(String verb) {
        return verb.endsWith(PERFECTIVE) ? verb.substring(0, verb.length() - PERFECTIVE.length()) : verb;
    }

    static boolean isOpeningBracket(char c) {
        return Segmenter.OPENING_BRACKETS.indexOf(c) >= 0;
    }

    static boolean isChinese(String label) {
        return HanCharacters.isAllHan(label, 0, label.length());
    }

    /** The words after the last 的, which name what the words before describe (一泓清水的灌渠 → 灌渠); all of them when no 的. */
    static String afterLastModifier(String phrase) {
        int at = phrase.lastIndexOf(MODIFIER);
        return at < 0 ? phrase : phrase.substring(at + MODIFIER.length());
    }

    private static String beforeSpace(String phrase) {
        int space = phrase.indexOf(' ');  // also when it leads: the amount ended its clause
        return space < 0 ? phrase : phrase.substring(0, space);
    }

    /** The phrase up to its first clause mark: {@code CLAUSE_MARK.split(phrase, 2)[0]} without a regex, on every label. */
    private static String beforeClauseMark(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (CLAUSE_MARKS.indexOf(phrase.charAt(i)) >= 0) {
                return phrase.substring(0, i);
            }
        }
        return phrase;
    }

    /** The text without the match of a {@code ^}-anchored pattern: its {@code replaceFirst("")}, no string rebuilt. */
    private static String withoutLeading(Pattern opening, String text) {
        Matcher m = opening.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    /** As {@link #withoutLeading(Pattern, String)}, without a matcher for a text the pattern cannot begin. */
    private static String withoutLeading(Pattern opening, FirstCharacters first, String text) {
        return first.mayBegin(text) ? withoutLeading(opening, text) : text;
    }

    /** Whether the words open with a pronoun (它含有, 其拥有, 他们带来): a subject, no verb. */
    static boolean opensWithPronoun(String words) {
        for (String pronoun : PRONOUNS) {
            if (words.startsWith(pronoun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The label without the words opening it that only say how varied the things are (大大小小的水库 → 水库, 形形色色,
     * 各种各样); they name no thing.
     */
    static String withoutAssortment(String label) {
        return withoutLeading(ASSORTMENT, ASSORTMENT_FIRST, label);
    }

    /**
     * The label without bracketed notes (银川市（不含宁东）计划投资 → 银川市计划投资) or a ticker of letters naming a security
     * again (Sunoco Lp（SUN.N）目标价 → Sunoco Lp目标价).
     */
    static String withoutNotes(String label) {
        return label.indexOf('（') < 0 && label.indexOf('(') < 0 ? label
            : LETTER_TICKER.matcher(NOTE.matcher(label).replaceAll("")).replaceAll("");
    }

    /** Days and weeks named from the report's day, and 日前 (recently) where it is no 节日前 or 日前往. */
    private static final String DAYS_FROM_REPORT = "本月|本周|今天|今日|昨天|昨日|明天|当天|当日|(?<![节生假念每周平])日前(?![往来])|近日";
    /**
     * A time after the counted noun begins its predicate (20个成员国本月5日开始举行…, 3名宇航员今天返回, 三条运输主通道1至7月份
     * 中欧班列开行量…).
     */
    private static final Pattern TIME_AFTER_NOUN = Pattern.compile(
        "(?:" + DAYS_FROM_REPORT + "|(?<![0-9０-９月])[0-9０-９]{1,2}日(?!游)"
            + "|(?<![0-9０-９.])[0-9０-９]{1,2}[至到~—–-][0-9０-９]{1,2}月)");
    /** A day of the month, or days, and the part of it after a noun (工作人员15日在冲突中丧生, 14日晚遭袭, 27日至28日进入). */
    private static final Pattern DAY_IN_PREDICATE = Pattern.compile(
        "^(?:(?:" + DAYS_FROM_REPORT + ")|(?<![0-9０-９月])[0-9０-９]{1,2}日(?![游内前后以之])(?:[至到~—–-][0-9０-９]{1,2}日)?)+"
            + "(?:[早晚]间?|上午|下午|凌晨|晚上|夜间)?");
    /** Such a day right after the amount, with its date in brackets: it dates the predicate (今天（12月30日）联合发布). */
    private static final Pattern LEADING_DAY = Pattern.compile("^(?:" + DAYS_FROM_REPORT + ")(?:[（(][^）)]{1,12}[）)])?");
    private static final FirstCharacters LEADING_DAY_FIRST = new FirstCharacters("本今昨明当日近");

    /**
     * The noun phrase after an amount (53个“十三五”脱贫村). At a clause start ({@code withPredicate}) the predicate
     * stays with it, as the group is defined by it (82个村获自治区命名星级党组织).
     */
    static String after(String raw, boolean withPredicate) {
        return after(raw, withPredicate, false);
    }

    /**
     * As {@link #after(String, boolean)}; {@code throughDescription}: a noun described by the words before 的 is what is
     * counted (55家今年上市的美股科技公司 → 今年上市的美股科技公司).
     */
    static String after(String raw, boolean withPredicate, boolean throughDescription) {
        String s = withoutLeading(UNIT_ALTERNATIVE, UNIT_ALTERNATIVE_FIRST,
            withoutLeading(LEADING_QUALIFIER, beforeClauseMark(beforeSpace(raw))));
        // the day it happened dates the predicate, it is no part of it (六部门今天（12月30日）联合发布 → 联合发布)
        s = withoutLeading(LEADING_DAY, LEADING_DAY_FIRST, s);
        if (s.startsWith(VARYING)) {
            return ""; // 从1MP、2MP、5MP到8MP不等, 贷款额度在3000到30万元不等
        }
        if (DEGREE_OF_MOVE_FIRST.mayBegin(s) && DEGREE_OF_MOVE.matcher(s).lookingAt() && describedBy(raw)) {
            return ""; // only after 的: 120家高增长企业, 20条稳定增长的措施 count the things the move describes
        }
        if (!s.isEmpty() && (QuantityScope.LIST_SEPARATORS.indexOf(s.charAt(0)) >= 0 || Segmenter.OPENING_BRACKETS.indexOf(s.charAt(0)) >= 0)) {
            // the next item of an enumeration of amounts (居住下降0.4%、生活用品…), or a note on the amount
            // (增长230.7%（主要是…项目带动）)
            return "";
        }
        int end = quotationEnd(s);
        end = Math.min(end, PhraseStops.firstStop(s, withPredicate ? PhraseStops.PREDICATE_STOPS : PhraseStops.NOUN_STOPS));
        if (withPredicate) {
            end = Math.min(end, PhraseStops.allOfThemEnd(s));
        }
        if (withPredicate && throughDescription) {
            int stop = PhraseStops.firstStop(s, PhraseStops.COUNT_PREDICATE_STOPS);
            end = stop > 0 ? Math.min(end, stop) : end; // 从犯: a noun opening with the coverb's character
        }
        Matcher time = TIME_AFTER_NOUN.matcher(s);
        if (time.find() && time.start() > 0) {
            end = Math.min(end, time.start());
        }
        if (throughDescription && !withPredicate && end >= MIN_MODIFIER && end < s.length() && s.startsWith(MODIFIER, end)) {
            // a count before the words that describe the noun (55家今年上市的美股科技公司, 两个独立的调查委员会): the
            // described noun is counted, with its description; a noun of a few words only (not 龙门吊的作业效率直接拉满)
            String described = after(s.substring(end + MODIFIER.length()), false);
            if (described.length() >= MIN_MODIFIER && described.length() <= MAX_DESCRIBED_NOUN
                    && described.indexOf(ENUMERATION_COMMA) < 0) {
                end += MODIFIER.length() + described.length();
                s = s.substring(0, end);
            }
        }
        s = beforeConjoinedAmount(Affixes.stripTrailing(s.substring(0, end)));
        if (PRONOUNS.contains(s) || Affixes.isChangeVerb(s) || PURPOSE_VERBS.stream().anyMatch(s::startsWith)
                || MILESTONE.matcher(s).matches()) {
            return "";
        }
        return s;
    }

    /** Whether the words after an amount open with 的, past a bound (以上的): they describe the amount. */
    private static boolean describedBy(String raw) {
        Matcher lead = LEADING_QUALIFIER.matcher(raw);
        return lead.lookingAt() && lead.group().endsWith(MODIFIER);
    }

    /**
     * The words after an amount without the day that dates the predicate of its noun (16个部门近日联合印发 → 部门联合印发,
     * 三名工作人员15日在冲突中丧生 → 工作人员在冲突中丧生):
     * when examples open the clause, the group they make is its subject and what it did names it, whenever it did it.
     */
    static String withoutDayAfterNoun(String right, String noun) {
        if (noun.isEmpty() || !right.startsWith(noun)) {
            return right;
        }
        String rest = right.substring(noun.length());
        Matcher day = LEADING_DAY.matcher(rest);
        if (!day.find() || day.end() == 0) {
            day = DAY_IN_PREDICATE.matcher(rest);
            if (!day.lookingAt()) {
                return right;
            }
        }
        // the document it issued is named by its verb (联合印发《…》 → 联合印发): its full title is no label
        String predicate = right.substring(noun.length() + day.end());
        int title = predicate.indexOf(TITLE_OPEN);
        return noun + (title > 0 ? predicate.substring(0, title) : predicate);
    }

    /**
     * Where the quotation an amount is written inside ends when it describes a noun after it (拥有“八个一类铁路客运站和两个
     * 大型国际机场的综合交通枢纽集群”的城市: the closing quote after 集群, then 的): the noun it describes is the
     * sentence's, not what the amount counts. The phrase's length otherwise: a quoted name (“15分钟文化生活圈”) goes on
     * with the words after it.
     */
    private static int quotationEnd(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == OPEN_QUOTE) {
                open++;
            } else if (c == CLOSE_QUOTE && open-- == 0) {
                return s.startsWith(MODIFIER, i + 1) ? i : s.length();
            }
        }
        return s.length();
    }

    /** The noun without another counted thing joined to it (9种维生素和多种复合多肽 → 维生素). */
    private static String beforeConjoinedAmount(String noun) {
        if (!hasAnyOf(noun, CONJOINED_AMOUNT_JOINERS)) {
            return noun; // every label is asked, few hold a joiner: no matcher without one
        }
        Matcher joined = CONJOINED_AMOUNT.matcher(noun);
        return joined.find() && joined.start() > 0 ? noun.substring(0, joined.start()) : noun;
    }

    /** Whether the text holds one of the characters. */
    private static boolean hasAnyOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The distinct last characters of the words of an alternation (a|bc → ac): a cheap test before the pattern. */
    static String lastCharacters(String alternation) {
        return Arrays.stream(alternation.split("\\|")).map(word -> word.substring(word.length() - 1)).distinct()
                .collect(Collectors.joining());
    }
}
