package dev.zhibiao.engine.quantity;

import dev.zhibiao.engine.text.Segmenter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Finds the amounts stated in a text (1482万余元, 同比增长21.2%, 近两成, 3至5万元) with their normalized value, unit,
 * qualifier and stated change. Stateless and thread-safe: one instance may serve any number of threads.
 */
public final class QuantityRecognizer {
    /** Characters that end a clause: a change verb or a basis never reaches across them. */
    static final String CLAUSE_ENDS = "，。；！？,;!?\n：:（）()";
    private static final int MAX_CLAUSE_LOOKBACK = 40;
    private static final int MAX_SENTENCE_LOOKBACK = 80;
    private static final String POINTS = "分";
    /** Hours of a clock before minutes (11时30分, 9点15分). */
    private static final String CLOCK_HOURS = "时点";
    private static final String INTERVAL = "区间";
    private static final String MODIFIER = "的";
    /** Words of a medal tally (获得3金2银3铜, 再夺一金): else 金, 银 and 铜 after a number are no medals (两金压降). */
    private static final List<String> MEDAL_CUES = List.of("金牌", "银牌", "铜牌", "奖牌", "夺", "摘", "获");
    private static final Set<String> MEDALS = Set.of("金", "银", "铜");
    /** What may follow a medal of a tally (3金2银、…的成绩): another word after it makes a word of it (五金市场, 两金融机构). */
    private static final String AFTER_MEDAL = "银铜牌的、";
    /**
     * Measure words that count only beside what they count: 眼 wells and springs (打井34眼, 102眼干涸的泉眼), 班 runs of a
     * service (每周70班), 金/银/铜 medals, 分 a score's points, 伏 volts, 局 games; else they are words (两眼放光,
     * 九眼桥, 3班的学生, 十分高兴, 三伏, 中建八局); 方 cubic metres of earth, stone, concrete, water or gas (土方30万方,
     * 5000方混凝土, 天然气10亿方), else a party or a side (中美2方, 土耳其等4方, 水利部等7方).
     */
    private static final Map<String, List<String>> CUED_UNITS = Map.of(
        "眼", List.of("井", "泉"),
        "方", List.of("土方", "石方", "砂石", "沙石", "泥沙", "淤泥", "渣土", "混凝土", "水量", "用水", "供水", "调水", "蓄水", "污水",
            "天然气", "燃气", "用气", "供气", "气量", "库容", "方量", "木材"),
        "班", List.of("航班", "班次", "班列", "每周", "每天", "每日", "直飞", "客运", "航线"),
        "金", MEDAL_CUES, "银", MEDAL_CUES, "铜", MEDAL_CUES,
        "分", List.of("得分", "评分", "满意度", "分数", "总分", "打分", "测评", "考评", "成绩", "积分", "考分"),
        "伏", List.of("电"),
        "局", List.of("比赛", "打", "赛", "胜", "负", "扳", "盘"));
    /** Verbs of moving to a level: before a rate's new level (升至6.3512), after the level it moved from (由95提高到99). */
    private static final String MOVES_TO_LEVEL = "升至 降至 提高到 提高至 提升到 提升至 降到 降低到 降低至 下降到 下降至 收窄至 收窄到 缩小至 缩小到 "
        + "冲高至 走高至 走低至 攀升至 飙升至 反弹至 回调至 下探至 上探至 上调至 下调至";
    private static final WordTable<Boolean> MOVES_TO = new WordTable<>(WordTable.all(MOVES_TO_LEVEL, true));
    private static final String FROM_WORDS = "由从";
    private static final char WITHIN = '内';
    /** A trip's time between a duration and its 内 (4小时车程内). */
    private static final String TRAVEL_TIME = "车程";
    /**
     * Second characters of words and place names beginning with 内: 内容, 内部, 内地, 内需, 内涵, 内外, 内陆, 内河, 内阁,
     * 内政, 内务, 内科, and 内蒙古, 内江, 内乡, 内黄, 内丘 (两年内乡县共实施 is 内乡县's).
     */
    private static final String WORDS_AFTER_NEI = "容部地需涵外陆河阁政务科蒙江乡黄丘";
    /** Words joining the items of a list whose change is stated once: 同比分别增长121.4%、87.6%和18.9%. */
    static final WordTable<Boolean> ENUMERATION = new WordTable<>(WordTable.all("、 和 与 及 以及 、和", true));
    /** A unitless number right after these (and a link: 系数从) is a rate, price or index level (升至6.3512). */
    private static final WordTable<Boolean> RATE_CUES = new WordTable<>(WordTable.all(
        "报 收于 收报 涨至 跌至 指数 汇率 中间价 报收 收盘价 收盘 回升至 回落至 均价 价格 股价 点位 比价 利率 收益率 市盈率 指数为 报价 "
        // a market touching or breaking a level (最高触及6.3515, 跌破6.4); 逼 of 逼近, whose 近 is the qualifier
        + "触及 跌破 升破 站上 失守 升穿 跌穿 逼 "
        // a coefficient or efficiency moved to a level (利用系数从0.565提高到0.58, 电能利用效率降到1.3以下); an auction's
        // cover (全场倍数为3.7); a ratio of incomes (城乡居民收入倍差从1.96收窄至1.81)
        + "系数 倍数 倍差 "
        // a grade averaged over land or goods (耕地平均等级达到4.76)
        + "等级 " + MOVES_TO_LEVEL, true));
    /**
     * A noun before an unwritten unit says what it counts: 观影人次3763万 is 37630000 人次, 入网车辆超30万 辆, 确诊病例已超过
     * 9600万 例.
     */
    private static final WordTable<String> NOUN_UNITS = new WordTable<>(
        Map.of("人次", "人次", "人数", "人", "户数", "户", "人口", "人", "车辆", "辆", "病例", "例"));
    /** Words of how many there are after the people counted (注册护士总量达到606.2万 人, 开发者数量突破800万 人). */
    private static final WordTable<Boolean> HOW_MANY = new WordTable<>(WordTable.all("总量 数量 总数 量", true));
    /**
     * Money named before an amount in 万 or 亿 that writes no unit (北向资金净流入超50亿, 注册资本1000万, 票房突破30亿) or
     * right after it (一笔300万贷款): the amount is in 元, as the guidelines' 万元 → 元 say of money in China. A bare
     * number after such a noun (营业收入：1205.3, 投资约1200、800亿元) takes its multiplier and unit from elsewhere.
     */
    private static final WordTable<Boolean> MONEY_BEFORE = new WordTable<>(WordTable.all(
        "资金 资金净流入 资金净流出 净买入 净卖出 资本 票房 营收 收入 利润 投资 投资额 成交额 融资 募资 销售额 交易额 市值", true));
    private static final WordTable<Boolean> MONEY_AFTER = new WordTable<>(WordTable.all("贷款 资金 投资 补贴 奖金 罚款", true));
    /** Who holds the money, counted in people, firms or accounts (1000万投资者, 300万贷款户, 2亿投资账户). */
    private static final WordTable<Boolean> HOLDERS = new WordTable<>(WordTable.all(
        "者 人 方 商 户 客 用户 账户 机构 企业 对象 主体 群体", true));
    private static final String YUAN = "元";
    /** Words between such a noun (or a rate cue) and the number: 人数达145, 升至了, 总量已超过600万, 总量预计达1179万. */
    private static final WordTable<Boolean> LINKS = new WordTable<>(WordTable.all("达 为 是 有 共 共计 累计 达到 已达 约 了 超 从 由 ： : 已 已经 预计达 预计达到 将达 将达到", true));
    /** 数十, 几百, 上千: a vague amount of the multiplier that follows (数千 → about 1000). */
    private static final String VAGUE_PREFIXES = "数几上";
    private static final char REACHING = '上';
    private static final String UP_TO = "高达";
    /** Words of what may or will be, which make 高达 a cap. */
    private static final List<String> POSSIBILITY_WORDS = List.of("可能", "将", "可以", "可获", "有资格", "有望", "最多");
    private static final char SHU = '数';
    /** First characters of nouns ending in 数 (指数十分稳定, 人数百余): their 数 begins no vague amount. */
    private static final String NOUNS_ENDING_IN_SHU = "指人次总分系倍基参件户个岁函变常";
    /** Units of a share of a base (不低于总投资的20%, 超过全年的三分之一). */
    private static final Set<String> SHARE_UNITS = Set.of("%", "‰", "");
    /** Bounds of one character that pass a mark (过亿亩, 破万亿元): other words end in them too (不过, 读书破万卷). */
    private static final Set<String> PASSING_BOUNDS = Set.of("过", "破");
    /** Bounds after which a multiplier alone is its value (近千个, 超千万次, 不足百个, 不到千人). */
    private static final WordTable<Boolean> BOUNDS_BEFORE_MULTIPLIER =
        new WordTable<>(WordTable.all(UnitlessAmounts.BOUNDS_BEFORE_MULTIPLIER, true));
    /**
     * What ends the clause of a count written after its noun (塘坝一处，; 延长停火一周、; 再夺一金 at a title's end).
     */
    private static final String AFTER_POSTPOSED_COUNT = "，,。；;、！!？? \n";
    /**
     * What before 一 makes it no count: a word it forms with (同一天, 新的一年, 之一, 这一, 最后一年, 今年一年) — the
     * demonstratives, 的, 同, and a time word's last character.
     */
    private static final String NOT_BEFORE_POSTPOSED_COUNT = "同的之这那每哪第任唯某另其后年中周天月日时";
    /** Measure words a lone 一 forms idioms with (虚惊一场, 研究一番, 看一下, 热闹一阵), no counts. */
    private static final String IDIOM_MEASURES = "场番下阵";
    /** 每 before in the clause: 一次 is how often, not how many (每烧一次). */
    private static final char EVERY = '每';
    private static final String CLAUSE_STARTS = "，,；;。：:\n";
    /**
     * The characters {@link #readAt} can find an amount at (a vague prefix, a multiplier, a numeral's or a share word's
     * first character): the scan skips every other character without calling its readers.
     */
    private static final BitSet AMOUNT_STARTS = amountStarts();

