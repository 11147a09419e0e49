package dev.zhibiao.engine.region;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.HanCharacters;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Places abroad the tables lack, written as a transliteration with no level word: right after the country, division
 * or city they lie in, or after a direction part of it or 该国 (加沙地带南部汗尤尼斯实施空袭, 佛罗里达州迈阿密举行,
 * 叙利亚德拉的两个, 得克萨斯州北部的佩里顿受灾, 该国塔斯马尼亚的); and towns, villages and cities with a level word standing
 * alone in a paragraph that names a place abroad before them (附近格林达维克镇的). A transliteration is told by its
 * characters — each one that the Chinese names of foreign cities, countries or languages in ICU's data hold, not one
 * that is a word of its own (的, 国, 部, 大) — and by ICU's Chinese dictionary: the name ends where a word of other
 * characters begins, and begins with no word of two characters (森林, 方面).
 */
final class ForeignBareNames {
    /** Characters of those names that are words or parts of common words of their own (的, 国, 州, 南部, 大, 本土). */
    private static final String NOT_TRANSLITERATION =
        "的和及与以所上下中外部地国区市州城县镇村岛群港湾属领共合联政行时首东西南北山海大小古高白世界不可发来今长立度日语文族人本";
    private static final BitSet TRANSLITERATION = transliterationCharacters();
    /** A direction part between the place and the name (加沙地带南部汗尤尼斯, 得克萨斯州北部的佩里顿). */
    private static final Pattern PART = Pattern.compile("(?:东北|东南|西北|西南|[东西南北中])部的?");
    private static final String THAT_COUNTRY = "该国";
    /** Back references to a state or province abroad named before in the paragraph (亚拉巴马州… 该州戴德维尔). */
    private static final List<String> THAT_DIVISION = List.of("该州", "该省");
    /**
     * Titles of a seat written before its name (也门首都萨那, 该州首府朱诺): the seat is a city of the country, or of the
     * state, named before it in the paragraph, even where the time-zone data lacks it.
     */
    private static final String CAPITAL = "首都";
    private static final List<String> SEAT_TITLES = List.of(CAPITAL, "首府");
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 6;
    private static final int DICTIONARY_WORD = 2;
    private static final int WINDOW = MAX_NAME + 6;
    /** Level words and kinds: a name before them is another rule's (哈塔伊省, 格林达维克镇, 埃特纳火山). */
    private static final String LEVEL_AFTER = "省州邦县市城镇村区郡岛港湾湖河山";
    /** One-character words a place is followed by (德拉的两个, 在汗尤尼斯对); any other may go on with the name. */
    private static final String ONE_CHARACTER_FOLLOWERS = "的在对被将已也是";
    /**
     * What follows a person's or body's name or a list, not a place's (特朗普政府, 伊斯兰抵抗运动, 杜伊斯堡、波兰罗兹,
     * 卡迈勒·阿德万医院).
     */
    private static final Pattern NOT_PLACE_AFTER = Pattern.compile("[、和与及等·•]|政府|当局|总统|总理|首相|外长|部长|议员"
        + "|说|表示|称|认为|指出|强调|宣布|企业|基金|抵抗|革命|圣战|航空|研究|武装|派|军|队|人|语|族|式|籍|裔|教");
    /** Words ending an organization's name (沃帕斯航空公司, 伊弗经济研究所, 伊斯兰革命卫队). */
    private static final List<String> ORGANIZATION_SUFFIXES = List.of("公司", "集团", "研究所", "研究院", "银行", "医院", "大学",
        "学院", "协会", "组织", "委员会", "电视台", "通讯社", "卫队", "运动", "党");
    private static final int MAX_ORGANIZATION_NAME = 8;
    /** Prepositions and verbs of place before a country (在荷兰多德雷赫特, 前往德国杜伊斯堡). */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?:[在于从到至赴往抵对]|位于|前往|抵达|来自|飞往)$");
    private static final int LOCATIVE_LENGTH = 2;
    private static final String COUNTS = "一二两三四五六七八九十几数多";
    /** Level words of settlements written alone (格林达维克镇), not where a word begins with them (市场, 市民, 镇长). */
    private static final String SETTLEMENT_LEVELS = "镇村市";
    private static final String WORDS_AFTER_LEVEL = "场民长区委政级内中";

    /** Words saying where something happens before a name standing alone (在巴赫穆特的, 位于顿涅茨克地区的). */
    private static final List<String> SCENE_WORDS = List.of("在", "位于");
    /** A region abroad written with 地区 after its name (卢甘斯克地区), which the name keeps. */
    private static final String AREA = "地区";
    private static final char OF = '的';
    /** A front named by the place it faces (乌军在波克罗夫斯克方向击退俄军28次进攻): the fighting is at that place. */
    private static final String FRONT = "方向";
    /** A name standing alone after 在 is sure only this long: two characters are too often a word (在比赛的). */
    private static final int MIN_SCENE_NAME = 3;
    /** A firm's or an event's parts after the name (在阿斯利康的实验室, 在伯克希尔的股东大会上): the name is no place. */
    private static final Pattern NOT_SCENE_AFTER = Pattern.compile(
        "股东大会|实验室|总部|工厂|门店|谈判|会议|会谈|论坛|峰会|公司|集团|大会|演讲|讲话|产品|股价|股份|业务");

    /** The waters of a sea as news names them (黑海海域, 波罗的海水域): the sea's name, 海, then one of these. */
    private static final List<String> SEA_WATERS = List.of("海域", "水域");
    private static final char SEA = '海';
    /**
     * Characters of a sea's name before its 海 (黑海, 波罗的海, 巴伦支海): any one right before it (a colour: 黑, 红; 的 of
     * 波罗的), then those of a transliteration.
     */
    private static final int MAX_SEA_NAME = 4;
    /**
     * Words ending in 海 that name waters by their kind or distance, no sea (沿海, 近海, 公海, 领海, 深海, 大海), and
     * China's own seas (南海, 东海, 黄海, 渤海), which are no locality of a country abroad.
     */
    private static final String NOT_SEA_NAMES = "沿近远公领深浅外内大南东黄渤";

    private ForeignBareNames() {
    }

    private static BitSet transliterationCharacters() {
        List<String> names = new ArrayList<>(ForeignCountries.byName().keySet());
        TimeZoneNames zones = TimeZoneNames.getInstance(ULocale.SIMPLIFIED_CHINESE);
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String name = zones.getExemplarLocationName(zone);
            if (name != null) {
                names.add(name);
            }
        }
        LocaleDisplayNames display = LocaleDisplayNames.getInstance(ULocale.SIMPLIFIED_CHINESE);
        for (String language : ULocale.getISOLanguages()) {
            names.add(display.languageDisplayName(language));
        }
        BitSet out = new BitSet();
        for (String name : names) {
            name.chars().filter(c -> HanCharacters.isHan(c) && NOT_TRANSLITERATION.indexOf(c) < 0).forEach(out::set);
        }
        return out;
    }

    /** The places named so, each a locality of the place it lies in, its mention taking in that place's name. */
    static List<PlaceMention> find(String text, List<PlaceMention> mentions, List<PlaceMention> found) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention anchor : mentions) {
            Region r = anchor.region();
            if (r.foreign() && r.level() != RegionLevel.LOCALITY && !BackReferences.isReference(anchor)) {
                afterPlace(text, anchor.start(), anchor.end(), r, false, mentions, found, out);
            }
        }
        for (int at = text.indexOf(THAT_COUNTRY); at >= 0; at = text.indexOf(THAT_COUNTRY, at + 1)) {
            PlaceMention country = foreignBefore(text, at, mentions);
            if (country != null && country.region().level() == RegionLevel.COUNTRY) {
                afterPlace(text, at, at + THAT_COUNTRY.length(), country.region(), false, mentions, found, out);
            }
        }
        for (String that : THAT_DIVISION) {
            for (int at = text.indexOf(that); at >= 0; at = text.indexOf(that, at + 1)) {
                PlaceMention division = foreignBefore(text, at, mentions);
                if (division != null && division.region().level() == RegionLevel.PROVINCE) {
                    afterPlace(text, at, at + that.length(), division.region(), false, mentions, found, out);
                }
            }
        }
        for (String title : SEAT_TITLES) {
            for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
                PlaceMention before = foreignBefore(text, at, mentions);
                Region seatOf = before == null ? null : title.equals(CAPITAL) ? countryOf(before.region())
                    : before.region().level() == RegionLevel.PROVINCE ? before.region() : null;
                if (seatOf != null) {
                    int start = before.end() == at ? before.start() : at;
                    afterPlace(text, start, at + title.length(), seatOf, true, mentions, found, out);
                }
            }
        }
        out.addAll(settlementsAlone(text, mentions, found, out));
        out.addAll(scenes(text, mentions, found, out));
        out.addAll(seaWaters(text, mentions, found, out));
        return out;
    }

    /**
     * A name right after the place at [start, placeEnd), or after a direction part of it; after a country itself only
     * where it is a place's, not a person's (叙利亚德拉的, 在荷兰多德雷赫特 but not 德国默克尔执政), unless a seat's title
     * already says it is a place ({@code seat}: 也门首都萨那发生).
     */
    private static void afterPlace(String text, int start, int placeEnd, Region place, boolean seat,
                                   List<PlaceMention> mentions, List<PlaceMention> found, List<PlaceMention> out) {
        int nameStart = placeEnd;
        Matcher part = PART.matcher(text).region(nameStart, text.length());
        if (part.lookingAt()) {
            nameStart = part.end();
        }
        if (nameStart + MIN_NAME > text.length() || !TRANSLITERATION.get(text.charAt(nameStart))) {
            return; // what follows most places: no transliteration, no need to segment the words
        }
        int end = nameEnd(text, nameStart);
        boolean spatial = seat || nameStart > placeEnd || place.level() != RegionLevel.COUNTRY
            || onlyPlaceFollows(text, end) || locativeBefore(text, start);
        if (end - nameStart >= MIN_NAME && spatial && placeFollows(text, end) && free(placeEnd, end, mentions, found, out)) {
            out.add(new PlaceMention(start, end, text.substring(start, end),
                Localities.locality(place, text.substring(nameStart, end))));
        }
    }

    /**
     * Where a transliterated name starting at {@code start} ends: after the dictionary's words (or single characters)
     * that hold transliteration characters only; {@code start} when it begins with a word of two characters, holds
     * none or runs on too long.
     */
    private static int nameEnd(String text, int start) {
        String window = text.substring(start, Math.min(text.length(), start + WINDOW));
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        breaks.setText(window);
        int end = 0;
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
            if (end == 0 && b == DICTIONARY_WORD) {
                return start; // 加拿大森林大火, 乌克兰方面称: a word, not a name
            }
            if (!isTransliteration(window, end, b)) {
                break;
            }
            end = b;
            if (end > MAX_NAME) {
                return start;
            }
        }
        return start + end;
    }

    /** Whether every character of the words is a transliteration's (莫罗佐夫斯克, 卡迈勒): a name abroad, not Chinese words. */
    static boolean isTransliteration(String words) {
        return !words.isEmpty() && isTransliteration(words, 0, words.length());
    }

    /** Whether every character of text[start, end) is a transliteration's. */
    static boolean isTransliteration(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!TRANSLITERATION.get(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether what follows ends the name as a place's: a mark or number, 的, 在, 对, or a word of the dictionary (实施,
     * 举行, 受灾, 落幕); not a level word or kind (another rule's), a list, a person's or body's word (政府, 表示).
     */
    private static boolean placeFollows(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        if (LEVEL_AFTER.indexOf(text.charAt(end)) >= 0 || Localities.kindAt(text, end)
                || NOT_PLACE_AFTER.matcher(text).region(end, text.length()).lookingAt() || beginsOrganization(text, end)) {
            return false;
        }
        if (!HanCharacters.isHan(text.charAt(end)) || ONE_CHARACTER_FOLLOWERS.indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        breaks.setText(text.substring(end, Math.min(text.length(), end + WINDOW)));
        return breaks.next() > 1;
    }

    /**
     * Whether what follows is what follows a place, not a person: a count, or 的 and a count (德拉的两个, 汗尤尼斯一所); a
     * person's name takes 的 and a noun too (特朗普的关税政策).
     */
    private static boolean onlyPlaceFollows(String text, int end) {
        int at = end < text.length() && text.charAt(end) == '的' ? end + 1 : end;
        return at < text.length() && (COUNTS.indexOf(text.charAt(at)) >= 0 || Character.isDigit(text.charAt(at)));
    }

    private static boolean locativeBefore(String text, int at) {
        return LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, at - LOCATIVE_LENGTH), at)).find();
    }

    /** Whether the name begins an organization's: one of its words follows before any break. */
    private static boolean beginsOrganization(String text, int end) {
        return OrganizationNames.suffixAt(text, end, MAX_ORGANIZATION_NAME, ORGANIZATION_SUFFIXES) >= 0;
    }

    /**
     * Towns, villages and cities abroad written alone (附近格林达维克镇的一个采石场): a transliteration before the level word,
     * no dictionary word, starting a word, in a paragraph naming a place abroad before it, whose locality it is.
     */
    private static List<PlaceMention> settlementsAlone(String text, List<PlaceMention> mentions, List<PlaceMention> found,
                                                       List<PlaceMention> named) {
        List<PlaceMention> out = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            if (SETTLEMENT_LEVELS.indexOf(text.charAt(at)) < 0
                    || at + 1 < text.length() && WORDS_AFTER_LEVEL.indexOf(text.charAt(at + 1)) >= 0) {
                continue;
            }
            int levelEnd = at + 1;
            int start = at;
            while (start > 0 && at - start < MAX_NAME && TRANSLITERATION.get(text.charAt(start - 1))) {
                start--;
            }
            if (at - start < MIN_NAME || at - start == MAX_NAME || DictionaryWords.isWord(text.substring(start, at))
                    || !free(start, levelEnd, mentions, found, named, out)
                    || !startsWord(text, start)) {
                continue;
            }
            PlaceMention place = foreignBefore(text, start, mentions);
            if (place != null) {
                out.add(countrysLocality(text, start, levelEnd, place));
            }
        }
        return out;
    }

    /**
     * Places abroad written alone after 在 or 位于 as the scene of what the sentence reports (乌军在巴赫穆特的两个方向取得进展,
     * 挫败乌军侦察小组在卢甘斯克地区的行动, 乌军在波克罗夫斯克方向击退): a transliteration of three characters or more, with
     * 地区 or not, then 的 or 方向 (a front, not a list of fronts: 在红利曼、赫尔松等方向), in a
     * paragraph naming a place abroad before it, whose country's locality it is. The name is told from Chinese words
     * by its characters and by ICU's dictionary, which cuts no transliteration into words of two characters alone
     * (巴赫/穆/特, but 科技/创新).
     */
    private static List<PlaceMention> scenes(String text, List<PlaceMention> mentions, List<PlaceMention> found,
                                             List<PlaceMention> named) {
        List<PlaceMention> out = new ArrayList<>();
        for (String scene : SCENE_WORDS) {
            for (int at = text.indexOf(scene); at >= 0; at = text.indexOf(scene, at + 1)) {
                int start = at + scene.length();
                int end = start;
                while (end < text.length() && end - start < MAX_NAME && TRANSLITERATION.get(text.charAt(end))) {
                    end++;
                }
                int nameEnd = text.startsWith(AREA, end) ? end + AREA.length() : end;
                boolean front = text.startsWith(FRONT, nameEnd);
                if (end - start < MIN_SCENE_NAME || nameEnd >= text.length() || text.charAt(nameEnd) != OF && !front
                        || !front && NOT_SCENE_AFTER.matcher(text).region(nameEnd + 1, text.length()).lookingAt()
                        || wordsOnly(text.substring(start, end))
                        || !free(start, nameEnd, mentions, found, named, out)) {
                    continue;
                }
                PlaceMention place = foreignAround(text, start, mentions);
                if (place != null) {
                    out.add(countrysLocality(text, start, nameEnd, place));
                }
            }
        }
        return out;
    }

    /**
     * The waters of a sea named in a paragraph on a place abroad (在黑海海域发现了两艘乌克兰无人艇): a locality of the
     * country named around it, named as written; not waters named by kind or distance (近海海域, 沿海水域).
     */
    private static List<PlaceMention> seaWaters(String text, List<PlaceMention> mentions, List<PlaceMention> found,
                                                List<PlaceMention> named) {
        List<PlaceMention> out = new ArrayList<>();
        for (String waters : SEA_WATERS) {
            for (int at = text.indexOf(waters); at >= 0; at = text.indexOf(waters, at + 1)) {
                int sea = at - 1;
                if (sea < 1 || text.charAt(sea) != SEA) {
                    continue;
                }
                int start = sea;
                while (start > 0 && sea - start < MAX_SEA_NAME && HanCharacters.isHan(text.charAt(start - 1))
                        && (TRANSLITERATION.get(text.charAt(start - 1)) || sea - start == 0)) {
                    start--;
                }
                int end = at + waters.length();
                if (start == sea || sea - start == 1 && NOT_SEA_NAMES.indexOf(text.charAt(start)) >= 0
                        || !free(start, end, mentions, found, named, out)) {
                    continue;
                }
                PlaceMention place = foreignAround(text, start, mentions);
                if (place != null) {
                    out.add(countrysLocality(text, start, end, place));
                }
            }
        }
        return out;
    }

    /**
     * The name text[start, end) as a locality of the country of a place named near it: the country's, not that place's,
     * which may be a reference point (距离圣保罗市约80公里的维涅杜市).
     */
    private static PlaceMention countrysLocality(String text, int start, int end, PlaceMention place) {
        Region country = countryOf(place.region());
        String name = text.substring(start, end);
        return new PlaceMention(start, end, name, Localities.locality(country, name));
    }

    /** Whether the place is written as a front (波克罗夫斯克方向): a direction fighting faces, not a story's scene. */
    static boolean namesFront(String text, PlaceMention place) {
        return text.startsWith(FRONT, place.end());
    }

    /** The country a place abroad lies in (itself for a country). */
    private static Region countryOf(Region place) {
        return ForeignCountries.byName().getOrDefault(place.path().get(0), place);
    }

    /** Whether ICU's dictionary reads the characters as words of two characters or more only (科技创新). */
    private static boolean wordsOnly(String name) {
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        breaks.setText(name);
        int last = 0;
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
            if (b - last < DICTIONARY_WORD) {
                return false;
            }
            last = b;
        }
        return true;
    }

    /** Whether a dictionary word ends right before the offset (附近|格林达维克): the name is not the end of a word. */
    private static boolean startsWord(String text, int start) {
        if (start == 0 || !HanCharacters.isHan(text.charAt(start - 1))) {
            return true;
        }
        int from = Math.max(0, start - 4);
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        breaks.setText(text.substring(from, Math.min(text.length(), start + MAX_NAME)));
        return breaks.isBoundary(start - from);
    }

    /** The latest foreign place, not a locality, named before the offset in its paragraph, or null. */
    private static PlaceMention foreignBefore(String text, int offset, List<PlaceMention> mentions) {
        int paragraphStart = text.lastIndexOf('\n', offset - 1) + 1;
        PlaceMention out = null;
        for (PlaceMention p : mentions) {
            if (p.end() <= offset && p.start() >= paragraphStart && p.region().foreign()
                    && p.region().level() != RegionLevel.LOCALITY) {
                out = p;
            }
        }
        return out;
    }

    /**
     * The latest foreign place, not a locality, named before the offset in its paragraph, else the first named after it
     * there (乌方称，乌军在巴赫穆特的… 乌克兰西部), or null.
     */
    private static PlaceMention foreignAround(String text, int offset, List<PlaceMention> mentions) {
        PlaceMention before = foreignBefore(text, offset, mentions);
        if (before != null) {
            return before;
        }
        int paragraphEnd = text.indexOf('\n', offset);
        int end = paragraphEnd < 0 ? text.length() : paragraphEnd;
        return mentions.stream().filter(p -> p.start() >= offset && p.end() <= end && p.region().foreign()
            && p.region().level() != RegionLevel.LOCALITY).findFirst().orElse(null);
    }

    /** Whether no mention of the lists overlaps [start, end). */
    @SafeVarargs
    private static boolean free(int start, int end, List<PlaceMention>... lists) {
        return Stream.of(lists).flatMap(List::stream).noneMatch(p -> p.start() < end && start < p.end());
    }
}
