package dev.zhibiao.engine.quantity;

/**
 * 块 is colloquial for 元 (三块钱) as well as a measure word (三块地). It is money when 钱 or a measure priced per one
 * follows (五块多一斤), or when it ends the clause after a word of paying or pricing (花费我三块); otherwise it counts
 * pieces.
 */
final class ColloquialMoney {
    private static final WordTable<Boolean> PRICE_WORDS = new WordTable<>(WordTable.all(
        "花费 花了 花 付了 支付 价格 售价 票价 要价 收费 价值 值 赚了 卖", true));
    private static final int LOOKBACK = 12;
    /** Money as spoken after its unit (三块钱, 2000元钱). */
    private static final char MONEY_WORD = '钱';
    /** What makes 钱 begin a word of its own after the unit (10元钱包, 钱庄, 钱币): no spoken money. */
    private static final String WORDS_AFTER_MONEY_WORD = "包庄币袋柜款财物";
    /** Particles after spoken money (2000元钱的, 3万元钱了). */
    private static final String PARTICLES_AFTER_MONEY = "的了呢吧啊呀";

    private ColloquialMoney() {
    }

    /** True when 块 at {@code unitStart} (after the numeral starting at {@code numberStart}) means 元. */
    static boolean isMoney(String t, int numberStart, int unitStart) {
        int after = unitStart + 1;
        if (after < t.length() && t.charAt(after) == MONEY_WORD
                || PricesPerUnit.measureAt(t, PricesPerUnit.perOneStart(t, after)) != null) {
            return true; // 三块钱, and a price per one of a measure (五块多一斤)
        }
        if (after < t.length() && NumeralChars.isCjkIdeograph(t.charAt(after))) {
            return false;
        }
        int floor = Math.max(0, numberStart - LOOKBACK);
        for (int k = numberStart; k > floor; k--) {
            if (QuantityRecognizer.CLAUSE_ENDS.indexOf(t.charAt(k - 1)) >= 0) {
                return false;
            }
            if (PRICE_WORDS.endingAt(t, k, floor) != null) {
                return true;
            }
        }
        return false;
    }

    /** After the 钱 of money as spoken right after 块 at {@code end} (三块钱), else {@code end}. */
    static int afterSpokenMoneyWord(String t, int end) {
        boolean spoken = end < t.length() && t.charAt(end) == MONEY_WORD
            && !(end + 1 < t.length() && WORDS_AFTER_MONEY_WORD.indexOf(t.charAt(end + 1)) >= 0);
        return spoken ? end + 1 : end;
    }

    /**
     * After the 钱 of money as spoken right after 元 at {@code end} (2000元钱的纯收入, 挣了3万元钱。), else {@code end}: only
     * before a mark or a particle, as 钱 begins names and words there (20亿元钱塘江二桥, 1万元钱某某, 300元钱粮).
     */
    static int afterSpokenYuanWord(String t, int end) {
        boolean spoken = end < t.length() && t.charAt(end) == MONEY_WORD
            && (end + 1 == t.length() || !NumeralChars.isCjkIdeograph(t.charAt(end + 1))
                || PARTICLES_AFTER_MONEY.indexOf(t.charAt(end + 1)) >= 0);
        return spoken ? end + 1 : end;
    }
}
