package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts the words around an amount down to the phrase naming what it measures. */
final class Phrases {
    /** Words that close a frame (time span, source, breakdown): the metric comes after the last of them. */
    private static final List<String> FRAME_ENDS = List.of(
            "以来", "至今", "其中", "据统计", "数据显示", "显示", "表明", "等地", "公布");
    /** A listed company's code ends its name: 海伦司(9869.HK)续升超9%. Letters alone are an abbreviation: (GDP). */
    private static final Pattern SECURITY_CODE = Pattern.compile("[(（](?=[A-Za-z.]*[0-9])[0-9A-Za-z.]+[)）]");
    /** Examples listed before 等 only illustrate what follows (夫子庙片区、长沙五一商圈等多个集聚区客流量). */
    private static final Pattern EXAMPLES = Pattern.compile("、[^、，。；]*?等(?!级|于|同)");
    /** The base a change is measured against starts with these (比1-6月, 较年初, 同比2019年); 比重, 占比 name things. */
    private static final Pattern COMPARISON = Pattern.compile("(?<![占对无类])(?:比|较|相比|同比|环比)(?![重例率价较分])");
    /** An average naming no thing (两年平均增长5.9%). */
    private static final Pattern AVERAGE_ONLY = Pattern.compile("^(?:两年|三年|五年|多年)?(?:平均|年均)$");
    /** 共 before the verb separates the doer from what is counted: 该县共选派…194名 → 选派…. */
    private static final Pattern TOTAL_MARKER = Pattern.compile("(?<![中公总一])共(?:有|计)?(?![享青同建产识])");
    /** Amount head of a quantity's text; what follows it beyond the unit is a noun written inside the span. */
    private static final Pattern AMOUNT_HEAD = Pattern.compile(
            "^[约近超逾不足多余大]*[0-9０-９.,，零〇一二两三四五六七八九十百千万亿]+(?:多|余)?[万亿千百]*成?");
    private static final Pattern QUALIFIER_TAIL = Pattern.compile("(?:以上|以下|左右|上下|多|余)+$");
    /** Words that start a predicate: a noun after an amount ends before them. */
    private static final List<String> NOUN_STOPS = List.of(
            "将", "在", "把", "被", "已", "也", "都", "均", "全部", "再", "共", "分别", "同比", "环比", "较", "比",
            "创", "占", "实施", "用于", "为", "是", "达", "的", "并", "到", "至", "了");
    /** At a clause start the predicate belongs to the label (82个村获评…); only these end it (也: a parallel predicate). */
    private static final List<String> PREDICATE_STOPS = List.of("将", "全部", "再", "共", "均", "都", "并", "也");
    private static final Pattern LEADING_QUALIFIER = Pattern.compile("^(?:以上|以下|左右|上下)?的?");
    private static final Pattern CHANGE_BASIS = Pattern.compile("(?:同比|环比)$");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[，。；：！？,;:!?]");
    private static final Set<String> PRONOUNS = Set.of("他", "她", "它", "他们", "她们", "它们", "其", "我们");
    /** Market moves stated by a verb alone: 续升超9% → 涨幅, 5日累计大跌50% → 5日累计跌幅. */
    private static final Pattern MARKET_MOVE = Pattern.compile("^(.*?)(上涨|大涨|拉升|续升|续涨|涨|升|下跌|大跌|续跌|跌)$");
    /** 分别 pairs items with amounts; inside a label it says nothing about the thing. */
    private static final String RESPECTIVELY = "分别";
    /** 五分之三 is a fraction: nothing after its head is a noun. */
    private static final String FRACTION_MARK = "分之";
    private static final String OPENING = "“‘「『（(《【";
    private static final String CLOSING = "”’」』）)》】";

    private Phrases() {
    }

    /** The part after the last frame word or security code. */
    static String afterFrame(String phrase) {
        int cut = 0;
        for (String end : FRAME_ENDS) {
            int at = phrase.lastIndexOf(end);
            if (at >= 0) {
                cut = Math.max(cut, at + end.length());
            }
        }
        Matcher code = SECURITY_CODE.matcher(phrase);
        while (code.find()) {
            cut = Math.max(cut, code.end());
        }
        return phrase.substring(cut);
    }

    /**
     * The head noun after the examples of an enumeration ending in 等, or the whole phrase when no such head follows
     * (驻村帮扶经费、专项工作经费和驻村补助等1482万余元: the items are the thing).
     */
    static String afterExamples(String phrase) {
        Matcher m = EXAMPLES.matcher(phrase);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return Affixes.strip(phrase.substring(cut)).isEmpty() ? phrase : phrase.substring(cut);
    }

    /** Whether a stripped label only states the base or averaging of a change (比1-6月, 较年初, 平均). */
    static boolean onlyBaseOfChange(String label) {
        return COMPARISON.matcher(label).lookingAt() || AVERAGE_ONLY.matcher(label).matches();
    }

