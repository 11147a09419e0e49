package dev.zhibiao.engine.quantity;

import java.math.BigDecimal;

/**
 * Evaluates a normalized whole-or-decimal numeral (no sign, fraction or percent): Arabic, Chinese, or both mixed
 * (3万4000, 2026.55万, 一千零五, 两千三点一, 四万万, 1.2万亿). 余/多/几 before a multiplier (500余万) are ignored:
 * the caller reads them as a qualifier.
 */
final class ChineseNumeralReader {
    private ChineseNumeralReader() {
    }

    static BigDecimal read(String s) {
        if (isDigitByDigit(s)) {
            return readDigitByDigit(s);
        }
        return new ChineseNumeralReader.State(s).read();
    }

    /** 二〇二一, 五五, 2026.55: digits without 十百千万, read one by one. */
    private static boolean isDigitByDigit(String s) {
        boolean seenDigit = false;
        boolean seenPoint = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (NumeralChars.isArabicDigit(c) || NumeralChars.isChineseDigit(c)) {
                seenDigit = true;
            } else if (NumeralChars.isDecimalPoint(c) && !seenPoint) {
                seenPoint = true;
            } else {
                return false;
            }
        }
        return seenDigit;
    }

    private static BigDecimal readDigitByDigit(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = NumeralChars.arabicDigit(c);
            if (d < 0) {
                d = NumeralChars.chineseDigit(c);
            }
            if (d >= 0) {
                b.append((char) ('0' + d));
            } else {
                b.append('.');
            }
        }
        if (b.charAt(b.length() - 1) == '.') {
            throw new NumberFormatException("decimal point without digits");
        }
        return new BigDecimal(b.toString());
    }

    /** Left-to-right evaluation: total (above the current 万/亿 group), section (below it), and a pending number. */
    private static final class State {
        private final String s;
        private int i;
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal section = BigDecimal.ZERO;
        private BigDecimal pending;
        /** The pending number is one Chinese digit right after a unit, so 一万三 means 13000 and 四百五 means 450. */
        private boolean pendingAbbreviates;
        /** Multiplier of the unit just before the pending digit (for 一万三: 10⁴). */
        private BigDecimal lastUnit;
        private BigDecimal lastBigUnit;
        private boolean previousWasBigUnit;
        private boolean afterZero;
        private boolean any;

        State(String s) {
            this.s = s;
        }

        BigDecimal read() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (NumeralChars.isArabicDigit(c) || c == '.') {
                    readArabic();
                } else if (NumeralChars.isChineseDigit(c)) {
                    readChineseDigit(c);
                } else if (NumeralChars.isChineseDecimalPoint(c)) {
                    readChineseDecimals();
                } else if (NumeralChars.smallUnit(c) > 0 || NumeralChars.isTensAbbreviation(c)) {
                    applySmallUnit(c);
                } else if (NumeralChars.isBigUnit(c)) {
                    applyBigUnit(BigDecimal.ONE.scaleByPowerOfTen(NumeralChars.bigUnitExponent(c)));
                } else if (NumeralChars.isApproxMarker(c) && i > 0) {
                    i++;
                } else if (c == '半' && pending == null) {
                    setPending(new BigDecimal("0.5"), false);
                    i++;
                } else {
                    throw new NumberFormatException("unexpected '" + c + "'");
                }
            }
            if (!any) {
                throw new NumberFormatException("no digits");
            }
            return total.add(section).add(pendingValue());
        }

        private void readArabic() {
            int start = i;
            boolean point = false;
            while (i < s.length() && (NumeralChars.isArabicDigit(s.charAt(i)) || (s.charAt(i) == '.' && !point))) {
                point |= s.charAt(i) == '.';
                i++;
            }
            String token = s.substring(start, i);
            if (token.equals(".") || token.endsWith(".")) {
                throw new NumberFormatException("decimal point without digits");
            }
            setPending(new BigDecimal(token), false);
        }

        private void readChineseDigit(char c) {
            int d = NumeralChars.chineseDigit(c);
            i++;
            if (d == 0) {
                afterZero = true;
                boolean leading = !any || (i < s.length() && NumeralChars.isChineseDecimalPoint(s.charAt(i)));
                if (leading && pending == null) {
                    pending = BigDecimal.ZERO;
                    any = true;
                }
                return;
            }
            setPending(BigDecimal.valueOf(d), lastUnit != null && !afterZero);
        }

        private void setPending(BigDecimal value, boolean abbreviates) {
            if (pending != null && pending.signum() != 0) {
                throw new NumberFormatException("two numbers without a unit between them");
            }
            pending = value;
            pendingAbbreviates = abbreviates;
            previousWasBigUnit = false;
            any = true;
        }

        /** The pending number, scaled when it abbreviates (一万三 → 3000). */
        private BigDecimal pendingValue() {
            if (pending == null) {
                return BigDecimal.ZERO;
            }
            if (pendingAbbreviates && lastUnit != null && lastUnit.compareTo(BigDecimal.TEN) > 0) {
                return pending.multiply(lastUnit).movePointLeft(1);
            }
            return pending;
        }

        private void readChineseDecimals() {
            i++;
            StringBuilder digits = new StringBuilder("0.");
            while (i < s.length()) {
                char c = s.charAt(i);
                int d = NumeralChars.arabicDigit(c);
                if (d < 0) {
                    d = NumeralChars.chineseDigit(c);
                }
                if (d < 0 || c == '两') {
                    break;
                }
                digits.append((char) ('0' + d));
                i++;
            }
            if (digits.length() == 2) {
                throw new NumberFormatException("点 without digits");
            }
            BigDecimal whole = section.add(pendingValue());
            section = BigDecimal.ZERO;
            pending = whole.add(new BigDecimal(digits.toString()));
            pendingAbbreviates = false;
            lastUnit = null;
            any = true;
        }

        private void applySmallUnit(char c) {
            BigDecimal unit;
            BigDecimal multiplicand;
            if (NumeralChars.isTensAbbreviation(c)) {
                unit = BigDecimal.TEN;
                multiplicand = BigDecimal.valueOf(c == '廿' ? 2 : 3);
                if (pending != null) {
                    throw new NumberFormatException("digit before " + c);
                }
            } else {
                unit = BigDecimal.valueOf(NumeralChars.smallUnit(c));
                multiplicand = pending == null || pending.signum() == 0 ? BigDecimal.ONE : pending;
            }
            section = section.add(multiplicand.multiply(unit));
            pending = null;
            lastUnit = unit;
            afterZero = false;
            previousWasBigUnit = false;
            any = true;
            i++;
        }

        private void applyBigUnit(BigDecimal unit) {
            BigDecimal current = pending == null ? section : section.add(pending);
            if (current.signum() == 0) {
                if (!previousWasBigUnit) {
                    throw new NumberFormatException("multiplier without a number");
                }
                total = total.multiply(unit);
                lastBigUnit = lastBigUnit.multiply(unit);
            } else if (lastBigUnit == null || unit.compareTo(lastBigUnit) >= 0) {
                total = total.add(current).multiply(unit);
                lastBigUnit = unit;
            } else {
                total = total.add(current.multiply(unit));
            }
            section = BigDecimal.ZERO;
            pending = null;
            lastUnit = unit;
            afterZero = false;
            previousWasBigUnit = true;
            i++;
        }
    }
}
