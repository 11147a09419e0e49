package dev.zhibiao.engine.quantity;

import dev.zhibiao.engine.text.ArabicDigits;
import dev.zhibiao.engine.text.Segmenter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * Reads one amount forward from where a numeral starts: the numeral, 余/多 before the unit, the unit (or 成, 折,
 * 分之), a rate unit (元/吨), a trailing qualifier (以上, 左右) and a range (3至5万元). Words before the numeral
 * (超过, 同比增长) are the caller's business.
 */
final class AmountReader {
    /** The unit of a rate per so many people: the denominator as written after a slash (97.1/10万 → /10万). */
    private static final String RATE_PER = "/";
    /** 每 written between a rate's units (元每吨, 立方米每秒): kept in the unit as written, as the guidelines ask. */
    private static final char PER_WORD = '每';
    private static final String YEN = "日元";
    private static final String DAY = "日";
    private static final char MONTH = '月';
    /** 旦 of 元旦, 宵 of 元宵: after a day, 元 opens the festival's name. */
    private static final String FESTIVAL_AFTER_DAY = "旦宵";
    /** Written before a temperature or an elevation below zero (零下5℃, 海拔零下154米), as a sign. */
    private static final String BELOW_ZERO = "零下";
    /**
     * Longest run of numeral characters read when it does not read as one number (一二三四…): no amount is written so
     * long (一千二百三十四万五千六百七十八点九 is 17).
     */
    private static final int MAX_NUMERAL_LENGTH = 32;
    /** 兆 in a numeral is mostly a data rate's mega (千兆宽带), rarely a count's trillion. */
    private static final char MEGA = '兆';
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final String SECONDS = "秒";
    private static final String COUNT_WORD = "个";
    /** An index's points counted with 个 (增长27.7个点), reported as written. */
    private static final String INDEX_POINTS_COUNTED = "个点";
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /**
     * A time written in a unit and then in the next smaller one (1分52秒, 1小时26分钟, 2小时15分, 2年3个月): one amount,
     * reported in the smaller unit, of which the larger holds {@code factor}; {@code parts} are the smaller unit's
     * spellings, longest first.
     */
    private record CompoundTime(String larger, List<String> parts, String reported, BigDecimal factor) {
    }

    private static final List<CompoundTime> COMPOUND_TIMES = List.of(
        new CompoundTime("分", List.of(SECONDS), SECONDS, SIXTY),
        new CompoundTime("分钟", List.of("秒钟", SECONDS), SECONDS, SIXTY),
        new CompoundTime("小时", List.of("分钟", "分"), "分钟", SIXTY),
        new CompoundTime("年", List.of("个月", "個月"), "个月", BigDecimal.valueOf(12)));
    /** The smaller part of a compound time is a whole number below the factor, written in three characters at most (26, 二十六). */
    private static final int MAX_PART_LENGTH = 3;
    /** 24小时三分之一: 分 there makes a fraction, no minutes. */
    private static final String FRACTION_OF = "之";
    /** A race time gives hundredths or thousandths of a second after 秒 (9秒83, 40秒693). */
    private static final int MAX_SPLIT_DIGITS = 3;
    private static final String NOT_AFTER_SPLIT = "多余来几";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Words before a slash fraction that make it a share (占3/4, 近3/4, 超2/3, 约1/3). */
    private static final String SHARE_CUES_BEFORE = "占近超约逾达为是";
    /** Characters after a fraction that make it no share: a match (1/8决赛), a line (5/10号线), a score (48/50分). */
    private static final String NOT_SHARE_AFTER = "决号分英";
    private static final BigDecimal DOZEN = BigDecimal.valueOf(12);
    /** Dots that join the factors of a rate's denominator (元/生•年). */
    private static final String PRODUCT_DOTS = "•·・";
    /** After 成 these make a word (成为, 成立, 成本), not a share. */
    private static final String NOT_AFTER_CHENG = "为立功本果效绩员就交熟长都型套片品批规";
    /** After 折 these make a word (折合, 折算, 折旧). */
    private static final String NOT_AFTER_ZHE = "合算旧叠射返扣线现价痕腾通";

    private AmountReader() {
    }

    /** An amount read forward from a numeral, or a position to skip to when the numeral is not an amount. */
    record Result(Amount amount, int skipTo) {
        static Result skip(int to) {
            return new Result(null, to);
        }
    }

    /** 五六十年代: the fifties and sixties, no amount. */
    private static final String DECADES = "代";
    /** 一二类苗, 三四线城市, 二三级: classes named by their ranks, no amount. */
    private static final Set<String> RANKED_CLASSES = Set.of("类", "级", "线", "等", "档", "流", "星");
    /** Multipliers after neighbouring numerals (七八十, 三四百万); another digit there (三四五) makes no range. */
    private static final String RANGE_MULTIPLIERS = "十百千万亿";
    /** What a statement's points are (三点建议, 四点共识, 五点主张). */
    private static final List<String> POINTS_MADE = List.of("建议", "共识", "意见", "主张", "要求", "倡议", "原则", "举措", "希望");

    /**
     * One amount as read: span, value (and range maximum), unit and its kind (null when unit is ""), qualifier
     * stated after the number, and how it was written.
     */
    record Amount(int start, int end, BigDecimal value, BigDecimal max, String unit, UnitLexicon.Kind kind,
                  Qualifier qualifier, boolean chineseOnly, boolean loneOne, boolean hasMultiplier) {
        Amount withSpan(int newStart, Qualifier q) {
            return new Amount(newStart, end, value, max, unit, kind, q, chineseOnly, loneOne, hasMultiplier);
        }
    }