    /** The label without the base of a change it ends with (规模以上工业增加值比1-6月 → 规模以上工业增加值). */
    static String beforeBaseOfChange(String label) {
        Matcher m = COMPARISON.matcher(label);
        return m.find() ? label.substring(0, m.start()) : label;
    }

    /** Titles separate their clauses by spaces (海伦司续升超9% 2日涨幅达15% 投行唱好). */
    static String afterSpace(String phrase) {
        int space = phrase.strip().lastIndexOf(' ');
        return space < 0 ? phrase.strip() : phrase.strip().substring(space + 1);
    }

    private static String beforeSpace(String phrase) {
        int space = phrase.indexOf(' ');  // also when it leads: the amount ended its clause
        return space < 0 ? phrase : phrase.substring(0, space);
    }

    /** Whether the phrase holds an enumeration (A、B、C等), which then only exemplifies the noun after the amount. */
    static boolean enumerates(String phrase) {
        return phrase.indexOf('、') >= 0;
    }

    /** The part after the last 共 marker; a marker right before the amount (电影票房共计15.19亿元) separates nothing. */
    static String afterTotalMarker(String phrase) {
        Matcher m = TOTAL_MARKER.matcher(phrase);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return cut == phrase.length() ? phrase : phrase.substring(cut);
    }

    /** The last item of an enumeration the phrase ends with (、林业收入 → 林业收入). */
    static String afterLastSeparator(String phrase) {
        for (int i = phrase.length() - 1; i >= 0; i--) {
            if (QuantityScope.LIST_SEPARATORS.indexOf(phrase.charAt(i)) >= 0) {
                return phrase.substring(i + 1);
            }
        }
        return phrase;
    }

    /**
     * The noun phrase after an amount (53个“十三五”脱贫村). At a clause start ({@code withPredicate}) the predicate
     * stays with it, as the group is defined by it (82个村获自治区命名星级党组织).
     */
    static String after(String raw, boolean withPredicate) {
        String s = LEADING_QUALIFIER.matcher(CLAUSE_MARK.split(beforeSpace(raw), 2)[0]).replaceFirst("");
        int end = s.length();
        for (String stop : withPredicate ? PREDICATE_STOPS : NOUN_STOPS) {
            int at = s.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        s = Affixes.stripTrailing(s.substring(0, end));
        if (PRONOUNS.contains(s) || Affixes.isChangeVerb(s)) {
            return "";
        }
        return s;
    }

    /** Noun written inside the quantity's own span after its unit (约20万群众 → 群众, 12498口人 → 人). */
    static String nounInside(Quantity quantity) {
        Matcher head = AMOUNT_HEAD.matcher(quantity.text());
        if (!head.lookingAt() || quantity.text().contains(FRACTION_MARK)) {
            return "";
        }
        String rest = quantity.text().substring(head.end());
        if (!quantity.unit().isEmpty() && rest.startsWith(quantity.unit())) {
            rest = rest.substring(quantity.unit().length());
        }
        rest = QUALIFIER_TAIL.matcher(rest).replaceFirst("");
        return rest.codePoints().allMatch(Character::isIdeographic) ? rest : "";
    }

    /**
     * For a move stated by a verb with nothing named before it: the frame words kept before 涨幅/跌幅
     * (5日累计大跌 → 5日累计跌幅, 续升 → 涨幅); else "".
     */
    static String marketMove(String phrase) {
        Matcher m = MARKET_MOVE.matcher(phrase);
        if (!m.matches() || !Affixes.strip(m.group(1)).isEmpty()) {
            return "";
        }
        String frame = CHANGE_BASIS.matcher(m.group(1)).replaceFirst("");
        return frame + (m.group(2).contains("跌") ? "跌幅" : "涨幅");
    }

    /** Drops punctuation at the ends and quotes or brackets left unbalanced by the cuts. */
    static String tidy(String label) {
        String s = label.strip().replace(RESPECTIVELY, "");
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            if (isPunctuation(first) && !(OPENING.indexOf(first) >= 0 && balanced(s, first))) {
                s = s.substring(1);
                changed = true;
            } else if (isPunctuation(last) && !(CLOSING.indexOf(last) >= 0 && balanced(s, last))) {
                s = s.substring(0, s.length() - 1);
                changed = true;
            }
        }
        return s.codePoints().anyMatch(Character::isLetter) ? s : "";
    }

    private static boolean balanced(String s, char bracket) {
        int pair = OPENING.indexOf(bracket) >= 0 ? OPENING.indexOf(bracket) : CLOSING.indexOf(bracket);
        char open = OPENING.charAt(pair);
        char close = CLOSING.charAt(pair);
        return s.chars().filter(c -> c == open).count() == s.chars().filter(c -> c == close).count();
    }

    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c);
    }
}
