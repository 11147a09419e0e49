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
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
    /**
     * A city's or town's title between the place (or its part) and the name, which says the name is a place (北部城市埃尔比勒,
     * 加利福尼亚州小镇帕拉代斯, 艾伯塔省的石油重镇麦克默里堡).
     */
    private static final Pattern CITY_TITLE =
        Pattern.compile("的?(?:港口|边境|沿海|海滨|工业|石油|旅游|矿业)?(?:城市|重镇|小镇|城镇|小城)");
    private static final String THAT_COUNTRY = "该国";
    /** Back references to a state or province abroad named before in the paragraph (亚拉巴马州… 该州戴德维尔). */
    private static final List<String> THAT_DIVISION = List.of("该州", "该省");
    /**
     * A capital's title written before its name: the capital is a city of the country the title is written right after
     * (也门首都萨那, 也门的首都萨那), even where the time-zone data lacks it; not of a country named earlier in the
     * paragraph (以色列军方说…空袭了胡塞武装控制的首都萨那), which may be the attacker's.
     */
    private static final String CAPITAL = "首都";
    /**
     * A state's seat's title (阿拉斯加州首府朱诺, 该州首府朱诺): the seat is a city of the state written right before it, or
     * of the one 该州 refers to, the paragraph's last division abroad.
     */
    private static final String STATE_SEAT = "首府";
    /** Takes every place: a search of the paragraph for the nearest place abroad of any country. */
    private static final Predicate<Region> ANY_PLACE = r -> true;
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 6;
    private static final int DICTIONARY_WORD = 2;
    private static final int WINDOW = MAX_NAME + 6;
    /** Level words and kinds: a name before them is another rule's (哈塔伊省, 格林达维克镇, 埃特纳火山). */
    private static final String LEVEL_AFTER = "省州邦县市城镇村区郡岛港湾湖河山";
    /** One-character words a place is followed by (德拉的两个, 在汗尤尼斯对, 埃尔比勒遭); any other may go on with the name. */
    private static final String ONE_CHARACTER_FOLLOWERS = "的在对被遭将已也是";
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
    /** What makes a region with 地区 the first of a list or a span (在哈尔科夫地区和顿涅茨克地区, 在X地区至Y地区). */
    private static final String LIST_AFTER_AREA = "、和与及或至到";
    /** Regions abroad of several countries, no one country's locality (在巴尔干地区, 在萨赫勒地区). */
    private static final Set<String> SEVERAL_COUNTRIES = Set.of("巴尔干", "高加索", "萨赫勒", "撒哈拉", "加勒比",
        "斯堪的纳维亚", "安第斯", "克什米尔");
    /** A front named by the place it faces (乌军在波克罗夫斯克方向击退俄军28次进攻): the fighting is at that place. */
    private static final String FRONT = "方向";
    /**
     * An army holding a front (乌军在波克罗夫斯克方向击退俄军28次进攻): the front lies in its own country, the one the
     * paragraph reports for. An army attacking at a front (俄军在波克罗夫斯克方向消灭乌军) fights on the other side's
     * ground, which the paragraph may not name: no front then, the paragraph's country stands.
     */
    private static final Pattern HOLDING_FRONT =
        Pattern.compile("(?:上|又|再次|多次|成功|共|先后)?(?:击退|打退|抵御|抵挡|挡住|挫败|守住|顶住|粉碎)");
    /** A name standing alone after 在 is sure only this long: two characters are too often a word (在比赛的). */
    private static final int MIN_SCENE_NAME = 3;
    /** A firm's or an event's parts after the name (在阿斯利康的实验室, 在伯克希尔的股东大会上): the name is no place. */
    private static final Pattern NOT_SCENE_AFTER = Pattern.compile(
        "股东大会|实验室|总部|工厂|门店|谈判|会议|会谈|论坛|峰会|公司|集团|大会|演讲|讲话|产品|股价|股份|业务");

    /** The waters of a sea as news names them (黑海海域, 波罗的海水域): the sea's name, 海, then one of these. */
    static final List<String> SEA_WATERS = List.of("海域", "水域");
    private static final char SEA = '海';
    /**
     * Seas abroad by name, each with the ISO codes of the countries on its coast, whose locality its waters can be (俄罗斯
     * … 黑海海域, not 美国称…红海海域: a speaker's country far from the sea). A closed list: 海 ends lakes (洱海), China's
     * seas (南海, 南中国海) and words for waters by kind or distance (近海, 公海) as well.
     */
    private static final Map<String, Set<String>> SEA_COASTS = Map.ofEntries(
        Map.entry("黑海", Set.of("RU", "UA", "TR", "GE", "RO", "BG")),
        Map.entry("亚速海", Set.of("RU", "UA")),
        Map.entry("红海", Set.of("EG", "SD", "ER", "DJ", "SA", "YE", "JO", "IL")),
        Map.entry("地中海", Set.of("ES", "FR", "MC", "IT", "MT", "SI", "HR", "BA", "ME", "AL", "GR", "TR", "CY", "SY", "LB",
            "IL", "PS", "EG", "LY", "TN", "DZ", "MA")),
        Map.entry("亚得里亚海", Set.of("IT", "SI", "HR", "BA", "ME", "AL")),
        Map.entry("爱奥尼亚海", Set.of("IT", "GR", "AL")),
        Map.entry("爱琴海", Set.of("GR", "TR")),
        Map.entry("马尔马拉海", Set.of("TR")),
        Map.entry("里海", Set.of("RU", "KZ", "TM", "IR", "AZ")),
        Map.entry("波罗的海", Set.of("SE", "FI", "RU", "EE", "LV", "LT", "PL", "DE", "DK")),
        Map.entry("北海", Set.of("GB", "NO", "DK", "DE", "NL", "BE", "FR")),
        Map.entry("挪威海", Set.of("NO", "IS")),
        Map.entry("巴伦支海", Set.of("RU", "NO")),
        Map.entry("白令海", Set.of("RU", "US")),
        Map.entry("鄂霍次克海", Set.of("RU", "JP")),
        Map.entry("阿拉伯海", Set.of("IN", "PK", "IR", "OM", "YE", "SO", "MV")),
        Map.entry("安达曼海", Set.of("MM", "TH", "IN", "ID", "MY")),
        Map.entry("苏禄海", Set.of("PH", "MY")),
        Map.entry("爪哇海", Set.of("ID")),
        Map.entry("珊瑚海", Set.of("AU", "PG", "SB", "VU")),
        Map.entry("塔斯曼海", Set.of("AU", "NZ")),
        Map.entry("爱尔兰海", Set.of("GB", "IE")),
        Map.entry("加勒比海", Set.of("CU", "JM", "HT", "DO", "PR", "VE", "CO", "PA", "CR", "NI", "HN", "GT", "BZ", "MX",
            "TT", "BB", "GD", "VC", "LC", "DM", "AG", "KN", "AW", "CW")));

    private ForeignBareNames() {
    }

    /** The names of the seas abroad the list knows (黑海, 地中海, 加勒比海). */
    static Set<String> seas() {
        return SEA_COASTS.keySet();
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
            if (isForeignPlace(r) && !BackReferences.isReference(anchor)) {
                afterPlace(text, anchor.start(), anchor.end(), r, mentions, found, out);
            }
        }
        for (int at = text.indexOf(THAT_COUNTRY); at >= 0; at = text.indexOf(THAT_COUNTRY, at + 1)) {
            PlaceMention country = foreignBefore(text, at, mentions);
            if (country != null && country.region().level() == RegionLevel.COUNTRY) {
                afterPlace(text, at, at + THAT_COUNTRY.length(), country.region(), mentions, found, out);
            }
        }
        for (String that : THAT_DIVISION) {
            for (int at = text.indexOf(that); at >= 0; at = text.indexOf(that, at + 1)) {
                PlaceMention division = foreignBefore(text, at, mentions);
                if (division != null && division.region().level() == RegionLevel.PROVINCE) {
                    afterPlace(text, at, at + that.length(), division.region(), mentions, found, out);
                }
            }
        }
        for (int at = text.indexOf(CAPITAL); at >= 0; at = text.indexOf(CAPITAL, at + 1)) {
            PlaceMention country = titledBy(text, at, mentions);
            if (country != null) {
                afterSeatTitle(text, seatStart(country, at), at + CAPITAL.length(), countryOf(country.region()),
                    mentions, found, out);
            }
        }
        for (int at = text.indexOf(STATE_SEAT); at >= 0; at = text.indexOf(STATE_SEAT, at + 1)) {
            PlaceMention state = titledBy(text, at, mentions);
            if (state == null && afterThatDivision(text, at)) {
                state = foreignBefore(text, at, mentions);
            }
            if (state != null && state.region().level() == RegionLevel.PROVINCE) {
                afterSeatTitle(text, seatStart(state, at), at + STATE_SEAT.length(), state.region(),
                    mentions, found, out);
            }
        }
        out.addAll(settlementsAlone(text, mentions, found, out));
        out.addAll(scenes(text, mentions, found, out));
        out.addAll(seaWaters(text, mentions, found, out));
        return out;
    }

    /**
     * The foreign place, not a locality, a title at the offset is written right after (也门首都, 阿拉斯加州首府), or after
     * with 的 between (也门的首都), or null.
     */
    private static PlaceMention titledBy(String text, int at, List<PlaceMention> mentions) {
        for (PlaceMention p : mentions) {
            if ((p.end() == at || p.end() == at - 1 && text.charAt(p.end()) == OF) && isForeignPlace(p.region())) {
                return p;
            }
        }
        return null;
    }

    /** Whether 该州 or 该省 ends at the offset (该州首府). */
    private static boolean afterThatDivision(String text, int at) {
        for (String that : THAT_DIVISION) {
            if (text.startsWith(that, at - that.length())) {
                return true;
            }
        }
        return false;
    }

    /** Where a seat's mention starts: at its place's name right before the title (也门首都萨那), else at the title. */
    private static int seatStart(PlaceMention place, int title) {
        return place.end() == title ? place.start() : title;
    }

    /**
     * A name right after a seat's title ending at {@code titleEnd} (也门首都萨那发生): the title says it is a place, though
     * it follows a country (compare {@link #afterPlace}).
     */
    private static void afterSeatTitle(String text, int start, int titleEnd, Region place, List<PlaceMention> mentions,
                                       List<PlaceMention> found, List<PlaceMention> out) {
        nameAfter(text, start, titleEnd, place, true, mentions, found, out);
    }

    /**
     * A name right after the place at [start, placeEnd), or after a direction part of it; after a country itself only
     * where it is a place's, not a person's (叙利亚德拉的, 在荷兰多德雷赫特 but not 德国默克尔执政).
     */
    private static void afterPlace(String text, int start, int placeEnd, Region place, List<PlaceMention> mentions,
                                   List<PlaceMention> found, List<PlaceMention> out) {
        nameAfter(text, start, placeEnd, place, false, mentions, found, out);
    }

    /** A name right after a place or a seat's title ({@code titled}) at [start, placeEnd): see the two callers. */
    private static void nameAfter(String text, int start, int placeEnd, Region place, boolean titled,
                                  List<PlaceMention> mentions, List<PlaceMention> found, List<PlaceMention> out) {
        int nameStart = placeEnd;
        Matcher part = PART.matcher(text).region(nameStart, text.length());
        if (part.lookingAt()) {
            nameStart = part.end();
        }
        Matcher cityTitle = CITY_TITLE.matcher(text).region(nameStart, text.length());
        boolean cityTitled = cityTitle.lookingAt();
        if (cityTitled) {
            nameStart = cityTitle.end();
        }
        if (nameStart + MIN_NAME > text.length() || !TRANSLITERATION.get(text.charAt(nameStart))) {
            return; // what follows most places: no transliteration, no need to segment the words
        }
        int end = nameEnd(text, nameStart);
        boolean spatial = titled || cityTitled || nameStart > placeEnd || place.level() != RegionLevel.COUNTRY
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

    /** Where the run of transliteration characters ending at {@code end} begins, at most {@code max} characters back. */
    static int transliterationStart(String text, int end, int max) {
        int start = end;
        while (start > 0 && end - start < max && TRANSLITERATION.get(text.charAt(start - 1))) {
            start--;
        }
        return start;
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
            int start = transliterationStart(text, at, MAX_NAME);
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
     * 地区 whatever follows (俄军在顿涅茨克地区再控制两个居民点), or then 的 or 方向 (a front an army holds, not a list of fronts: 在红利曼、赫尔松等方向), in a
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
                if (end - start < MIN_SCENE_NAME || nameEnd >= text.length()) {
                    continue;
                }
                // a front an army holds (方向击退…), or 的 with no word after it that makes the name no scene; a name
                // with 地区 is a region whatever other words follow (在顿涅茨克地区再控制两个居民点), but not the first
                // of a list (在哈尔科夫地区和顿涅茨克地区) nor a region of several countries (北约在巴尔干地区部署)
                boolean closesScene = text.startsWith(FRONT, nameEnd) ? holdsFront(text, nameEnd + FRONT.length())
                    : text.charAt(nameEnd) == OF ? !NOT_SCENE_AFTER.matcher(text).region(nameEnd + 1, text.length()).lookingAt()
                    : nameEnd > end && LIST_AFTER_AREA.indexOf(text.charAt(nameEnd)) < 0
                        && !SEVERAL_COUNTRIES.contains(text.substring(start, end));
                if (!closesScene || wordsOnly(text.substring(start, end)) || !free(start, nameEnd, mentions, found, named, out)) {
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

    /** Whether the words after a front say an army holds it (方向击退俄军28次进攻). */
    private static boolean holdsFront(String text, int at) {
        return HOLDING_FRONT.matcher(text).region(at, text.length()).lookingAt();
    }

    /**
     * The waters of a sea abroad named in a paragraph on a country on its coast (俄罗斯国防部称…在黑海海域发现了两艘乌克兰
     * 无人艇): a locality of that country, the nearest named before it or else the first after, named as written.
     */
    private static List<PlaceMention> seaWaters(String text, List<PlaceMention> mentions, List<PlaceMention> found,
                                                List<PlaceMention> named) {
        List<PlaceMention> out = new ArrayList<>();
        for (String waters : SEA_WATERS) {
            for (int at = text.indexOf(waters); at >= 0; at = text.indexOf(waters, at + 1)) {
                if (at < 1 || text.charAt(at - 1) != SEA) {
                    continue;
                }
                String sea = seaEndingAt(text, at);
                int start = at - sea.length();
                int end = at + waters.length();
                if (sea.isEmpty() || !free(start, end, mentions, found, named, out)) {
                    continue;
                }
                Set<String> coasts = SEA_COASTS.get(sea);
                PlaceMention place = foreignAround(text, start, mentions, p -> coasts.contains(p.code()));
                if (place != null) {
                    out.add(countrysLocality(text, start, end, place));
                }
            }
        }
        return out;
    }

    /** The longest sea of the list whose name ends at the offset, or "" (洱海, 南中国海: none). */
    private static String seaEndingAt(String text, int at) {
        String out = "";
        for (String sea : SEA_COASTS.keySet()) {
            if (sea.length() > out.length() && text.startsWith(sea, at - sea.length())) {
                out = sea;
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
        return ForeignCountries.countryOf(place).orElse(place);
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
        return foreignBefore(text, offset, mentions, ANY_PLACE);
    }

    /** The latest foreign place, not a locality, of those the test takes, named before the offset in its paragraph. */
    private static PlaceMention foreignBefore(String text, int offset, List<PlaceMention> mentions,
                                              Predicate<Region> which) {
        int paragraphStart = text.lastIndexOf('\n', offset - 1) + 1;
        PlaceMention out = null;
        for (PlaceMention p : mentions) {
            if (p.end() <= offset && p.start() >= paragraphStart && isForeignPlace(p.region())
                    && which.test(p.region())) {
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
        return foreignAround(text, offset, mentions, ANY_PLACE);
    }

    /** {@link #foreignAround(String, int, List)} among the places the test takes (a sea's coast). */
    private static PlaceMention foreignAround(String text, int offset, List<PlaceMention> mentions,
                                              Predicate<Region> which) {
        PlaceMention before = foreignBefore(text, offset, mentions, which);
        if (before != null) {
            return before;
        }
        int paragraphEnd = text.indexOf('\n', offset);
        int end = paragraphEnd < 0 ? text.length() : paragraphEnd;
        return mentions.stream().filter(p -> p.start() >= offset && p.end() <= end && isForeignPlace(p.region())
            && which.test(p.region())).findFirst().orElse(null);
    }

    /** Whether the place is abroad and no locality: a country, a division or a city, which a name can lie in. */
    private static boolean isForeignPlace(Region r) {
        return r.foreign() && r.level() != RegionLevel.LOCALITY;
    }

    /** Whether no mention of the lists overlaps [start, end). */
    @SafeVarargs
    private static boolean free(int start, int end, List<PlaceMention>... lists) {
        return Stream.of(lists).flatMap(List::stream).noneMatch(p -> p.start() < end && start < p.end());
    }
}
