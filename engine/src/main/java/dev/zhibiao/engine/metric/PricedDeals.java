package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A price a deal was made at, written as the means of the deal (以0美元价格行权, 以980.43美元的价格卖出了2652股, 以每股10元的
 * 价格回购): the price of that deal (行权价格, 卖出价格); the one who made it, before 以, does not name the price.
 */
final class PricedDeals {
    /** 以 before the amount, maybe with what it is a price per (以每股10元). */
    private static final Pattern MEANS = Pattern.compile("以(?:每\\p{IsHan})?$");
    /** The words before the amount looked at for 以每股. */
    private static final int MAX_MEANS = 3;
    /** The price word after the amount, then the verb of the deal; not a price's cap (价格上限) nor its edge (价格优势). */
    private static final Pattern PRICE_THEN_DEAL = Pattern.compile(
        "^的?(价格|均价|单价)(行权|卖出|买入|回购|收购|出售|减持|增持|转让|成交|认购|授予|发行|购买|出让|竞得|拍得)");

    private PricedDeals() {
    }

    /** The deal's price ({@code 行权价格}) when the amount is the means of a deal, else {@code label} as it is. */
    static String named(QuantityScope scope, String label) {
        String before = scope.text.substring(Math.max(scope.clause.start(), scope.chainStart - MAX_MEANS), scope.chainStart);
        if (scope.quantity.change() != null || !MEANS.matcher(before).find()) {
            return label;
        }
        Matcher m = PRICE_THEN_DEAL.matcher(scope.restOfClause());
        return m.find() ? m.group(2) + m.group(1) : label;
    }
}