    /**
     * Reads the amount whose numeral starts at {@code s}. A numeral led by a multiplier ({@code bigUnitStart}: after 数,
     * 近, 超 …) is read even where it spells a word (超千万次: 千万 is not the adverb there).
     *
     * @param everyNumeral read every numeral as a number on its own, as a number model does: the number of an
     *                     ordinal (第十), of a date (2021年, 5月) and a long digit run (a phone number) too, 打 as a
     *                     dozen; never a range. Otherwise such numerals are skipped, as they never state an amount.
     */
    static Result read(String t, int s, boolean bigUnitStart, boolean everyNumeral) {
        return read(t, s, bigUnitStart, !everyNumeral, everyNumeral);
    }

    /** One amount on its own, never a range: the upper end of a range, the fraction of a mixed number. */
    static Result readSingle(String t, int s) {
        return read(t, s, false, false, false);
    }

    private static Result read(String t, int s, boolean bigUnitStart, boolean allowRange, boolean everyNumeral) {
        int e = NumeralScanner.end(t, s, bigUnitStart);
        if (e == s) {
            return Result.skip(s + 1);
        }
        BigDecimal value = bigUnitStart ? loneBigUnits(t.substring(s, e)) : null;
        String digits = t.substring(s, e);
        BigDecimal vagueMax = !everyNumeral && isVagueNeighbours(digits)
                && (digits.length() == 2 || RANGE_MULTIPLIERS.indexOf(digits.charAt(2)) >= 0) ? vagueUpper(digits) : null;
        if (vagueMax != null) {
            value = ChineseNumbers.parse(t.charAt(s) + t.substring(s + 2, e)); // 两三家 → 2 to 3, 七八十 → 70 to 80
        }
        while (value == null && e > s) {
            try {
                value = ChineseNumbers.parse(t.substring(s, e));
                break;
            } catch (NumberFormatException ex) {
                if (e - s > MAX_NUMERAL_LENGTH) {
                    break; // its prefixes are not tried: that takes time cubic in the run's length
                }
                e--;
            }
        }
        if (value == null) {
            return Result.skip(NumeralScanner.end(t, s, bigUnitStart));
        }
        String numeral = t.substring(s, e);
        boolean chineseOnly = !ArabicDigits.anyIn(numeral);
        if (!chineseOnly && NumeralChars.isCapitalForm(numeral.charAt(0))) {
            return Result.skip(s + 1); // 队伍12000多人: a capital form glued to digits ends a word, the digits are the number
        }
        if (!chineseOnly && (NonQuantities.isCode(t, s, e) || !everyNumeral && NonQuantities.isLongDigitRun(t, s, e))) {
            return Result.skip(endOfCode(t, e));
        }
        boolean ordinal = s > 0 && t.charAt(s - 1) == NonQuantities.ORDINAL || NonQuantities.continuesOrdinal(t, s);
        if (ordinal && !everyNumeral || (chineseOnly && isVagueNeighbours(numeral) && vagueMax == null)
                || !everyNumeral && (NonQuantities.isLoneZero(numeral) || NonQuantities.isLoneCapitalForm(t, numeral, e))
                || !bigUnitStart && NonQuantities.insideWord(t, s, e) && !MixedNumbers.startsFractionPart(t, e)
                    && fractionMark(t, e) == e) { // 十分之一 is a tenth, 十分 alone "very"
            return Result.skip(e);
        }
        int wordRunningIn = bigUnitStart ? -1 : NonQuantities.endOfWordRunningIn(t, s, e);
        if (wordRunningIn > 0) {
            return Result.skip(wordRunningIn); // 唯一一座: the amount is 一座, read from where 唯一 ends
        }
        int start = s;
        if (s > 0 && NumeralChars.isMinus(t.charAt(s - 1)) && (s < 2 || !isAlnum(t.charAt(s - 2))
                && !NumeralChars.isMinus(t.charAt(s - 2)) && !isDashBetweenBigAmounts(t, s, numeral))) {
            value = value.negate();
            start = s - 1;
        } else if (s >= BELOW_ZERO.length() && t.startsWith(BELOW_ZERO, s - BELOW_ZERO.length())) {
            value = value.negate(); // 零下十几度: below zero; 十几 still says how far, so the qualifier stays
            start = s - BELOW_ZERO.length();
        }
        boolean multiplier = endsWithMultiplier(numeral);
        int p = e;
        Qualifier q = hasApproxMarker(numeral) ? Qualifier.MORE_THAN : Qualifier.EXACT;

        int fractionMark = fractionMark(t, p);
        if (fractionMark > p) {
            Result fraction = fraction(t, start, fractionMark, value.multiply(denominatorScale(t, p)), chineseOnly);
            if (fraction.amount() != null || !everyNumeral) {
                return fraction;
            }
            // 二分之 with no numerator: only the denominator is a number
            return new Result(new Amount(start, e, value, null, "", null, Qualifier.EXACT, chineseOnly, false, false), fractionMark);
        }
        if (!chineseOnly && p + 1 < t.length() && (t.charAt(p) == '/' || t.charAt(p) == '／') && NumeralChars.isArabicDigit(t.charAt(p + 1))) {
            int de = NumeralScanner.end(t, p + 1, false);
            BigDecimal denominator;
            try {
                denominator = ChineseNumbers.parse(t.substring(p + 1, de));
            } catch (NumberFormatException ex) {
                return Result.skip(de); // 2/0万: a zero before a multiplier reads as no number
            }
            if (denominator.signum() == 0) {
                return Result.skip(de);
            }
            QualifierWords.Match suffix = suffixQualifier(t, de, Qualifier.EXACT);
            if (isRatePerPopulation(t, de, denominator)) {
                // 发病率为97.1/10万: a rate per so many people, reported as written (97.1 per 10万), not divided out
                return new Result(new Amount(start, suffix.position(), value, null, RATE_PER + t.substring(p + 1, de),
                        UnitLexicon.Kind.MEASURE, suffix.qualifier(), false, false, false), suffix.position());
            }
            BigDecimal v = ChineseNumbers.stripZeros(value.divide(denominator, ChineseNumbers.DIVISION));
            // 近3/4的脱贫人口, 2/3以上的收入: a share of a whole; not 3/4日, 5/10号线, 48/50分, 1/8决赛
            boolean cued = suffix.position() > de || NumeralScanner.regionMatches(t, de, "的")
                    || start > 0 && SHARE_CUES_BEFORE.indexOf(t.charAt(start - 1)) >= 0;
            boolean share = cued && isShareOf(t, de, denominator) && v.compareTo(BigDecimal.ONE) <= 0;
            return new Result(new Amount(start, suffix.position(), v, null, "", share ? UnitLexicon.Kind.SHARE : null,
                    suffix.qualifier(), false, false, false), suffix.position());
        }
        Amount mixed = MixedNumbers.after(t, start, p, value, numeral);
        if (mixed != null) {
            return new Result(mixed, mixed.end());
        }
        if (everyNumeral && p < t.length() && t.charAt(p) == '打') {
            return new Result(new Amount(start, p + 1, value.multiply(DOZEN), null, "", null, Qualifier.EXACT, chineseOnly, false, false), p + 1);
        }
        if (p < t.length() && NumeralChars.isApproxMarker(t.charAt(p)) || p < t.length() && t.charAt(p) == '来') {
            char marker = t.charAt(p);
            UnitLexicon.Unit u = UnitLexicon.match(t, p + 1);
            if (u != null && u.kind() != UnitLexicon.Kind.NEVER) {
                q = marker == '来' ? Qualifier.APPROX : Qualifier.MORE_THAN;
                p++;
            } else if (u == null && marker != '来' && multiplier && !chineseOnly) {
                q = Qualifier.MORE_THAN; // 14亿多中国人: an amount in 亿 needs no unit to take its 多
                p++;
            }
        }
        Share share = share(t, p, value, numeral);
        if (share != null) {
            QualifierWords.Match suffix = suffixQualifier(t, share.end(), q);
            return new Result(new Amount(start, suffix.position(), share.percent(), null, "%", UnitLexicon.Kind.SHARE,
                    suffix.qualifier(), chineseOnly, false, multiplier), suffix.position());
        }
        if (allowRange) {
            Result range = range(t, start, p, value, numeral, chineseOnly);
            if (range != null) {
                return range;
            }
        }
        int k = NumeralScanner.skipBlanks(t, p);
        UnitLexicon.Unit listedPlaces = ListedPlaceCounts.at(t, start, k, value);
        UnitLexicon.Unit unit = listedPlaces != null ? listedPlaces : UnitLexicon.match(t, k);
        if (unit == null && multiplier && numeral.indexOf(MEGA) < 0) { // 1.8万农技人员, not 千兆接入用户 (gigabit users)
            unit = UnitLexicon.peopleAfterModifier(t, k);
        }
        if (unit == null) {
            unit = UnitLexicon.majorParts(t, k);
        } else if (unit.written().equals(YEN) && isDayBeforeFestival(t, start, k)) {
            unit = UnitLexicon.match(DAY, 0); // 1月1日元旦: a day, then the festival, no yen
        }
        if (unit == null) {
            unit = BracketedCounters.at(t, k);
        } else {
            unit = BracketedCounters.withAlternatives(t, k, unit);
        }
        if (unit == null && !chineseOnly) {
            unit = LatinCelsius.at(t, start, k);
        }
        String unitText = "";
        UnitLexicon.Kind kind = null;
        if (unit != null) {
            boolean years = unit.unit().equals("年");
            // 1500多年历史, 近1500年历史: no year takes 多, 余 or 来 before 年, nor 近 or a history, so the number is a span;
            // a year of history is written however (公元700年, 元祐二年（1087年）)
            if (unit.kind() == UnitLexicon.Kind.NEVER
                    || years && q == Qualifier.EXACT && NonQuantities.isYear(numeral, value.abs())
                        && !NonQuantities.spansYears(t, start, k + unit.written().length())
                    || years && NonQuantities.isHistoricalYear(t, start, k + unit.written().length())) {
                if (everyNumeral) { // the number of a date or a time: 1991年 → 1991
                    return new Result(new Amount(start, e, value, null, "", null, Qualifier.EXACT, chineseOnly, false, multiplier), e);
                }
                return Result.skip(k + unit.written().length());
            }
            if (NonQuantities.isLeadingSpan(t, start, unit) || NonQuantities.isDigitCount(t, k + unit.written().length(), unit)
                    || NonQuantities.isRank(t, start, k + unit.written().length(), unit)
                    || NonQuantities.isTenor(t, start, k + unit.written().length(), unit)
                    || chineseOnly && NonQuantities.isInFirmName(t, k + unit.written().length(), unit)
                    || NonQuantities.isGrade(t, numeral, start, k + unit.written().length(), unit)
                    || listedPlaces == null && NonQuantities.isPlaceName(t, numeral, value, start, k + unit.written().length(), unit)
                    || NonQuantities.isFewPeople(numeral, value, unit)
                    || NonQuantities.isVillageGroup(t, start, unit)
                    || NonQuantities.isOrdinalTwo(numeral, unit)
                    || NonQuantities.isCharacterWord(t, numeral, k + unit.written().length(), unit)
                    || NonQuantities.isParty(numeral, unit)
                    || NonQuantities.isGear(t, start, k + unit.written().length(), unit)
                    || NonQuantities.isVoltageClass(t, k + unit.written().length(), unit)
                    || NonQuantities.isSportsEvent(t, start, k + unit.written().length(), unit)
                    || Segmenter.insideTitle(t, start)
                    || chineseOnly && NonQuantities.opensQuotedTerm(t, start, k + unit.written().length())
                    || chineseOnly && NonQuantities.opensSiteName(t, k + unit.written().length(), unit)
                    || NonQuantities.isTimeAgo(t, k + unit.written().length(), unit)
                    || NonQuantities.isYearsFrame(t, start, k + unit.written().length(), unit)
                    || NonQuantities.isPlanSpan(t, k + unit.written().length(), unit)
                    || NonQuantities.isAveragingSpan(t, k + unit.written().length(), unit)
                    || NonQuantities.isPhase(t, start, k + unit.written().length(), unit, chineseOnly)) {
                return Result.skip(k + unit.written().length());
            }
            p = k + unit.written().length();
            unitText = unit.unit();
            kind = unit.kind();
            if (unitText.equals(COUNT_WORD) && value.scale() > 0 && p < t.length() && t.charAt(p) == '点') {
                // 增长27.7个点: no count has a fraction, so 个点 are an index's points, as 个百分点 are percent's
                unitText = INDEX_POINTS_COUNTED;
                kind = UnitLexicon.Kind.MEASURE;
                p++;
            }
            if (unitText.equals("块") && ColloquialMoney.isMoney(t, s, k)) {
                unitText = "元";
                kind = UnitLexicon.Kind.CURRENCY;
                p = ColloquialMoney.afterSpokenMoneyWord(t, p);
            } else if (unitText.equals("元")) {
                p = ColloquialMoney.afterSpokenYuanWord(t, p); // 2000元钱的纯收入: 钱 is the money's, no noun
            }
            MinorCurrency.Extension minor = MinorCurrency.after(t, p, unitText);
            if (minor != null) {
                value = value.add(value.signum() < 0 ? minor.added().negate() : minor.added());
                p = minor.end();
            }
            CompoundPart part = compoundPartAfter(t, p, unitText);
            if (part != null) { // 1分52秒, 1小时26分钟: one time, reported in its smaller unit
                value = value.multiply(part.factor()).add(part.value());
                unitText = part.unit();
                kind = UnitLexicon.Kind.DURATION;
                p = part.end();
            }
            int splitEnd = splitSecondsEnd(t, p, unitText);
            if (splitEnd > p) { // 40秒693: a race time in seconds and thousandths
                value = value.add(new BigDecimal("0." + t.substring(p, splitEnd)));
                p = splitEnd;
            }
            if (p < t.length() && t.charAt(p) == '半' && kind != UnitLexicon.Kind.SHARE && kind != UnitLexicon.Kind.CURRENCY
                    && (p + 1 >= t.length() || !NumeralChars.isCjkIdeograph(t.charAt(p + 1)) || t.charAt(p + 1) == '的')) {
                value = value.add(value.signum() < 0 ? HALF.negate() : HALF);
                p++;
            }
            if (unitText.equals("个") && p < t.length() && t.charAt(p) == '半') {
                UnitLexicon.Unit span = UnitLexicon.match("个" + t.substring(p + 1, Math.min(t.length(), p + 4)), 0);
                if (span != null && span.kind() == UnitLexicon.Kind.DURATION) {
                    // 一个半月, 两个半小时: half a month or an hour more than that many
                    unitText = span.unit();
                    kind = span.kind();
                    value = value.add(HALF);
                    p += span.written().length();
                }
            }
            if (p < t.length() && isMoreMark(t.charAt(p))) {
                UnitLexicon.Unit span = unitText.equals("个") ? UnitLexicon.match("个" + t.substring(p + 1, Math.min(t.length(), p + 4)), 0) : null;
                if (span != null && span.kind() == UnitLexicon.Kind.DURATION) {
                    // 一个多月, 两个多小时: more than that many months or hours
                    unitText = span.unit();
                    kind = span.kind();
                    p += span.written().length();
                    q = q == Qualifier.EXACT ? Qualifier.MORE_THAN : q;
                } else if ((kind == UnitLexicon.Kind.DURATION || kind == UnitLexicon.Kind.MEASURE) && !startsAmountWord(t, p + 1)
                        && !unitText.equals(NonQuantities.GRADE)) { // 5.1级余震: 余 begins the quake
                    // 三年多, 3公斤多: more than the amount; not 3年多次 (many times)
                    p++;
                    q = q == Qualifier.EXACT ? Qualifier.MORE_THAN : q;
                }
            }
            int perOneAt = PricesPerUnit.perOneStart(t, p);
            String pricedMeasure = kind == UnitLexicon.Kind.CURRENCY ? PricesPerUnit.measureAt(t, perOneAt) : null;
            int rateEnd = rateUnitEnd(t, p);
            if (pricedMeasure != null) { // 五块多一斤: more than five 元 per 斤
                q = perOneAt > p && q == Qualifier.EXACT ? Qualifier.MORE_THAN : q;
                unitText = unitText + RATE_PER + pricedMeasure;
                p = perOneAt + 1 + pricedMeasure.length();
            } else if (rateEnd > p) {
                unitText = unitText + rateJoiner(t.charAt(p)) + rateDenominator(t.substring(p + 1, rateEnd));
                p = rateEnd;
            } else if (unitText.equals("元") && NumeralScanner.regionMatches(t, p, "人民币")) {
                p += 3;
            }
        } else if (isIndexPoints(t, k, value, chineseOnly) || isPointsMade(t, k, value, chineseOnly)) {
            p = k + 1;
            unitText = "点";
            kind = UnitLexicon.Kind.MEASURE;
        } else if (CurrencySigns.before(t, start) != null) {
            CurrencySigns.Sign sign = CurrencySigns.before(t, start);
            start = sign.start();
            unitText = sign.unit();
            kind = UnitLexicon.Kind.CURRENCY;
        }
        if (vagueMax != null) {
            // neighbouring numerals state a range only as a count or a measure (两三家, 七八十人), not 五六十年代
            return unitText.isEmpty() || NumeralScanner.regionMatches(t, p, DECADES) || RANKED_CLASSES.contains(unitText) ? Result.skip(p)
                : new Result(new Amount(start, p, value, vagueMax, unitText, kind, Qualifier.RANGE, true, false, multiplier), p);
        }
        QualifierWords.Match suffix = suffixQualifier(t, p, q);
        return new Result(new Amount(start, suffix.position(), value, null, unitText, kind, suffix.qualifier(),
                chineseOnly, isLoneOne(numeral) && value.compareTo(BigDecimal.ONE) == 0, multiplier), suffix.position());
    }

