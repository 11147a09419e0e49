package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.quantity.QuantityRecognizer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A noun written inside an amount's own text, after its unit (约20万群众 → 群众, 12498口人 → 人): the recognizer reads it
 * into the amount, yet it names the thing counted.
 */
final class NounsInsideAmounts {
    private static final String MONEY = "元";
    private static final String PERSON = "人";
    private static final String POPULATION = "人口";
    /** 个 and 多 written around a duration (一个多月, 4个多小时): both belong to the amount. */
    private static final Pattern MORE_INSIDE_UNIT = Pattern.compile("^个[多余半](?=月|小时|星期)");
    /** Amount head of a quantity's text; what follows it beyond the unit is a noun written inside the span. */
    private static final Pattern AMOUNT_HEAD = Pattern.compile(
            "^(?:过半数?|[约近超逾不足多余大]*(?:半数|(?:零下)?[数几]?[0-9０-９.,，零〇一二两三四五六七八九十百千万亿半]+(?:[点點][零〇一二三四五六七八九]+)?几?(?:多|余)?[万亿千百]*(?:成(?!员))?))");
    private static final String SMALL_MULTIPLIERS = "十百千";
    private static final String BIG_MULTIPLIERS = "万亿";
    /** Qualifiers and the currency name written after the unit (1164.8亿元人民币): no noun of the thing. */
    private static final String QUALIFIER_TAIL_WORDS = Phrases.BOUNDS + "|多|余|人民币";
    private static final Pattern QUALIFIER_TAIL = Pattern.compile("(?:" + QUALIFIER_TAIL_WORDS + ")+$");
    /** Without one of these last characters the tail cannot match. */
    private static final String QUALIFIER_TAIL_LAST = Phrases.lastCharacters(QUALIFIER_TAIL_WORDS);
    /** 五分之三 is a fraction: nothing after its head is a noun. */
    private static final String FRACTION_MARK = "分之";
    /** What is left of a points unit written without 个 (百分点, 千分點) after the head took its 百 or 千. */
    private static final Pattern POINTS_TAIL = Pattern.compile("分[点點]");
    private static final int POINTS_TAIL_LENGTH = 2;

    private NounsInsideAmounts() {
    }

    /** Noun written inside the quantity's own span after its unit (约20万群众 → 群众, 12498口人 → 人). */
    static String nounInside(Quantity quantity) {
        // the qualifier word it opens with (超过200万平民, 接近200万平民) is no part of the head
        String text = quantity.text().substring(QuantityRecognizer.qualifierPrefixLength(quantity.text()));
        Matcher head = AMOUNT_HEAD.matcher(text);
        if (!head.lookingAt() || text.contains(FRACTION_MARK)) {
            return "";
        }
        if (quantity.max() != null && !quantity.unit().isEmpty()
                && text.indexOf(quantity.unit()) < text.lastIndexOf(quantity.unit())) {
            // a range with its unit at both ends (十五年至十年): the noun, if any, follows the last
            String rest = text.substring(text.lastIndexOf(quantity.unit()) + quantity.unit().length());
            return rest.codePoints().allMatch(Character::isIdeographic) ? rest : "";
        }
        int headEnd = head.end();
        if (headEnd >= 2 && SMALL_MULTIPLIERS.indexOf(text.charAt(headEnd - 1)) >= 0
                && BIG_MULTIPLIERS.indexOf(text.charAt(headEnd - 2)) >= 0
                && !(!quantity.unit().isEmpty() && text.startsWith(quantity.unit(), headEnd - 1))) { // not 亿千瓦's 千
            headEnd--; // 600万百姓: 百 after 万 with no digit between begins the noun, as the number layer reads it
        }
        if (quantity.unit().startsWith(MONEY) && QuantityRecognizer.isSpokenMoney(text.substring(headEnd))) {
            return ""; // 8块钱, 五块多一斤: money as spoken
        }
        // 一个多月 (unit 个月), 4个多小时 (unit 小时): 个多 is written before the unit's word; 三年多: 多 after it
        String rest = MORE_INSIDE_UNIT.matcher(text.substring(headEnd)).replaceFirst("");
        if (quantity.unit().length() > 1 && quantity.unit().startsWith("个") && rest.startsWith(quantity.unit().substring(1))) {
            rest = rest.substring(quantity.unit().length() - 1);
        } else if (!quantity.unit().isEmpty() && rest.startsWith("大" + quantity.unit())) {
            rest = rest.substring(1); // 4大板块: the parts counted are the unit and the noun
        } else if (!quantity.unit().isEmpty() && rest.startsWith("个" + quantity.unit())) {
            rest = rest.substring(quantity.unit().length() + 1); // 25个基点, 4个小时: the unit is kept without its 个
        } else if (quantity.unit().equals(PERSON) && rest.equals(POPULATION)) {
            return POPULATION; // 14亿多人口: the people counted are a population, 人 is no unit written before a noun 口
        } else if (!quantity.unit().isEmpty() && rest.startsWith(quantity.unit())) {
            rest = rest.substring(quantity.unit().length());
            rest = rest.equals("多") || rest.equals("余") ? "" : rest;
        } else if (!quantity.unit().isEmpty() && text.startsWith(quantity.unit(), headEnd - 1)) {
            rest = text.substring(headEnd - 1 + quantity.unit().length());  // 14.8千米: the head took 千
        } else if (POINTS_TAIL.matcher(rest).lookingAt()) {
            rest = rest.substring(POINTS_TAIL_LENGTH); // 0.5百分点, 0.5千分點: the head took 百 or 千 of the points unit
        }
        if (!rest.isEmpty() && QUALIFIER_TAIL_LAST.indexOf(rest.charAt(rest.length() - 1)) >= 0) {
            rest = QUALIFIER_TAIL.matcher(rest).replaceFirst("");
        }
        return rest.codePoints().allMatch(Character::isIdeographic) ? rest : "";
    }
}
