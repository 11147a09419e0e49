package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Places abroad the tables lack, written with a level word right after the division or country they lie in
 * (佛罗里达州坦帕地区, 冰岛格林达维克镇): localities of it, as a Chinese village is of its township.
 */
final class ForeignSubPlaces {
    /** Level words of a place abroad below its division (坦帕地区, 印第安纳波利斯市, 格林达维克镇). */
    private static final List<String> FOREIGN_LEVEL_WORDS = List.of("地区", "市", "镇", "县", "城", "村");
    /** Words that begin no place's name after a country or division (美国各地区, 美国东北部地区, 美国本土城市). */
    private static final String NOT_FOREIGN_NAME_STARTS = "各全多部东西南北中该本其这那首大小高低";
    private static final int MAX_FOREIGN_NAME = 7;
    /**
     * Words beginning with 市 that name a market, not a city's part (美联储公开市场委员会, 纳斯达克市场): unlike 市政府, 市长,
     * 市民 of a city (汉堡市政府), they end no city's name.
     */
    private static final Set<String> MARKET_WORDS = Set.of("市场", "市值");

    private ForeignSubPlaces() {
    }

    /** The places abroad the text names so (南呼罗珊省塔巴斯地区), where no mention or locality found is. */
    static List<PlaceMention> find(String text, List<PlaceMention> mentions, List<PlaceMention> found) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention anchor : mentions) {
            if (!anchor.region().foreign() || anchor.region().level() == RegionLevel.LOCALITY
                    || anchor.end() >= text.length() || NOT_FOREIGN_NAME_STARTS.indexOf(text.charAt(anchor.end())) >= 0) {
                continue;
            }
            int end = anchor.end();
            while (end < text.length() && end - anchor.end() < MAX_FOREIGN_NAME
                    && ProperNames.isNameCharacter(text.charAt(end))) {
                end++;
                int nameEnd = end;
                String kind = FOREIGN_LEVEL_WORDS.stream().filter(w -> text.startsWith(w, nameEnd)).findFirst().orElse(null);
                if (kind != null && nameEnd - anchor.end() >= ProperNames.MIN_NAME) {
                    int start = anchor.end();
                    int kindEnd = nameEnd + kind.length();
                    String around = text.substring(nameEnd - 1, Math.min(text.length(), kindEnd + 1));
                    boolean word = ProperNames.WORDS_ENDING_IN_A_LEVEL.stream().anyMatch(around::contains)
                        || MARKET_WORDS.stream().anyMatch(w -> text.startsWith(w, nameEnd));
                    boolean free = !word && Stream.concat(mentions.stream(), found.stream())
                        .noneMatch(p -> p.start() < kindEnd && start < p.end());
                    if (!free) {
                        break; // a word ending or beginning with the level word (城市, 公开市场), or a place found already
                    }
                    String proper = text.substring(start, nameEnd);
                    // a name abroad is a transliteration (英格兰地区), or else begins with no word of the dictionary (受灾地区,
                    // 一线城市, 以外地区); names listed before one level word (英格兰和威尔士地区) are one region, when each is a
                    // transliteration
                    boolean listed = proper.chars().anyMatch(c -> PlaceContext.LIST_JOINERS.indexOf(c) >= 0);
                    boolean listOfTransliterations = listed && listedTransliterations(proper);
                    boolean singleName = !listed && ProperNames.isProper(proper)
                        && (ForeignBareNames.isTransliteration(proper)
                            || !DictionaryWords.isWord(proper) && !DictionaryWords.isWord(proper.substring(0, 2)));
                    if (listOfTransliterations || singleName) {
                        out.add(new PlaceMention(anchor.start(), kindEnd, text.substring(anchor.start(), kindEnd),
                            Localities.locality(anchor.region(), text.substring(start, kindEnd))));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the words are transliterated names (英格兰) of {@link ProperNames#MIN_NAME} characters or more, or a list
     * of them joined by 和, 及, 与 or 、 (英格兰和威尔士).
     */
    private static boolean listedTransliterations(String words) {
        int from = 0;
        for (int k = 0; k <= words.length(); k++) {
            if (k == words.length() || PlaceContext.LIST_JOINERS.indexOf(words.charAt(k)) >= 0) {
                if (k - from < ProperNames.MIN_NAME || !ForeignBareNames.isTransliteration(words, from, k)) {
                    return false;
                }
                from = k + 1;
            }
        }
        return true;
    }
}
