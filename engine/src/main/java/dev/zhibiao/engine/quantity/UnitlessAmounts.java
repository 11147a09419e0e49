package dev.zhibiao.engine.quantity;

import java.util.regex.Pattern;

/**
 * Amounts that state a quantity though no unit is written: a count in 万 or 亿 after Arabic digits (成交额近5亿,
 * 可增加1400万采矿量) and a fraction (约五分之三). A bare number without them (编号为123) is left to findAll.
 */
final class UnitlessAmounts {
    private static final Pattern MULTIPLIED = Pattern.compile("[0-9０-９][0-9０-９.,]*(?:多|余)?[万亿]");
    private static final String FRACTION_MARK = "分之";

    private UnitlessAmounts() {
    }

    /** Whether the text of an amount without a unit still states a quantity. */
    static boolean stated(String amountText) {
        return isFraction(amountText) || MULTIPLIED.matcher(amountText).find();
    }

    static boolean isFraction(String amountText) {
        return amountText.contains(FRACTION_MARK);
    }
}
