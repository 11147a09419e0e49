package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A count of storeys or layers (倒塌的5层居民楼, 24层层压机): a number of the thing that has them, not a deed. */
final class Storeys {
    private static final String STOREY_UNIT = "层";
    private static final String STOREY_COUNT = "层数";
    /** Things that have storeys or layers: a building or a structure (居民楼, 写字楼, 厂房, 层压机), its head word ending it. */
    private static final Pattern STOREYED = Pattern.compile("\\p{IsHan}{0,4}[楼房屋厦塔馆舍机]");
    /** 4层楼高: a height told in storeys, of the thing after it. */
    private static final String BUILDING_HEIGHT = "楼高";

    private Storeys() {
    }

    /**
     * A count of storeys or layers written before the thing that has them (倒塌的5层居民楼, 24层层压机) is that thing's
     * number of storeys (居民楼层数), not what happened to it; "" otherwise, and for a height told in storeys
     * (4层楼高的民居).
     */
    static String storeyedThing(QuantityScope scope) {
        if (!scope.quantity.unit().equals(STOREY_UNIT) || scope.quantity.change() != null) {
            return "";
        }
        if (scope.text.startsWith(BUILDING_HEIGHT, scope.quantity.end())) {
            return "";
        }
        Matcher m = STOREYED.matcher(DescribedThings.thingAfter(scope));
        return m.lookingAt() ? m.group() + STOREY_COUNT : "";
    }
}
