package dev.zhibiao.engine.metric;

import java.util.regex.Pattern;

/**
 * A farm named by its name and kind in a list (其中：凉水林场18351.99公顷): a part a whole's facts are listed by, which
 * names no thing of its own.
 */
final class ListedFarms {
    /** A farm named by a proper name and its kind (凉水林场, 兰山农场): a part the facts of a whole are listed by. */
    private static final Pattern NAMED_SITE = Pattern.compile("[\\p{IsHan}&&[^型级化]]{2,5}(?:林场|农场|茶场|渔场)");
    /** Kinds of farm, not a farm's name (国有林场, 家庭农场, 生态茶场). */
    private static final Pattern FARM_KINDS = Pattern.compile("国有|国营|集体|家庭|生态|休闲|高山|规模|新增|现代|观光|示范|龙头|专业");

    private ListedFarms() {
    }

    /** Whether the label is a farm by its name, listed after 其中 in its sentence (其中：凉水林场18351.99公顷). */
    static boolean isListedFarm(QuantityScope scope, String label) {
        return NAMED_SITE.matcher(label).matches() && !FARM_KINDS.matcher(label).find()
            && scope.text.substring(scope.sentence.start(), scope.quantity.start()).contains(MetricLabeler.LIST_OPENER);
    }
}
