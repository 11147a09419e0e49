package dev.zhibiao.engine.quantity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The fractional units written after a money amount: 五元三毛 is 5.3 元, 50元6角三分 is 50.63 元, 两美元又三美分
 * is 2.03 美元. Each minor unit takes one numeral below its count per major unit (9 角, 99 分).
 */
final class MinorCurrency {
    private static final BigDecimal TENTH = new BigDecimal("0.1");
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
    /** Minor units of each currency, larger first. */
    private static final Map<String, String[]> MINOR_UNITS = Map.of("元", new String[] {"角", "毛", "分"},
        "美元", new String[] {"美分"}, "欧元", new String[] {"欧分"});

    private MinorCurrency() {
    }

    /** The minor amounts after a money amount ending at {@code p}: where they end and what they add. */
    record Extension(int end, BigDecimal added) {
    }

    /** The extension after {@code p} of an amount in {@code unit}, or null. */
    static Extension after(String t, int p, String unit) {
        String[] minors = MINOR_UNITS.get(unit);
        if (minors == null) {
            return null;
        }
        int k = p < t.length() && t.charAt(p) == '又' ? p + 1 : p;
        BigDecimal added = BigDecimal.ZERO;
        int end = p;
        for (String minor : minors) {
            int numeralEnd = NumeralScanner.end(t, k, false);
            if (numeralEnd == k || !NumeralScanner.regionMatches(t, numeralEnd, minor)) {
                continue;
            }
            BigDecimal count = parse(t.substring(k, numeralEnd));
            BigDecimal worth = minor.equals("角") || minor.equals("毛") ? TENTH : HUNDREDTH;
            if (count == null || count.multiply(worth).compareTo(BigDecimal.ONE) >= 0) {
                break;
            }
            int unitEnd = numeralEnd + minor.length();
            if (unitEnd < t.length() && NumeralChars.isCjkIdeograph(t.charAt(unitEnd)) && t.charAt(unitEnd) != '钱'
                    && !NumeralChars.isChineseNumeral(t.charAt(unitEnd))) {
                break; // 三分钟, 五毛钱 is money but 三分析 is not
            }
            added = added.add(count.multiply(worth));
            end = unitEnd;
            k = unitEnd;
        }
        return end == p ? null : new Extension(end, added);
    }

    private static BigDecimal parse(String numeral) {
        try {
            BigDecimal v = ChineseNumbers.parse(numeral);
            return v.signum() > 0 && v.scale() <= 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
