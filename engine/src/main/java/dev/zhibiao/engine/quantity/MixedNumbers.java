package dev.zhibiao.engine.quantity;

import dev.zhibiao.engine.text.ArabicDigits;
import java.math.BigDecimal;

/**
 * A whole number and a fraction written as one number: joined by 又 (三又三分之一, 三百五十 又 3分之1; blanks may
 * stand around 又) or an Arabic whole number, one blank and a slash fraction (1 3/5, as Recognizers-Text writes them).
 */
final class MixedNumbers {
    private MixedNumbers() {
    }

    /** True when 又 (after blanks) follows the numeral ending at {@code end}: 十一又十四分之一 is a number, not the holiday 十一. */
    static boolean startsFractionPart(CharSequence t, int end) {
        int k = NumeralScanner.skipBlanks(t, end);
        return k < t.length() && t.charAt(k) == '又';
    }

    /** The mixed number whose whole part {@code whole} starts at {@code start} and ends at {@code p}, or null. */
    static AmountReader.Amount after(String t, int start, int p, BigDecimal whole, String wholeNumeral) {
        if (startsFractionPart(t, p)) {
            return withYou(t, start, NumeralScanner.skipBlanks(t, p) + 1, whole, wholeNumeral);
        }
        return withSlashFraction(t, start, p, whole, wholeNumeral);
    }

    private static AmountReader.Amount withYou(String t, int start, int afterYou, BigDecimal whole, String wholeNumeral) {
        AmountReader.Amount part = AmountReader.readSingle(t, NumeralScanner.skipBlanks(t, afterYou)).amount();
        if (part == null || !part.unit().isEmpty() || part.value().abs().compareTo(BigDecimal.ONE) >= 0) {
            return null;
        }
        return new AmountReader.Amount(start, part.end(), sum(whole, part.value()), null, "", null, Qualifier.EXACT,
                part.chineseOnly() && !ArabicDigits.anyIn(wholeNumeral), false, false);
    }

    /** 1 3/5: one blank, digits, a slash, digits; the whole part a plain Arabic integer. */
    private static AmountReader.Amount withSlashFraction(String t, int start, int p, BigDecimal whole, String wholeNumeral) {
        if (p + 1 >= t.length() || t.charAt(p) != ' ' || whole.scale() > 0 || !isDigits(wholeNumeral)) {
            return null;
        }
        int numeratorEnd = digitsEnd(t, p + 1);
        if (numeratorEnd == p + 1 || numeratorEnd >= t.length() || t.charAt(numeratorEnd) != '/' && t.charAt(numeratorEnd) != '／') {
            return null;
        }
        int denominatorEnd = digitsEnd(t, numeratorEnd + 1);
        if (denominatorEnd == numeratorEnd + 1 || denominatorEnd < t.length() && "/／.．".indexOf(t.charAt(denominatorEnd)) >= 0) {
            return null;
        }
        BigDecimal denominator = ChineseNumbers.parse(t.substring(numeratorEnd + 1, denominatorEnd));
        if (denominator.signum() == 0) {
            return null;
        }
        BigDecimal fraction = ChineseNumbers.parse(t.substring(p + 1, numeratorEnd)).divide(denominator, ChineseNumbers.DIVISION);
        return new AmountReader.Amount(start, denominatorEnd, sum(whole, fraction), null, "", null, Qualifier.EXACT, false, false, false);
    }

    /** The fraction adds to the magnitude: 负三又二分之一 is -3.5. */
    private static BigDecimal sum(BigDecimal whole, BigDecimal fraction) {
        return ChineseNumbers.stripZeros(whole.add(whole.signum() < 0 ? fraction.abs().negate() : fraction.abs()));
    }

    private static int digitsEnd(CharSequence t, int i) {
        while (i < t.length() && NumeralChars.isArabicDigit(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && digitsEnd(s, 0) == s.length();
    }
}