    /** What a scan reports. */
    private enum Reading {
        /** Amounts that state a real quantity. */
        INDICATORS,
        /** Those and bare numbers without a unit. */
        AMOUNTS,
        /** Every numeral as a number on its own, whatever it names. */
        NUMERALS
    }

    /** Whether the words after a number are its money as spoken (8块钱, 五块多一斤, 500元一亩), no noun: {@link PricesPerUnit}. */
    public static boolean isSpokenMoney(String written) {
        return PricesPerUnit.isSpokenMoney(written);
    }

    /** Length of the qualifier word a quantity's text opens with (超过200万平民 → 2, 接近200万平民 → 2), or 0. */
    public static int qualifierPrefixLength(String quantityText) {
        return QualifierWords.prefixLength(quantityText);
    }

    /**
     * Every amount that states a real quantity: with a unit, a rate/price/index level after a cue, or an amount that
     * needs no unit (see {@link UnitlessAmounts}).
     */
    public List<Quantity> find(String text) {
        return scan(text, Reading.INDICATORS);
    }

    /** Like {@link #find}, plus bare numbers without a unit (unit ""), for number-layer checks. */
    public List<Quantity> findAll(String text) {
        return scan(text, Reading.AMOUNTS);
    }

    /**
     * Every numeral of the text read as a number on its own, the way a general number recognizer reads text: like
     * {@link #findAll} without ranges, plus the numbers that are never amounts by our guidelines — ordinals (第十 → 10),
     * the parts of dates and times (1991年1月 → 1991, 1), long digit runs (phone numbers), 打 as a dozen (五十打 → 600)
     * and a denominator without numerator (二分之 → 2). Not for indicators: for checks of the number layer.
     */
    public List<Quantity> findNumerals(String text) {
        return scan(text, Reading.NUMERALS);
    }

