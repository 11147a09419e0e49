package dev.zhibiao.engine.quantity;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads the value of a written numeral: Arabic (1,100.9, full-width １２３, 2e5), Chinese (三百二十, 两万, 一千零五,
 * 壹佰伍拾, 廿, 二〇二一), mixed (2026.55万, 3万4000, 1.2万亿), fractions (三分之一, 3/4, 三又三分之一) and shares
 * (百分之十二, 12%, 千分之五, 三成).
 *
 * <p>{@link #parse} gives the plain number, so shares come out as fractions (百分之十二 → 0.12, 三成 → 0.3);
 * {@link #parsePercent} gives them in percent (百分之十二 → 12, 三成 → 30, 0.5 → 50).
 */
public final class ChineseNumbers {
    /** Precision of non-terminating divisions (三分之一). */
    static final MathContext DIVISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ChineseNumbers() {
    }

    /**
     * The value of {@code numeral}.
     *
     * @throws NumberFormatException when {@code numeral} is not a well-formed numeral
     */
    public static BigDecimal parse(String numeral) {
        if (numeral == null) {
            throw new NumberFormatException("numeral is null");
        }
        String s = normalize(numeral);
        if (s.isEmpty()) {
            throw new NumberFormatException("empty numeral: \"" + numeral + "\"");
        }
        try {
            return stripZeros(parseNormalized(s));
        } catch (ArithmeticException e) {
            throw new NumberFormatException("not a numeral: \"" + numeral + "\" (" + e.getMessage() + ")");
        } catch (NumberFormatException e) {
            throw new NumberFormatException("not a numeral: \"" + numeral + "\"" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    /** The value of a share in percent: 百分之十二 → 12, 12% → 12, 三成 → 30, 千分之五 → 0.5, a plain 0.25 → 25. */
    public static BigDecimal parsePercent(String numeral) {
        return stripZeros(parse(numeral).multiply(HUNDRED));
    }

    /** Full-width to ASCII, traditional to simplified, drops blanks and thousands separators. */
    static String normalize(String numeral) {
        StringBuilder b = new StringBuilder(numeral.length());
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int d = NumeralChars.arabicDigit(c);
            if (d >= 0) {
                b.append((char) ('0' + d));
            } else if (c == ' ' || c == '\u3000' || c == '\u00a0') {
                continue;
            } else if ((c == ',' || c == '，') && isThousandsSeparator(numeral, i)) {
                continue;
            } else {
                b.append(switch (c) {
                    case '．', '點' -> c == '．' ? '.' : '点';
                    case '－', '負' -> c == '－' ? '-' : '负';
                    case '／' -> '/';
                    case '％' -> '%';
                    case '＋' -> '+';
                    case 'Ｋ', 'ｋ' -> 'k';
                    case 'Ｍ', 'ｍ' -> 'M';
                    case 'Ｅ', 'ｅ' -> 'e';
                    case '萬' -> '万';
                    case '億' -> '亿';
                    case '幾' -> '几';
                    default -> c;
                });
            }
        }
        return b.toString();
    }

    private static boolean isThousandsSeparator(String s, int i) {
        int digitsBefore = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) != ',' && s.charAt(j) != '，'; j--) {
            if (NumeralChars.isArabicDigit(s.charAt(j))) {
                digitsBefore++;
            } else if (s.charAt(j) != ' ') {
                break;
            }
        }
        int digitsAfter = 0;
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        while (j < s.length() && NumeralChars.isArabicDigit(s.charAt(j))) {
            digitsAfter++;
            j++;
        }
        return digitsBefore > 0 && digitsAfter == 3;
    }

    private static BigDecimal parseNormalized(String s) {
        if (s.startsWith("负") || s.startsWith("-")) {
            return parseNormalized(s.substring(1)).negate();
        }
        if (s.startsWith("+")) {
            return parseNormalized(s.substring(1));
        }
        int mixed = s.indexOf('又');
        if (mixed > 0) {
            return parseNormalized(s.substring(0, mixed)).add(parseNormalized(s.substring(mixed + 1)));
        }
        int fraction = s.indexOf("分之");
        if (fraction >= 0) {
            return fraction(s.substring(0, fraction), s.substring(fraction + 2));
        }
        int slash = s.indexOf('/');
        if (slash > 0) {
            return divide(parseNormalized(s.substring(0, slash)), parseNormalized(s.substring(slash + 1)));
        }
        if (s.endsWith("%")) {
            return divide(parseNormalized(s.substring(0, s.length() - 1)), HUNDRED);
        }
        if (s.endsWith("‰")) {
            return divide(parseNormalized(s.substring(0, s.length() - 1)), BigDecimal.valueOf(1000));
        }
        if (s.endsWith("成") && s.length() > 1) {
            return divide(parseNormalized(s.substring(0, s.length() - 1)), BigDecimal.TEN);
        }
        if (s.endsWith("成半") && s.length() > 2) {
            return divide(parseNormalized(s.substring(0, s.length() - 2)).add(new BigDecimal("0.5")), BigDecimal.TEN);
        }
        int power = s.indexOf('^');
        if (power > 0) {
            return power(parseNormalized(s.substring(0, power)), s.substring(power + 1));
        }
        char last = s.charAt(s.length() - 1);
        if ((last == 'k' || last == 'K' || last == 'M') && s.length() > 1) {
            BigDecimal scale = last == 'M' ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(1000);
            return parseNormalized(s.substring(0, s.length() - 1)).multiply(scale);
        }
        int exponent = exponentMark(s);
        if (exponent > 0) {
            return parseNormalized(s.substring(0, exponent)).scaleByPowerOfTen(Integer.parseInt(s.substring(exponent + 1).replace("+", "")));
        }
        return ChineseNumeralReader.read(s);
    }

    /** X分之Y is Y/X; a bare 百分之/千分之/万分之 means one hundred/thousand/ten thousand. */
    private static BigDecimal fraction(String denominator, String numerator) {
        String d = denominator.isEmpty() || NumeralChars.smallUnit(denominator.charAt(0)) > 0
                || NumeralChars.isBigUnit(denominator.charAt(0)) ? "一" + denominator : denominator;
        BigDecimal numeratorValue = numerator.startsWith("负") ? parseNormalized(numerator.substring(1)).negate()
                : parseNormalized(numerator);
        return divide(numeratorValue, parseNormalized(d));
    }

    private static BigDecimal power(BigDecimal base, String exponentText) {
        String e = exponentText.replace("--", "").replace("+", "");
        int exponent = Integer.parseInt(e);
        BigDecimal magnitude = base.pow(Math.abs(exponent), DIVISION);
        return exponent < 0 ? divide(BigDecimal.ONE, magnitude) : magnitude;
    }

    /** Index of the e in 2e5 / 2.5E-3, else -1. */
    private static int exponentMark(String s) {
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        if (e <= 0 || e == s.length() - 1) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i != e && !(c >= '0' && c <= '9') && c != '.' && !(i == e + 1 && (c == '-' || c == '+'))) {
                return -1;
            }
        }
        return e;
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw new NumberFormatException("division by zero");
        }
        return a.divide(b, DIVISION);
    }

    static BigDecimal stripZeros(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
