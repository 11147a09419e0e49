package dev.zhibiao.engine.quantity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A wind's force: a step of the Beaufort scale measured in 级, as a quake's magnitude is (风力6到8级, 阵风9—11级, 北风4—5级,
 * 8级大风). The number layer reads it as an amount; the label layer names it by its wind, not as a magnitude.
 */
public final class WindForce {
    /**
     * A wind named before its level, with only words of reaching or changing between (风力可达, 风力减弱到, 风力等级为): a
     * brand, a plant or a warning that begins with a wind's name (东风汽车获评3级, 风力发电通过三级验收, 阵风预警升为二级)
     * is no wind. A range's upper end is read after its lower end.
     */
    private static final Pattern BEFORE = Pattern.compile(
        "(?:风力|阵风|[东南西北]风)(?:可|将|会|仍|也|约|有|在|最大|最高|一般|普遍|逐渐|等级|达到|达|为|到|至|减弱|增强|增大|减小)*"
            + "(?:[0-9.零一二三四五六七八九十]+[至到~～\\-－–—])?$");
    private static final int REACH = 12;
    /** Winds named right after their level (8级大风, 10级阵风). */
    private static final List<String> AFTER = List.of("大风", "阵风");

    private WindForce() {
    }

    /** Whether the level of 级 whose number starts at {@code start} and whose unit ends at {@code afterUnit} is a wind's. */
    public static boolean at(CharSequence t, int start, int afterUnit) {
        return AFTER.stream().anyMatch(w -> NumeralScanner.regionMatches(t, afterUnit, w))
            || BEFORE.matcher(t.subSequence(Math.max(0, start - REACH), start)).find();
    }
}