    private static BitSet amountStarts() {
        BitSet starts = new BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (VAGUE_PREFIXES.indexOf(ch) >= 0 || isMultiplier(ch) || ShareWords.mayStartWith(ch)
                    || NumeralScanner.mayStartWith(ch)) {
                starts.set(c);
            }
        }
        return starts;
    }

    /**
     * Whether {@link #readAt} may find an amount (or a skip) at a character: it returns null at all others
     * (package-visible, as {@link #vagueAt} and {@link #readAt}, for the test that holds the set to its readers).
     */
    static boolean mayStartAmount(char c) {
        return AMOUNT_STARTS.get(c);
    }

    private static List<Quantity> scan(String t, Reading reading) {
        boolean bare = reading != Reading.INDICATORS;
        boolean everyNumeral = reading == Reading.NUMERALS;
        List<Quantity> out = new ArrayList<>();
        Quantity previous = null;
        int i = 0;
        int n = t.length();
        while (i < n) {
            if (!AMOUNT_STARTS.get(t.charAt(i))) {
                i++;
                continue;
            }
            boolean vague = vagueAt(t, i);
            AmountReader.Result r = readAt(t, i, vague, everyNumeral);
            if (r == null) {
                i++;
                continue;
            }
            i = Math.max(r.skipTo(), i + 1);
            if (r.amount() == null) {
                continue;
            }
            Quantity q = toQuantity(t, r.amount(), vague, previous, out, bare);
            if (q == null || previous != null && q.start() < previous.end()) {
                continue; // an amount reaching back into the one before (0零下二度): the one before was read first
            }
            i = Math.max(i, q.end());
            if (!everyNumeral && previous != null && !out.isEmpty() && out.get(out.size() - 1) == previous) {
                Quantity range = BoundPairs.merge(t, previous, q);
                if (range != null) {
                    out.remove(out.size() - 1);
                    q = range;
                    i = Math.max(i, q.end());
                }
            }
            previous = q;
            out.add(q);
        }
        if (!everyNumeral) {
            SharedUnits.apply(t, out);
            SharedUnits.applyPoints(t, out);
        }
        return bare ? out : withoutUnitlessNumbers(t, out);
    }

    /**
     * The quantities without unitless numbers that state no rate, price or level: one is kept after a rate cue, as the
     * level moved from, as a stated amount (近5亿) or ratio, or listed right after a kept one (最高触及6.3515、6.3512).
     */
    private static List<Quantity> withoutUnitlessNumbers(String t, List<Quantity> found) {
        List<Quantity> out = new ArrayList<>(found.size());
        Quantity keptRate = null;
        for (Quantity q : found) {
            boolean listedAfterRate = keptRate != null && listedRightAfter(t, keptRate, q.start());
            // a cue the qualifier took in (跌破3000, 站上3100) is at the quantity's start
            boolean cued = hasRateCue(t, q.start()) || RATE_CUES.startingAt(t, q.start()) != null;
            boolean rate = (cued || movesOn(t, q) || listedAfterRate) && !beforeLatinLetter(t, q.end());
            boolean amount = UnitlessAmounts.stated(q.text()) && !UnitlessAmounts.multiplierStartsWord(t, q.text(), q.end())
                || UnitlessAmounts.inNamedRatio(t, q.start(), q.end())
                || q.qualifier() == Qualifier.RANGE && isInterval(t, q.end());
            if (!q.unit().isEmpty() || rate || amount) {
                out.add(q);
            }
            keptRate = q.unit().isEmpty() && rate ? q : null;
        }
        return out;
    }

    /**
     * Whether a vague amount (数十, 几百, 上千) begins at {@code i}: its prefix, then a multiplier (package-visible for
     * AmountStartsTest).
     */
    static boolean vagueAt(String t, int i) {
        return VAGUE_PREFIXES.indexOf(t.charAt(i)) >= 0 && i + 1 < t.length() && isMultiplier(t.charAt(i + 1))
            && !(t.charAt(i) == SHU && i > 0 && NOUNS_ENDING_IN_SHU.indexOf(t.charAt(i - 1)) >= 0);
    }

    /** The amount starting at {@code i}, a skip, or null when no numeral starts here (package-visible for AmountStartsTest). */
    static AmountReader.Result readAt(String t, int i, boolean vague, boolean everyNumeral) {
        if (vague) {
            if (t.charAt(i) == '上' && i > 0 && "以之向在网线马北南东西路年会山身手早晚".indexOf(t.charAt(i - 1)) >= 0) {
                return null;
            }
            return AmountReader.read(t, i + 1, true, everyNumeral);
        }
        Percent percent = PercentPhrase.at(t, i);
        if (percent != null) {
            return percent.result();
        }
        AmountReader.Amount half = ShareWords.halfAt(t, i);
        if (half != null) {
            return new AmountReader.Result(half, half.end());
        }
        AmountReader.Amount halfSpan = ShareWords.halfDurationAt(t, i);
        if (halfSpan != null) {
            return new AmountReader.Result(halfSpan, halfSpan.end());
        }
        AmountReader.Amount share = ShareWords.at(t, i);
        if (share != null) {
            return new AmountReader.Result(share, share.end());
        }
        boolean multiplier = isMultiplier(t.charAt(i)) && i + 1 < t.length();
        String bound = multiplier ? BOUNDS_BEFORE_MULTIPLIER.endingAt(t, i, Math.max(0, i - 2)) : null;
        if (bound != null && PASSING_BOUNDS.contains(bound)) {
            // 过亿亩, 破万亿元 pass a mark only where the words allow it (不过万元, 读书破万卷) and a unit says of what
            AmountReader.Result passed = QualifierWords.before(t, i, 0) == null ? null : AmountReader.read(t, i, true, everyNumeral);
            return passed == null || passed.amount() == null || passed.amount().unit().isEmpty() ? null : passed;
        }
        if (multiplier && (NumeralChars.isApproxMarker(t.charAt(i + 1)) || bound != null)) {
            return AmountReader.read(t, i, true, everyNumeral); // 千余人, 近千个, 超千万次, 不足百个
        }
        if (NumeralScanner.canStart(t, i)) {
            return AmountReader.read(t, i, false, everyNumeral);
        }
        return null;
    }

    /**
     * 高达 before an amount that describes the noun after it, in a clause of what may or will be (将获得高达30%的应税收入扣减,
     * 可能征收高达2.7万亿美元的关税), says "up to"; before a level stated or reached (比例高达94%, 实现了高达30%的增长) it
     * only stresses the amount.
     */
    private static boolean capsWhatFollows(String t, int numberStart, int end) {
        int upTo = numberStart - UP_TO.length();
        if (upTo < 0 || !t.startsWith(UP_TO, upTo) || end >= t.length() || t.charAt(end) != '的') {
            return false;
        }
        String before = t.substring(clauseStart(t, upTo), upTo);
        return POSSIBILITY_WORDS.stream().anyMatch(before::contains);
    }

    /**
     * 上万人, 上亿元: a count said to reach ten thousand or a hundred million, at least that many; 上千, 上百 and 数万 are
     * about that many.
     */
    private static boolean reachesBigUnit(String t, int vagueStart) {
        return t.charAt(vagueStart) == REACHING && NumeralChars.isBigUnit(t.charAt(vagueStart + 1));
    }

    private static boolean isMultiplier(char c) {
        return NumeralChars.smallUnit(c) > 0 || NumeralChars.isBigUnit(c);
    }

    /** Adds the words before the amount (qualifier, change) and decides whether it is reported; null when not. */
    private static Quantity toQuantity(String t, AmountReader.Amount a, boolean vague, Quantity previous, List<Quantity> found,
            boolean bare) {
        int floor = previous == null ? 0 : previous.end();
        int numberStart = vague ? a.start() - 1 : a.start();
        QualifierWords.Match before = QualifierWords.before(t, numberStart, floor);
        int start = before == null ? numberStart : before.position();
        int end = a.end();
        Qualifier qualifier = a.qualifier();
        if (vague) {
            qualifier = reachesBigUnit(t, numberStart) ? Qualifier.AT_LEAST : Qualifier.APPROX;
        } else if (before != null && (qualifier == Qualifier.EXACT || qualifier == Qualifier.MORE_THAN
                && ABOUT.contains(t.substring(before.position(), numberStart)))) {
            // 约6000余元, 大约200多头: "about" right before the number makes the whole amount approximate (大概有五百多个
            // stays more than 500, as Recognizers-Text reads it)
            qualifier = before.qualifier();
        } else if (qualifier == Qualifier.EXACT) {
            Comparatives.Comparison comparison = Comparatives.around(t, numberStart, end);
            QualifierWords.Match remote = comparison == null ? QualifierWords.remote(t, numberStart, end, Math.max(floor, clauseStart(t, numberStart)), SHARE_UNITS.contains(a.unit())) : null;
            if (comparison != null) {
                start = comparison.start();
                end = comparison.end();
                qualifier = comparison.qualifier();
            } else if (remote != null) {
                qualifier = remote.qualifier();
            }
        }
        if (qualifier == Qualifier.EXACT && capsWhatFollows(t, numberStart, end)) {
            start = numberStart - UP_TO.length();
            qualifier = Qualifier.AT_MOST;
        }
        String unit = a.unit();
        BigDecimal value = a.value();
        if (!bare && unit.isEmpty() && a.kind() == UnitLexicon.Kind.SHARE) {
            // a share written as a fraction or a half (四分之一, 近3/4, 一半) is reported in percent, as 三成 is; the
            // number layer alone (findAll) keeps the fraction's value
            value = value.multiply(HUNDRED).setScale(PERCENT_DECIMALS, RoundingMode.HALF_UP);
            unit = PERCENT;
        }
        if (unit.isEmpty() && !a.chineseOnly()) {
            unit = a.hasMultiplier() && (moneyAfter(t, end) || nounBefore(t, start, MONEY_BEFORE) != null)
                ? currencyBefore(t, start, found) : unitFromNoun(t, start);
            end = Math.max(end, UnitlessAmounts.ratioEnd(t, end));
        }
        if (!acceptable(t, a, unit, vague, qualifier, bare)) {
            return null;
        }
        if (qualifier == Qualifier.EXACT && a.kind() == UnitLexicon.Kind.DURATION && withinSpan(t, end)) {
            qualifier = Qualifier.AT_MOST; // 两个月内便更新迭代了版本: at most that long; the span stays the duration
        }
        int clauseStart = clauseStart(t, start);
        ChangeCues.Found change = ChangeCues.find(t, start, clauseStart);
        if (change == null && previous != null && previous.change() != null && listedRightAfter(t, previous, start)) {
            change = new ChangeCues.Found(previous.change(), previous.basis());
        }
        return new Quantity(start, end, t.substring(start, end), ChineseNumbers.stripZeros(value), a.max(), unit, qualifier,
                change == null ? null : change.change(), change == null ? null : change.basis());
    }

    private static final String MULTIPLE = "倍";
    /** One person counted by what befell them (造成一名飞行员死亡, 另一名飞行员受伤): a casualty count, no article. */
    private static final Set<String> ONE_PERSON_UNITS = Set.of("名", "人", "位");
    /** The person's noun, then what befell them (飞行员死亡, 嫌疑人被捕). */
    private static final Pattern BEFELL = Pattern.compile("\\p{IsHan}{0,8}?(?:" + CasualtyWords.ALTERNATION + ")");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String PERCENT = "%";
    /** A third in percent is 33.33, as it is written: the fraction's value has no more digits worth reporting. */
    private static final int PERCENT_DECIMALS = 2;
    private static final Set<String> ABOUT = Set.of("约", "大约");

    private static boolean acceptable(String t, AmountReader.Amount a, String unit, boolean vague, Qualifier qualifier, boolean bare) {
        if (unit.isEmpty()) {
            if (vague) {
                return false;
            }
            if (a.chineseOnly()) {
                String written = t.substring(a.start(), a.end());
                // 突破万亿: 万 and 亿 alone after a bound stand for their value
                return bare && bareChineseNumeral(t, a) || UnitlessAmounts.isFraction(written)
                    || qualifier != Qualifier.EXACT && UnitlessAmounts.isLoneMultiplier(written);
            }
            return true;
        }
        if (!bare && CUED_UNITS.containsKey(a.unit()) && !cued(t, a, CUED_UNITS.get(a.unit()))) {
            return false;
        }
        if (MEDALS.contains(a.unit()) && a.end() < t.length() && NumeralChars.isCjkIdeograph(t.charAt(a.end()))
                && AFTER_MEDAL.indexOf(t.charAt(a.end())) < 0) {
            return false;
        }
        // 一场, 一次, 一个: set phrases far more often than counts; reported only in findAll. 一倍 is a multiple, 一名 a
        // casualty when what befell the person follows their noun.
        return bare || !(a.loneOne() && qualifier == Qualifier.EXACT && a.max() == null) || unit.equals(MULTIPLE)
            || ONE_PERSON_UNITS.contains(unit) && BEFELL.matcher(t).region(a.end(), t.length()).lookingAt()
            || isPostposedCount(t, a);
    }

    /**
     * Whether a lone 一 with its measure word is a count written after what it counts, closing its clause
     * (新建…水渠500米、塘坝一处，; 赞同…延长停火一周、; 申请满一年。; 中国队再夺一金): after a noun or verb it is no
     * article (一个重要), so it is reported like any other count.
     */
    private static boolean isPostposedCount(String t, AmountReader.Amount a) {
        if (a.start() == 0 || !NumeralChars.isCjkIdeograph(t.charAt(a.start() - 1))
            || NOT_BEFORE_POSTPOSED_COUNT.indexOf(t.charAt(a.start() - 1)) >= 0) {
            return false;
        }
        if (a.end() < t.length() && AFTER_POSTPOSED_COUNT.indexOf(t.charAt(a.end())) < 0
                || IDIOM_MEASURES.indexOf(t.charAt(a.end() - 1)) >= 0) {
            return false;
        }
        for (int k = a.start() - 1; k >= 0 && CLAUSE_STARTS.indexOf(t.charAt(k)) < 0; k--) {
            if (t.charAt(k) == EVERY) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word of what the measure word counts is written in the amount's clause, or for points anywhere before in
     * its sentence (满意度为83.3分，同比上升3.3分: points moved later are the same score's); minutes of a clock (11时30分)
     * are no points.
     */
    private static boolean cued(String t, AmountReader.Amount a, List<String> cues) {
        boolean points = a.unit().equals(POINTS);
        if (points && a.start() > 0 && CLOCK_HOURS.indexOf(t.charAt(a.start() - 1)) >= 0) {
            return false;
        }
        int end = a.end();
        while (end < t.length() && end - a.end() < MAX_CLAUSE_LOOKBACK && CLAUSE_ENDS.indexOf(t.charAt(end)) < 0) {
            end++;
        }
        String clause = t.substring(clauseStart(t, a.start()), end);
        String sentenceBefore = points ? t.substring(sentenceStart(t, a.start()), a.start()) : "";
        return cues.stream().anyMatch(cue -> clause.contains(cue) || sentenceBefore.contains(cue));
    }

    /** A Chinese numeral without a unit: capital forms alone (伍, 陆) are words unless nothing follows them. */
    private static boolean bareChineseNumeral(String t, AmountReader.Amount a) {
        if (a.end() - a.start() > 1) {
            return true;
        }
        char c = t.charAt(a.start());
        return !NumeralChars.isCapitalForm(c) || a.end() >= t.length() || !NumeralChars.isCjkIdeograph(t.charAt(a.end()));
    }

    /** Whether money is named right after the amount (300万贷款), not the people who hold it (1000万投资者). */
    private static boolean moneyAfter(String t, int end) {
        String money = MONEY_AFTER.startingAt(t, end);
        return money != null && HOLDERS.startingAt(t, end + money.length()) == null;
    }

    /**
     * The currency of the money found last before {@code start} in its sentence, not in brackets (营收5亿美元，净利润1.2亿
     * is in 美元; in 营收900亿元（约合125亿美元），净利润240亿 the conversion is no currency of the sentence's), else 元.
     */
    private static String currencyBefore(String t, int start, List<Quantity> found) {
        int scannedFrom = start;
        for (int k = found.size() - 1; k >= 0; k--) {
            Quantity q = found.get(k);
            if (sentenceEndBetween(t, q.end(), scannedFrom)) {
                break;
            }
            scannedFrom = q.start();
            if (UnitLexicon.kindOf(q.unit()) == UnitLexicon.Kind.CURRENCY && !inBrackets(t, q.end(), start)) {
                return q.unit();
            }
        }
        return YUAN;
    }

    private static boolean sentenceEndBetween(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Segmenter.endsSentence(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a bracket closes in [from, to) that opened before {@code from}: an amount before it was a note. */
    private static boolean inBrackets(String t, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && --depth < 0) {
                return true;
            }
        }
        return false;
    }

    private static String unitFromNoun(String t, int start) {
        String noun = nounBefore(t, start, NOUN_UNITS);
        if (noun != null) {
            return NOUN_UNITS.value(noun);
        }
        int end = beforeLink(t, start);
        String howMany = HOW_MANY.endingAt(t, end, floorBefore(start));
        String people = howMany == null ? null : UnitLexicon.peopleUnitEndingAt(t, end - howMany.length());
        return people == null ? "" : people;
    }

    /** The word of the table that ends right before the amount at {@code start}, or before a link word there; or null. */
    private static String nounBefore(String t, int start, WordTable<?> nouns) {
        return nouns.endingAt(t, beforeLink(t, start), floorBefore(start));
    }

    /** Where a link word (达, 为, 累计) right before {@code start} begins, else {@code start}. */
    private static int beforeLink(String t, int start) {
        String link = LINKS.endingAt(t, start, floorBefore(start));
        return link == null ? start : start - link.length();
    }

    private static int floorBefore(int start) {
        return Math.max(0, start - 8);
    }

    /**
     * Whether 内 right after a duration makes it a limit (3个月内发放; 4小时车程内, a trip's time), not a word of its own
     * (内容, 内部, 内地).
     */
    private static boolean withinSpan(String t, int end) {
        int at = t.startsWith(TRAVEL_TIME, end) ? end + TRAVEL_TIME.length() : end;
        return at < t.length() && t.charAt(at) == WITHIN
            && (at + 1 >= t.length() || WORDS_AFTER_NEI.indexOf(t.charAt(at + 1)) < 0);
    }

    /** Whether a range is named an interval right after it (在6.3-6.7的区间内波动): a range of levels, no code. */
    private static boolean isInterval(String t, int end) {
        int at = NumeralScanner.regionMatches(t, end, MODIFIER) ? end + MODIFIER.length() : end;
        return t.startsWith(INTERVAL, at);
    }

    /** Whether the amount at {@code start} is the next item of a list right after {@code previous} (6.3515、6.3512). */
    private static boolean listedRightAfter(String t, Quantity previous, int start) {
        String joiner = previous.end() < start ? ENUMERATION.startingAt(t, previous.end()) : null;
        return joiner != null && previous.end() + joiner.length() == start;
    }

    /** A level a rate moves from (合格率由95提高到99): from 由 or 从 to a verb of moving to a level right after it. */
    private static boolean movesOn(String t, Quantity q) {
        return q.start() > 0 && FROM_WORDS.indexOf(t.charAt(q.start() - 1)) >= 0 && MOVES_TO.startingAt(t, q.end()) != null;
    }

    /** A level written with letters (提升到4A级, 升级到5G) is a grade or a name, not a rate. */
    private static boolean beforeLatinLetter(String t, int end) {
        return end < t.length() && NumeralChars.isAsciiLetter(t.charAt(end));
    }

    private static boolean hasRateCue(String t, int start) {
        int end = start;
        String link = LINKS.endingAt(t, end, Math.max(0, start - 4));
        if (link != null) {
            end -= link.length();
        }
        return RATE_CUES.endingAt(t, end, Math.max(0, end - 4)) != null;
    }

    private static int clauseStart(String t, int start) {
        return startAfter(t, start, MAX_CLAUSE_LOOKBACK, c -> CLAUSE_ENDS.indexOf(c) >= 0);
    }

    private static int sentenceStart(String t, int start) {
        return startAfter(t, start, MAX_SENTENCE_LOOKBACK, c -> Segmenter.endsSentence((char) c));
    }

    /** Where the text after the last end before {@code start} begins, looking back {@code lookback} characters at most. */
    private static int startAfter(String t, int start, int lookback, IntPredicate ends) {
        int floor = Math.max(0, start - lookback);
        for (int k = start - 1; k >= floor; k--) {
            if (ends.test(t.charAt(k))) {
                return k + 1;
            }
        }
        return floor;
    }

    /** A percent written before its number: 百分之十二, 千分之2.4, 万分之三. */
    private record Percent(AmountReader.Result result) {
    }

    /** Reads 百分之X / 千分之X / 万分之X (blanks allowed between the characters) into X %, X/10 %, X/100 %. */
    private static final class PercentPhrase {
        static Percent at(String t, int i) {
            if (NumeralChars.smallUnit(t.charAt(i)) < 100 && !NumeralChars.isBigUnit(t.charAt(i))
                    || i > 0 && (NumeralChars.isChineseNumeral(t.charAt(i - 1)) || NumeralChars.isArabicDigit(t.charAt(i - 1)))) {
                return null;
            }
            // the denominator in powers of ten, less 2 for percent: 百 → 0, 千 → 1, 万 → 2, 百万 → 4
            int scale = -2;
            int k = i;
            while (k < t.length() && (NumeralChars.smallUnit(t.charAt(k)) >= 100 || NumeralChars.isBigUnit(t.charAt(k)))) {
                char c = t.charAt(k++);
                scale += NumeralChars.isBigUnit(c) ? NumeralChars.bigUnitExponent(c) : NumeralChars.smallUnit(c) == 100 ? 2 : 3;
            }
            k = NumeralScanner.skipBlanks(t, k);
            if (k >= t.length() || t.charAt(k) != '分' || scale < 0) {
                return null;
            }
            k = NumeralScanner.skipBlanks(t, k + 1);
            if (k >= t.length() || t.charAt(k) != '之') {
                return null;
            }
            int ns = NumeralScanner.skipBlanks(t, k + 1);
            boolean negative = ns < t.length() && NumeralChars.isMinus(t.charAt(ns));
            int numeralStart = negative ? ns + 1 : ns;
            int ne = NumeralScanner.end(t, numeralStart, true);
            if (ne == numeralStart) {
                return new Percent(AmountReader.Result.skip(k + 1));
            }
            BigDecimal v;
            try {
                v = ChineseNumbers.parse(t.substring(numeralStart, ne)).movePointLeft(scale);
            } catch (NumberFormatException e) {
                return new Percent(AmountReader.Result.skip(ne));
            }
            if (ne < t.length() && "几".indexOf(t.charAt(ne)) >= 0 || ne - numeralStart >= 2 && NumeralChars.chineseDigit(t.charAt(numeralStart)) > 0
                    && NumeralChars.chineseDigit(t.charAt(numeralStart + 1)) == NumeralChars.chineseDigit(t.charAt(numeralStart)) + 1) {
                return new Percent(AmountReader.Result.skip(ne)); // 百分之二三十 is vague
            }
            QualifierWords.Match suffix = QualifierWords.after(t, ne);
            int end = suffix == null ? ne : suffix.position();
            Qualifier q = suffix == null ? Qualifier.EXACT : suffix.qualifier();
            return new Percent(new AmountReader.Result(new AmountReader.Amount(i, end, ChineseNumbers.stripZeros(negative ? v.negate() : v),
                    null, "%", UnitLexicon.Kind.SHARE, q, false, false, false), end));
        }
    }
}
