package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.ArabicDigits;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places opening a label as a group (粤港澳大湾区内地9市, 东北中南部、华北、江南多地): they say who or where, the region,
 * not what is measured.
 */
final class PlaceGroups {
    /** The words naming a counted group of places before its count (粤港澳大湾区内地) are this long at most. */
    private static final int MAX_GROUP_NAME = 12;
    /**
     * A group of places counted in figures (粤港澳大湾区内地9市, 西部陆海新通道沿线13+2省) opening a label is who did it, the
     * region, not what is measured: the words after it (进出口, 经通道进出口) are.
     */
    private static final Pattern PLACE_GROUP = Pattern.compile(
        "^[\\p{IsHan}“”]{0," + MAX_GROUP_NAME + "}?[0-9０-９]+(?:\\+[0-9０-９]+)?个?(?:省区市|省市|省份|省|市|县|地市|城市|国)"
            // not the start of a word (市场份额, 国产品牌)
            + "(?![场民值产品内外际家])(?=\\p{IsHan}{2})");
    /**
     * Places listed and closed by 多地 or 等地 (东北中南部、华北、江南多地最高气温升幅, 多地恶劣天气死亡) open a label with where, not
     * what: the words after them are the measure. The list is a few places long at most, and a list (居民更多地选择 is no
     * place); 地 opening a word (等地区, 许多地方, 多地震) is no such close.
     */
    private static final List<String> LISTED_PLACES_CLOSES = List.of("多地", "等地");
    private static final Pattern LISTED_PLACES = Pattern.compile(
        "^(?:(?:[\\p{IsHan}]{2,6}、){1,5}[\\p{IsHan}]{0,6}?)?(?:多地|等地)(?![区方域点带震块])(?=\\p{IsHan}{2})");

    private PlaceGroups() {
    }

    /** The label without a counted group of places opening it (see {@link #PLACE_GROUP}). */
    static String without(String label) {
        Matcher m = ArabicDigits.anyIn(label) ? PLACE_GROUP.matcher(label) : null; // a group is counted with digits
        if (m != null && m.lookingAt()) {
            return label.substring(m.end());
        }
        if (LISTED_PLACES_CLOSES.stream().noneMatch(label::contains)) {
            return label;
        }
        Matcher places = LISTED_PLACES.matcher(label);
        return places.lookingAt() ? label.substring(places.end()) : label;
    }
}
