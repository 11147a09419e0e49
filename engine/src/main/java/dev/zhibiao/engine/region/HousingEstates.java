package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Housing estates (大埔宏福苑, 阳光花园小区): which words before an estate's kind word are its name, not an everyday word, a
 * policy's or another kind's place, and which names are distinctive enough to mean the estate when written again alone.
 */
final class HousingEstates {
    /** Kinds of housing estates, named only after their district or town ({@link #isEstateName}). */
    static final Set<String> ESTATE_KINDS = Set.of("苑", "小区", "花园");
    /**
     * Words of the policies estates are sorted by, not of their names (无疫小区, 封控小区, 涉疫小区, 公租房小区, 保障房小区,
     * 安置小区): epidemic control, rented and assigned housing. ICU knows few of them as words.
     */
    private static final Pattern ESTATE_POLICY_WORDS = Pattern.compile("[疫控租房]|安置|保障|回迁|棚改|经适");

    private HousingEstates() {
    }

    /**
     * Whether the words before an estate's kind word are its name (宏福 of 大埔宏福苑, 阳光花园 of 阳光花园小区): not an
     * everyday word (老旧小区, 居民小区, 城市花园) nor a policy's (无疫小区, 封控小区, 公租房小区), and no other kind's place
     * (中山公园花园).
     */
    static boolean isEstateName(String proper) {
        return proper.length() >= ProperNames.MIN_NAME && estateStem(proper) != null
            && !ESTATE_POLICY_WORDS.matcher(proper).find() && !DictionaryWords.isWord(proper);
    }

    /**
     * Whether an estate's name is remembered for its later mentions alone (大埔宏福苑, then “大埔宏福苑援助基金”): only a
     * name holding no common word (宏福, not 阳光), whose words are no category of estates written again elsewhere.
     */
    static boolean isDistinctiveEstateName(String proper, PlaceLexicon lexicon) {
        String stem = estateStem(proper);
        return stem != null && !ProperNames.holdsCommonWord(stem, lexicon);
    }

    /**
     * The words before an estate's kind words (阳光 of 阳光花园 before 小区), or null when they end in another kind's
     * word (中山公园 before 花园: the park's garden).
     */
    private static String estateStem(String proper) {
        Matcher kindAtEnd = LocalityKindWords.KIND_AT_END.matcher(proper);
        if (!kindAtEnd.find()) {
            return proper;
        }
        return ESTATE_KINDS.contains(kindAtEnd.group()) ? estateStem(proper.substring(0, kindAtEnd.start())) : null;
    }
}