    /** Whether 日元 at {@code unitStart} is the day of a date before 元旦 or 元宵 (1月1日元旦, 2月24日元宵节). */
    private static boolean isDayBeforeFestival(String t, int numeralStart, int unitStart) {
        int after = unitStart + YEN.length();
        return after < t.length() && FESTIVAL_AFTER_DAY.indexOf(t.charAt(after)) >= 0
            || numeralStart > 0 && t.charAt(numeralStart - 1) == MONTH;
    }

    /** The upper end of neighbouring numerals (两三 → 3, 七八十 → 80), or null when they read as no range. */
    private static BigDecimal vagueUpper(String numeral) {
        try {
            ChineseNumbers.parse(numeral.charAt(0) + numeral.substring(2));
            return ChineseNumbers.parse(numeral.charAt(1) + numeral.substring(2));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The smaller part of a compound time: its value, its reported unit, the larger unit in it, and where it ends. */
    private record CompoundPart(BigDecimal value, String unit, BigDecimal factor, int end) {
    }

    /** The smaller part written right after a time in {@code unit} ending at {@code p} (52秒 after 1分), else null. */
    private static CompoundPart compoundPartAfter(String t, int p, String unit) {
        for (CompoundTime time : COMPOUND_TIMES) {
            if (!time.larger().equals(unit)) {
                continue;
            }
            int e = NumeralScanner.end(t, p, false);
            if (e == p || e - p > MAX_PART_LENGTH) {
                return null;
            }
            BigDecimal part;
            try {
                part = ChineseNumbers.parse(t.substring(p, e));
            } catch (NumberFormatException ex) {
                return null;
            }
            if (part.scale() > 0 || part.compareTo(time.factor()) >= 0) {
                return null;
            }
            for (String written : time.parts()) {
                if (NumeralScanner.regionMatches(t, e, written) && !NumeralScanner.regionMatches(t, e + written.length(), FRACTION_OF)) {
                    return new CompoundPart(part, time.reported(), time.factor(), e + written.length());
                }
            }
            return null;
        }
        return null;
    }

    /** End of the fraction written after 秒 in a race time (40秒693, 9秒83), else {@code p}. */
    private static int splitSecondsEnd(CharSequence t, int p, String unit) {
        if (!unit.equals(SECONDS)) {
            return p;
        }
        int e = p;
        while (e < t.length() && e - p <= MAX_SPLIT_DIGITS && NumeralChars.isArabicDigit(t.charAt(e))) {
            e++;
        }
        boolean digitsEnd = e == t.length() || !NumeralChars.isArabicDigit(t.charAt(e)) && !NumeralChars.isDecimalPoint(t.charAt(e))
            // 10秒20余名, 1秒30万次: the digits begin the next amount
            && NOT_AFTER_SPLIT.indexOf(t.charAt(e)) < 0 && !NumeralChars.isChineseNumeral(t.charAt(e));
        return e - p >= 2 && e - p <= MAX_SPLIT_DIGITS && digitsEnd && UnitLexicon.match(t, e) == null ? e : p;
    }

    private static boolean isMoreMark(char c) {
        return c == '多' || c == '余';
    }

    /** Whether a unit, or a word 多 begins (多少, 多样, 多数, 多地, 多年), starts at {@code i}: then 多 is no "more than". */
    private static boolean startsAmountWord(String t, int i) {
        return i < t.length() && (UnitLexicon.match(t, i) != null || "少样方数地年".indexOf(t.charAt(i)) >= 0);
    }

    private static QualifierWords.Match suffixQualifier(String t, int p, Qualifier q) {
        QualifierWords.Match m = QualifierWords.after(t, p);
        if (m == null) {
            return new QualifierWords.Match(p, q);
        }
        return new QualifierWords.Match(m.position(), q == Qualifier.EXACT ? m.qualifier() : q);
    }

    /** Multipliers written between a denominator and 分之 (一百分之二 is 2/100, 五十万分之二十五 is 25/500000). */
    private static final String[] DENOMINATOR_SCALES = {"百万万", "百万", "千万", "万万", "百", "千", "万"};

    /** Position right after 分之 (blanks allowed: 二分 之一) when a fraction mark starts at {@code p}, else {@code p}. */
    private static int fractionMark(String t, int p) {
        int k = p;
        for (String scale : DENOMINATOR_SCALES) {
            if (NumeralScanner.regionMatches(t, p, scale)) {
                k = p + scale.length();
                break;
            }
        }
        k = NumeralScanner.skipBlanks(t, k);
        if (k >= t.length() || t.charAt(k) != '分') {
            return p;
        }
        k = NumeralScanner.skipBlanks(t, k + 1);
        return k < t.length() && t.charAt(k) == '之' ? k + 1 : p;
    }

    private static BigDecimal denominatorScale(String t, int p) {
        BigDecimal scale = BigDecimal.ONE;
        for (String s : DENOMINATOR_SCALES) {
            if (NumeralScanner.regionMatches(t, p, s)) {
                for (char c : s.toCharArray()) {
                    scale = scale.multiply(BigDecimal.valueOf(NumeralChars.smallUnit(c) > 0 ? NumeralChars.smallUnit(c) : 10_000));
                }
                break;
            }
        }
        return scale;
    }

    /** X分之Y (or X/Y): a fraction, unitless; {@code p} is where the numerator may begin. */
    private static Result fraction(String t, int start, int p, BigDecimal denominator, boolean chineseOnly) {
        int ns = NumeralScanner.skipBlanks(t, p);
        boolean negative = ns < t.length() && NumeralChars.isMinus(t.charAt(ns));
        int numeratorStart = negative ? ns + 1 : ns;
        int ne = NumeralScanner.end(t, numeratorStart, true);
        if (ne == numeratorStart || denominator.signum() == 0) {
            return Result.skip(p);
        }
        try {
            BigDecimal numerator = ChineseNumbers.parse(t.substring(numeratorStart, ne));
            BigDecimal v = numerator.divide(denominator, ChineseNumbers.DIVISION);
            // 四分之一以上, 三分之一左右: the bound written after the fraction is its own
            QualifierWords.Match suffix = suffixQualifier(t, ne, Qualifier.EXACT);
            // 十万分之三点五 is a rate, 三分之一秒 a time: neither is a share to report in percent
            UnitLexicon.Kind kind = isShareOf(t, suffix.position(), denominator) ? UnitLexicon.Kind.SHARE : null;
            return new Result(new Amount(start, suffix.position(), ChineseNumbers.stripZeros(negative ? v.negate() : v), null,
                    "", kind, suffix.qualifier(), chineseOnly, false, false), suffix.position());
        } catch (NumberFormatException ex) {
            return Result.skip(ne);
        }
    }

    /**
     * Whether an amount over a denominator of 万 or more ending at {@code de} is a rate per so many people (发病率为
     * 97.1/10万): a power of ten, no unit after it; 3.2/5万亩 is a part of a whole, 1/5万 a map's scale.
     */
    private static boolean isRatePerPopulation(String t, int de, BigDecimal denominator) {
        return NumeralChars.isBigUnit(t.charAt(de - 1)) && BigInteger.ONE.equals(denominator.stripTrailingZeros().unscaledValue())
                && (de >= t.length() || !NumeralChars.isCjkIdeograph(t.charAt(de)));
    }

    /**
     * Whether a fraction ending at {@code end} is a share of a whole: of a denominator up to a hundred, with no unit,
     * date word or multiplier after it (97.1/10万, 三分之一秒, 3/4日 are none).
     */
    private static boolean isShareOf(String t, int end, BigDecimal denominator) {
        return denominator.compareTo(HUNDRED) <= 0 && UnitLexicon.match(t, end) == null
                && !(end < t.length() && (NumeralChars.isBigUnit(t.charAt(end)) || NOT_SHARE_AFTER.indexOf(t.charAt(end)) >= 0));
    }

    /** A share written with 成 (三成 → 30 %) or 折 (八五折 → 85 %). */
    private record Share(int end, BigDecimal percent) {
    }

    private static Share share(String t, int p, BigDecimal value, String numeral) {
        int k = NumeralScanner.skipBlanks(t, p);
        if (k >= t.length() || value.signum() <= 0) {
            return null;
        }
        char c = t.charAt(k);
        char next = k + 1 < t.length() ? t.charAt(k + 1) : ' ';
        // 超三成员工: 员工 follows the share, 成员 is not read
        boolean staff = next == '员' && k + 2 < t.length() && t.charAt(k + 2) == '工';
        if (c == '成' && value.compareTo(TEN) <= 0 && (NOT_AFTER_CHENG.indexOf(next) < 0 || staff)) {
            BigDecimal percent = value.multiply(TEN);
            int end = k + 1;
            if (next == '半') {
                percent = percent.add(BigDecimal.valueOf(5));
                end++;
            } else if (next == ' ') {
                int d = NumeralScanner.skipBlanks(t, k + 1);
                if (d < t.length() && NumeralChars.isChineseDigit(t.charAt(d)) && NumeralScanner.end(t, d, false) == d + 1) {
                    percent = percent.add(BigDecimal.valueOf(NumeralChars.chineseDigit(t.charAt(d))));
                    end = d + 1;
                }
            }
            return new Share(end, ChineseNumbers.stripZeros(percent));
        }
        if (c == '折' && NOT_AFTER_ZHE.indexOf(next) < 0 && value.compareTo(BigDecimal.valueOf(100)) < 0
                && value.compareTo(TEN) != 0) {
            boolean twoDigits = value.compareTo(TEN) > 0 && value.scale() <= 0 && digitCount(numeral) == 2;
            if (value.compareTo(TEN) > 0 && !twoDigits) {
                return null;
            }
            return new Share(k + 1, ChineseNumbers.stripZeros(twoDigits ? value : value.multiply(TEN)));
        }
        return null;
    }

    /**
     * 3至5万元, 10-20个, 3%-5%: two numerals joined by a range separator. The multiplier of the second applies to a
     * bare first (3至5万 is 30000–50000). Null when the text is not a range.
     */
    private static Result range(String t, int start, int p, BigDecimal low, String lowNumeral, boolean chineseOnly) {
        int sep = p;
        UnitLexicon.Unit lowUnit = UnitLexicon.match(t, p);
        if (lowUnit != null && lowUnit.kind() != UnitLexicon.Kind.NEVER) {
            sep = p + lowUnit.written().length();
        }
        sep = NumeralScanner.skipBlanks(t, sep); // 20 - 100个
        if (sep >= t.length() || !NumeralChars.isRangeSeparator(t.charAt(sep))) {
            return null;
        }
        char separator = t.charAt(sep);
        int hs = NumeralScanner.skipBlanks(t, sep + 1);
        // 零下3℃至零下1℃, -3℃至-1℃: the high end's own sign, which reading it from its digits takes in
        int highDigits = t.startsWith(BELOW_ZERO, hs) ? hs + BELOW_ZERO.length()
            : hs + 1 < t.length() && NumeralChars.isMinus(t.charAt(hs)) && Character.isDigit(t.charAt(hs + 1)) ? hs + 1 : hs;
        if (highDigits >= t.length() || !NumeralScanner.canStart(t, highDigits)) {
            return null;
        }
        boolean hyphen = separator != '至' && separator != '到';
        Result high = readSingle(t, highDigits);
        if (high.amount() == null) {
            // 5至6月, 2020-2022年, 15日至23日: the second end says the range is a date
            return high.skipTo() > hs + 1 ? Result.skip(high.skipTo()) : null;
        }
        Amount h = high.amount();
        // the separator was read as the high end's sign (1.2亿元-1.5亿元, 20%-50%): the high end is positive
        BigDecimal highEnd = h.start() < hs ? h.value().negate() : h.value();
        boolean lowUnitWritten = lowUnit != null && lowUnit.kind() != UnitLexicon.Kind.NEVER;
        // 零下2~5℃: the sign written before the low end holds for the high end too, unless the low end is whole with its
        // unit (零下3℃至1℃)
        boolean belowZero = t.startsWith(BELOW_ZERO, start) && !lowUnitWritten && low.signum() < 0 && highEnd.signum() > 0;
        if (belowZero) {
            highEnd = highEnd.negate();
        }
        // each end with its unit (6元-10元); the measure priced after the high end is both ends' (6元-10元一斤 → 元/斤)
        if (lowUnit != null && lowUnit.kind() != UnitLexicon.Kind.NEVER && !lowUnit.unit().equals(h.unit())
                && !h.unit().startsWith(lowUnit.unit() + RATE_PER)) {
            return null;
        }
        boolean bothMultiplied = endsWithMultiplier(lowNumeral) && h.hasMultiplier();
        // 6.3-6.7: two decimals make a range, no code; not years and months (2023.1-2023.6)
        boolean bothDecimals = low.scale() > 0 && h.value().scale() > 0 && !chineseOnly && !h.chineseOnly()
                && !NonQuantities.inYearRange(low);
        if (hyphen && (h.unit().isEmpty() && !bothMultiplied && !bothDecimals || h.chineseOnly() != chineseOnly)) {
            return null; // 0771-5551234, 1-2: without a unit a hyphen joins codes as often as a range; 5k-20k is no code
        }
        BigDecimal lowValue = low;
        BigDecimal scale = multiplierOf(t.substring(hs, NumeralScanner.end(t, hs, false)));
        if (!endsWithMultiplier(lowNumeral) && scale.compareTo(BigDecimal.ONE) > 0 && low.multiply(scale).compareTo(highEnd) <= 0) {
            lowValue = low.multiply(scale);
        }
        BigDecimal highValue = highEnd;
        if (lowValue.compareTo(highValue) > 0 && (hyphen && bothMultiplied || lowUnitWritten || belowZero)) {
            // 距今2.8万—2.4万年: an age or countdown written from the larger end; 有期徒刑十五年至十年, 没收财产五百万元至
            // 六十万元: sentences listed from the heaviest, each end with its unit
            highValue = lowValue;
            lowValue = highEnd;
        }
        if (lowValue.compareTo(highValue) >= 0) {
            return null;
        }
        return new Result(new Amount(start, h.end(), ChineseNumbers.stripZeros(lowValue), highValue, h.unit(), h.kind(), Qualifier.RANGE,
                chineseOnly && h.chineseOnly(), false, h.hasMultiplier()), h.end());
    }

    /** 万 or 亿 standing for their value after 数, 几, 上 or 近 (数万尾, 近万人), which no numeral parser reads; else null. */
    private static BigDecimal loneBigUnits(String numeral) {
        BigDecimal value = BigDecimal.ONE;
        for (int i = 0; i < numeral.length(); i++) {
            if (!NumeralChars.isBigUnit(numeral.charAt(i))) {
                return null;
            }
            value = value.scaleByPowerOfTen(NumeralChars.bigUnitExponent(numeral.charAt(i)));
        }
        return numeral.isEmpty() ? null : ChineseNumbers.stripZeros(value);
    }

    /** The product of the multipliers that end a numeral: 5万 → 10⁴, 1.2万亿 → 10¹², 20k → 10³, 500 → 1. */
    private static BigDecimal multiplierOf(String numeral) {
        char last = numeral.isEmpty() ? ' ' : numeral.charAt(numeral.length() - 1);
        if ("kKｋＫM".indexOf(last) >= 0) {
            return BigDecimal.valueOf(last == 'M' ? 1_000_000 : 1000);
        }
        BigDecimal m = BigDecimal.ONE;
        for (int i = numeral.length() - 1; i >= 0 && NumeralChars.isBigUnit(numeral.charAt(i)); i--) {
            m = m.scaleByPowerOfTen(NumeralChars.bigUnitExponent(numeral.charAt(i)));
        }
        if (m.compareTo(BigDecimal.ONE) == 0 && numeral.length() > 1 && NumeralChars.smallUnit(numeral.charAt(numeral.length() - 1)) > 0
                && ArabicDigits.anyIn(numeral)) {
            m = BigDecimal.valueOf(NumeralChars.smallUnit(numeral.charAt(numeral.length() - 1)));
        }
        return m;
    }

    private static boolean endsWithMultiplier(String numeral) {
        return multiplierOf(numeral).compareTo(BigDecimal.ONE) > 0;
    }

    /**
     * End of a rate unit after {@code p} (元/吨, 元每吨, 元/生•年), else {@code p}. A denominator is a unit of the
     * lexicon or a product of words joined by a dot (生•年: per student and year), any of them a single character.
     */
    private static int rateUnitEnd(String t, int p) {
        if (p + 1 >= t.length() || !(t.charAt(p) == '/' || t.charAt(p) == '／' || t.charAt(p) == '每')) {
            return p;
        }
        int end = denominatorFactorEnd(t, p + 1, t.charAt(p) != '每');
        if (end < 0) {
            return p;
        }
        while (end + 1 < t.length() && PRODUCT_DOTS.indexOf(t.charAt(end)) >= 0) {
            int next = denominatorFactorEnd(t, end + 1, true);
            if (next < 0) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** The word joining a rate's units as written: 每 stays (立方米每秒), a slash of either width is "/". */
    private static String rateJoiner(char written) {
        return written == PER_WORD ? String.valueOf(PER_WORD) : "/";
    }

    /** The reported denominator: each factor as the lexicon reports it (公斤 stays, 天 stays), joined as written. */
    private static String rateDenominator(String written) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= written.length(); i++) {
            if (i == written.length() || PRODUCT_DOTS.indexOf(written.charAt(i)) >= 0) {
                String factor = written.substring(start, i);
                UnitLexicon.Unit unit = UnitLexicon.match(factor, 0);
                out.append(unit != null && unit.written().length() == factor.length() ? unit.unit() : factor);
                if (i < written.length()) {
                    out.append(written.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * End of one factor of a rate's denominator at {@code i}: a unit of the lexicon, or (when {@code anyWord}) a
     * single ideograph followed by a product dot or opening none (生 in 生•年, 年 after it); else -1.
     */
    private static int denominatorFactorEnd(String t, int i, boolean anyWord) {
        if (i + 1 < t.length() && NumeralChars.isBigUnit(t.charAt(i))) {
            // per ten thousand yuan (吨标准煤/万元): a multiplied currency; else a unit of its own (兆瓦) may follow
            UnitLexicon.Unit money = UnitLexicon.match(t, i + 1);
            if (money != null && money.kind() == UnitLexicon.Kind.CURRENCY) {
                return i + 1 + money.written().length();
            }
        }
        UnitLexicon.Unit per = UnitLexicon.match(t, i);
        if (per != null && per.kind() != UnitLexicon.Kind.SHARE
                && (per.kind() != UnitLexicon.Kind.NEVER || per.unit().equals("日"))) {
            return i + per.written().length();
        }
        boolean factor = anyWord && i < t.length() && NumeralChars.isCjkIdeograph(t.charAt(i))
                && (i + 2 < t.length() && PRODUCT_DOTS.indexOf(t.charAt(i + 1)) >= 0
                    || i > 0 && PRODUCT_DOTS.indexOf(t.charAt(i - 1)) >= 0
                        && (i + 1 >= t.length() || !NumeralChars.isCjkIdeograph(t.charAt(i + 1))));
        return factor ? i + 1 : -1;
    }

    /** 三四个, 二三十: two neighbouring digits state a vague amount, not 34 or 230. */
    private static boolean isVagueNeighbours(String numeral) {
        if (numeral.length() < 2) {
            return false;
        }
        int a = NumeralChars.chineseDigit(numeral.charAt(0));
        int b = NumeralChars.chineseDigit(numeral.charAt(1));
        return a > 0 && b == a + 1;
    }

    /** 三点建议, 四点共识: the points a statement makes, few and in Chinese numerals; 十点发布 is a time of day. */
    private static boolean isPointsMade(String t, int k, BigDecimal value, boolean chineseOnly) {
        return chineseOnly && value.scale() == 0 && value.compareTo(BigDecimal.TEN) <= 0 && k < t.length() && t.charAt(k) == '点'
            && POINTS_MADE.stream().anyMatch(word -> t.startsWith(word, k + 1));
    }

    /** 收报3637.57点, 上涨35点: index points; 8点 (a time of day) is not. */
    private static boolean isIndexPoints(String t, int k, BigDecimal value, boolean chineseOnly) {
        return !chineseOnly && k < t.length() && t.charAt(k) == '点' && (value.scale() > 0 || value.compareTo(BigDecimal.valueOf(24)) > 0)
                && !(k + 1 < t.length() && (NumeralChars.isArabicDigit(t.charAt(k + 1)) || t.charAt(k + 1) == '钟' || t.charAt(k + 1) == '半'));
    }

    /** 10多万, 500余万, 十几万. */
    private static boolean hasApproxMarker(String numeral) {
        for (int i = 1; i < numeral.length(); i++) {
            if (NumeralChars.isApproxMarker(numeral.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLoneOne(String numeral) {
        return numeral.equals("一") || numeral.equals("壹");
    }

    private static int digitCount(String numeral) {
        int n = 0;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            if (NumeralChars.isArabicDigit(c) || NumeralChars.isChineseDigit(c)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A minus between a number ending in 万 or 亿 and another (5万-3万元) is a dash between two amounts, not a sign; before
     * a plain number (营业收入2.3亿-12%) it is one.
     */
    private static boolean isDashBetweenBigAmounts(String t, int s, String numeral) {
        return s >= 3 && NumeralChars.isBigUnit(t.charAt(s - 2)) && endsWithMultiplier(numeral)
            && (isAlnum(t.charAt(s - 3)) || NumeralChars.isChineseNumeral(t.charAt(s - 3)));
    }

    private static boolean isAlnum(char c) {
        return NumeralChars.isArabicDigit(c) || NumeralChars.isAsciiLetter(c);
    }

    /** Skips the rest of a code: digits, letters and . : / - _ glued to it. */
    private static int endOfCode(String t, int i) {
        while (i < t.length()) {
            char c = t.charAt(i);
            if (isAlnum(c) || ".:/-_：".indexOf(c) >= 0) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
