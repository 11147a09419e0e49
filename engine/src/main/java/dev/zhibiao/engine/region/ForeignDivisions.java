package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.LeadingScan;
import dev.zhibiao.engine.text.Segmenter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Divisions of foreign countries, which the national table does not hold: a name ending in 省, 州, 邦, 县 or 市
 * (卡赫拉曼马拉什省, 顿涅茨克州, 马里恩县, 弗吉尼亚比奇市) written in a paragraph that names a foreign country before it. The division
 * belongs to that country; the name reaches back to the nearest word boundary (的, 在, 南部, a comma, the country's
 * name). A country's name that only begins such a name (马里兰州, 马里恩县 in a story on the US) or ends it after other
 * name characters (新墨西哥州, 不列颠哥伦比亚省 in a story on Canada) is not that country.
 */
final class ForeignDivisions {
    /**
     * Characters that make 市 a common noun (城市, 股市, 超市, 上市, 菜市, 牛市) or a back reference (全市, 该市, 本市, 我市):
     * no city's name ends there.
     */
    static final String COMMON_MARKET_WORDS = "[城股超上楼车夜集门都开收休闭退黑菜花债汇期牛熊全该本各我今]";
    /** Characters that make 市 begin a word (市场, 市民, 市值, 市长): it ends no city's name there. */
    static final String WORDS_AFTER_CITY_SUFFIX = "[场民值长委区政级内中]";
    // 省份 is the common noun, 联邦 a federation, 县城/县级/县域 are common nouns too; 州立 before an institution is
    // "state-run" (伍斯特州立大学 is a state university in 伍斯特, there is no 伍斯特州)
    private static final String SUFFIX_REGEX = "(?:省|州(?!立(?:大学|学院|医院|公园))|(?<!联)邦|县(?![城级域])"
        // cities (弗吉尼亚比奇市), not common nouns ending in 市 (城市, 股市, 超市, 上市) nor words beginning with it (市场)
        + "|(?<!" + COMMON_MARKET_WORDS + ")市(?!" + WORDS_AFTER_CITY_SUFFIX + ")"
        + ")(?!份)";
    private static final Pattern SUFFIX = Pattern.compile(SUFFIX_REGEX);
    /** Suffixes of divisions proper; 市 ends a city's name, which is a division here too. */
    static final String DIVISION_SUFFIX_CHARS = "省州邦县";
    private static final String SUFFIX_CHARS = DIVISION_SUFFIX_CHARS + "市";
    /** The suffixes scanned over a whole post, only where their characters stand. */
    private static final LeadingScan SUFFIXES_IN_POST = new LeadingScan(SUFFIX_CHARS, SUFFIX_REGEX);
    /** Characters a country's name may be followed by inside a longer division name (马里|兰州, 马里|恩县). */
    private static final int MAX_NAME_AFTER_COUNTRY = 3;
    /**
     * Characters a division name cannot start after: particles, prepositions, punctuation, 部 of 东南部, 区 of 中部地区,
     * 名 of 1名, 成 of 造成, 致 of 导致.
     */
    private static final String BOUNDARIES = "的在于和与及以据为将向对从到自部区名成致省州县往被、，,。：:；;（(“\"”)）\n 其该";
    /**
     * Characters that make a suffix right after a country's name a common word of that country (一位美国州长, 俄罗斯州级预算,
     * 印度邦政府, 美国州议会, 巴西州立大学), no division's name ending in the country's name.
     */
    private static final String WORDS_AFTER_COUNTRY_SUFFIX = "长级政议委立府";
    /** Japan's 省 are ministries (国土交通省); its divisions are 都道府县. */
    private static final String MINISTRY_COUNTRY = "JP";
    private static final int MIN_NAME = 2;
    /**
     * Suffixes of states and provinces, which a paragraph names without their country in a story its title places
     * abroad (美国路易斯维尔… then 亚拉巴马州执法部门); not 市, 县 or 邦, which end common words too (大市, 邻邦).
     */
    private static final String TITLE_ANCHORED_SUFFIXES = "州省";
    /** States commonly written with one character before 州 or 省 (加州 for 加利福尼亚州, 麻省 for 马萨诸塞州, 得州 for 得克萨斯州). */
    private static final Set<String> ABBREVIATED_STATES = Set.of("加州", "麻省", "宾州", "佛州", "得州");
    private static final int MAX_NAME = 8;
    /** The characters a transliterated name may hold before a domestic short form it ends with (佛罗里 of 佛罗里达州). */
    private static final int MAX_TRANSLITERATED_HEAD = 4;
    /** Verbs and prepositions, which no transliterated name holds: 访问广州 is a visit to 广州. */
    private static final String NOT_TRANSLITERATED = "访问察观览到达抵在去来往赴与和同及向对从进出经过游会见签是为了";
    /**
     * Transliteration characters right before a domestic short form that make it the end of a foreign name (诺夫哥罗 of
     * 下诺夫哥罗德州): fewer are as often a brand (肯德基杭州门店, 沃尔玛泉州门店).
     */
    private static final int MIN_TRANSLITERATED_RUN = 4;

    private ForeignDivisions() {
    }

    /** The mentions with the foreign divisions named in the text added, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> resolved, PlaceLexicon lexicon) {
        List<PlaceMention> mentions = withoutShortFormsEndingTransliterations(text,
            withoutShortFormsAfterCountries(withoutCountriesBeginningNames(text, resolved)));
        if (mentions.stream().noneMatch(p -> p.region().level() == RegionLevel.COUNTRY)) {
            return mentions; // a division is foreign only after its country: most posts name none
        }
        List<PlaceMention> out = new ArrayList<>(mentions);
        Matcher m = SUFFIXES_IN_POST.matcher(text);
        for (int from = 0; SUFFIXES_IN_POST.find(m, text, from); from = LeadingScan.after(m)) {
            int end = m.end();
            int start = nameStart(text, m.start(), mentions);
            if (m.start() - start < MIN_NAME && !ABBREVIATED_STATES.contains(text.substring(start, end))
                    || lexicon.longestNameEnd(text, start) >= end
                    || mentions.stream().anyMatch(p -> p.start() < end && start < p.end() && !endsNameInside(text, p, start, end))) {
                continue;
            }
            PlaceMention country = countryBefore(text, start, mentions);
            if (country == null && TITLE_ANCHORED_SUFFIXES.indexOf(text.charAt(m.start())) >= 0
                    && text.lastIndexOf('\n', start - 1) >= 0) {
                country = storyCountry(text, start, mentions);
            }
            if (country != null && !(country.region().code().equals(MINISTRY_COUNTRY) && m.group().equals("省"))) {
                // a domestic place that only ends the name (达州 of 佛罗里达州) is none
                out.removeIf(p -> endsNameInside(text, p, start, end));
                Region region = country.region();
                String name = knownNameEnding(text.substring(start, end), out);
                out.add(new PlaceMention(end - name.length(), end, name,
                        new Region(region.code(), name, RegionLevel.PROVINCE, List.of(region.name(), name))));
            }
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    /**
     * Whether a domestic place is the end of a longer, transliterated name (达州 of 佛罗里达州): a short form right after a
     * few characters that hold no verb or preposition (美国客商考察安吉县, 访问广州 keep their place).
     */
    private static boolean endsNameInside(String text, PlaceMention place, int nameStart, int nameEnd) {
        if (place.region().foreign() || place.start() <= nameStart || place.end() != nameEnd
                || place.surface().equals(place.region().name()) || place.start() - nameStart > MAX_TRANSLITERATED_HEAD) {
            return false;
        }
        return text.substring(nameStart, place.start()).chars().noneMatch(c -> NOT_TRANSLITERATED.indexOf(c) >= 0);
    }

    /**
     * The mentions without the domestic short forms that end a transliterated division's name (德州 of 俄罗斯下诺夫哥罗德州):
     * a short form ending in a division suffix, written after a country in its sentence, right after a run of
     * transliteration characters that no place and no dictionary word covers, and whose own first character reads on in
     * that run (哥罗德). A brand before a city is written so too (卡特彼勒徐州工厂, 霍尼韦尔苏州工厂): the city's character
     * (徐) or a sentence naming no country abroad keeps it. Heads of at most four characters are {@link #endsNameInside}'s
     * (达州 of 美国佛罗里达州).
     */
    private static List<PlaceMention> withoutShortFormsEndingTransliterations(String text, List<PlaceMention> mentions) {
        return mentions.stream().filter(p -> !endsTransliteratedDivision(text, p, mentions)).toList();
    }

    private static boolean endsTransliteratedDivision(String text, PlaceMention place, List<PlaceMention> mentions) {
        int end = place.start();
        int withFirstCharacter = end + 1;
        if (end < MIN_TRANSLITERATED_RUN || place.region().foreign() || place.surface().equals(place.region().name())
                || DIVISION_SUFFIX_CHARS.indexOf(place.surface().charAt(place.surface().length() - 1)) < 0
                || !ForeignBareNames.isTransliteration(text, end - MIN_TRANSLITERATED_RUN, withFirstCharacter)) {
            return false; // most places: no transliteration right before them
        }
        int runStart = ForeignBareNames.transliterationStart(text, end, end);
        PlaceMention country = countryBefore(text, runStart, mentions);
        return country != null && country.region().foreign() && inOneSentence(text, country.end(), runStart)
            && !DictionaryWords.isWord(text.substring(runStart, end))
            && mentions.stream().noneMatch(p -> p.start() < end && runStart < p.end());
    }

    private static boolean inOneSentence(String text, int from, int to) {
        return text.substring(from, to).chars().noneMatch(c -> Segmenter.endsSentence((char) c));
    }

    /** A division named earlier that the candidate ends with (地震还造成熊本县 after 熊本县), else the candidate. */
    private static String knownNameEnding(String candidate, List<PlaceMention> found) {
        String best = candidate;
        for (PlaceMention p : found) {
            if (p.region().level() == RegionLevel.PROVINCE && p.surface().length() < best.length()
                    && candidate.endsWith(p.surface()) && p.surface().length() > MIN_NAME) {
                best = p.surface();
            }
        }
        return best;
    }

    /**
     * The mentions without the short forms of places at home written right after a foreign country (加拿大西安大略大学):
     * a name there begins a place of that country, spelled like one at home.
     */
    private static List<PlaceMention> withoutShortFormsAfterCountries(List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        PlaceMention previous = null;
        for (PlaceMention p : mentions) {
            boolean afterCountry = previous != null && previous.end() == p.start() && previous.region().foreign()
                && previous.region().level() == RegionLevel.COUNTRY;
            if (!(afterCountry && !p.region().foreign() && !p.surface().equals(p.region().name()))) {
                out.add(p);
            }
            previous = p;
        }
        return out;
    }

    /** The mentions without the foreign countries whose name begins or ends a division name of another country named before. */
    private static List<PlaceMention> withoutCountriesBeginningNames(String text, List<PlaceMention> mentions) {
        return mentions.stream().filter(p -> !(p.region().level() == RegionLevel.COUNTRY
                && (beginsDivisionName(text, p.end()) || endsDivisionName(text, p, mentions)) && otherCountryBefore(text, p, mentions)))
            .toList();
    }

    /**
     * Whether name characters glued before the country's name (no boundary, verb, preposition or other place between)
     * and a division suffix after it make it the end of a division's name (新墨西哥州, 不列颠哥伦比亚省 of 加拿大).
     */
    private static boolean endsDivisionName(String text, PlaceMention country, List<PlaceMention> mentions) {
        int before = country.start() - 1;
        int afterSuffix = country.end() + 1;
        if (before < 0 || !SUFFIX.matcher(text).region(country.end(), text.length()).lookingAt()
                || afterSuffix < text.length() && WORDS_AFTER_COUNTRY_SUFFIX.indexOf(text.charAt(afterSuffix)) >= 0) {
            return false;
        }
        char c = text.charAt(before);
        return HanCharacters.isHan(c) && BOUNDARIES.indexOf(c) < 0 && NOT_TRANSLITERATED.indexOf(c) < 0
            && mentions.stream().noneMatch(p -> p.end() == country.start());
    }

    /** Whether one to a few name characters and a division suffix follow (兰州 after 马里). */
    private static boolean beginsDivisionName(String text, int end) {
        for (int k = end; k < Math.min(text.length(), end + MAX_NAME_AFTER_COUNTRY + 1); k++) {
            char c = text.charAt(k);
            if (SUFFIX_CHARS.indexOf(c) >= 0) {
                return k > end && SUFFIX.matcher(text).region(k, text.length()).lookingAt();
            }
            if (BOUNDARIES.indexOf(c) >= 0 || !HanCharacters.isHan(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean otherCountryBefore(String text, PlaceMention country, List<PlaceMention> mentions) {
        PlaceMention before = countryBefore(text, country.start(), mentions);
        return before != null && !before.region().code().equals(country.region().code());
    }

    /** The country, then the division, for a division made here; the table's lineage for any other place. */
    static List<Region> lineage(Region region, DivisionTable table) {
        boolean foreignDivision = region.level() != RegionLevel.COUNTRY && region.path().size() == 2 && region.foreign();
        if (!foreignDivision) {
            return table.lineage(region);
        }
        String country = region.path().get(0);
        return List.of(new Region(region.code(), country, RegionLevel.COUNTRY, List.of(country)), region);
    }

    /** The deepest place all the given places lie in (or are), foreign ones by their country; empty when none is. */
    static Optional<Region> deepestCommonAncestor(List<Region> places, DivisionTable table) {
        List<Region> common = lineage(places.get(0), table);
        for (Region place : places.subList(1, places.size())) {
            List<Region> lineage = lineage(place, table);
            int n = 0;
            while (n < common.size() && n < lineage.size() && common.get(n).equals(lineage.get(n))) {
                n++;
            }
            common = common.subList(0, n);
        }
        return common.isEmpty() ? Optional.empty() : Optional.of(common.get(common.size() - 1));
    }

    /** Where a name ending at {@code suffixStart} begins: at the nearest boundary before it, at most MAX_NAME back. */
    private static int nameStart(String text, int suffixStart, List<PlaceMention> mentions) {
        for (int start = suffixStart; start >= Math.max(0, suffixStart - MAX_NAME); start--) {
            if (start == 0 || isBoundary(text, start, mentions)) {
                return start;
            }
        }
        return suffixStart;
    }

    /** Whether a name may start at {@code at}: after a boundary character, a non-Chinese character or a place. */
    private static boolean isBoundary(String text, int at, List<PlaceMention> mentions) {
        char before = text.charAt(at - 1);
        return BOUNDARIES.indexOf(before) >= 0 || !HanCharacters.isHan(before)
                || mentions.stream().anyMatch(p -> p.end() == at);
    }

    /**
     * The foreign country of the latest place named before the offset in its paragraph, or null: the country itself, or
     * the country of a foreign city named last (美国伊利诺伊州芝加哥市…。在路易斯安那州新奥尔良市: the story stays in the
     * city's country).
     */
    private static PlaceMention countryBefore(String text, int offset, List<PlaceMention> mentions) {
        int paragraphStart = text.lastIndexOf('\n', offset - 1) + 1;
        PlaceMention country = null;
        for (PlaceMention p : mentions) {
            if (p.end() <= offset && p.start() >= paragraphStart) {
                country = p.region().level() == RegionLevel.COUNTRY ? p : countryOfForeignCity(p);
            }
        }
        return country;
    }

    /**
     * In a story its title places abroad, the foreign country named last before the offset, or null: the story's
     * country, where a paragraph names its divisions without it (美国路易斯维尔… then 亚拉巴马州执法部门), or the one the
     * story has moved to (美国总统当天抵达德国。\n巴伐利亚州…).
     */
    private static PlaceMention storyCountry(String text, int offset, List<PlaceMention> mentions) {
        int titleEnd = text.indexOf('\n');
        PlaceMention latest = null;
        boolean titledAbroad = false;
        for (PlaceMention p : mentions) {
            PlaceMention country = p.end() <= offset ? foreignCountryOf(p) : null;
            if (country != null) {
                latest = country;
                titledAbroad |= p.end() <= titleEnd;
            }
        }
        return titledAbroad ? latest : null;
    }

    /** The mention as one of a foreign country: the country itself, or a foreign city's; null for any other place. */
    private static PlaceMention foreignCountryOf(PlaceMention p) {
        PlaceMention country = p.region().level() == RegionLevel.COUNTRY ? p : countryOfForeignCity(p);
        return country != null && country.region().foreign() ? country : null;
    }

    /** The mention as one of its country, for a foreign city (path: country, city); null for any other place. */
    private static PlaceMention countryOfForeignCity(PlaceMention p) {
        Region r = p.region();
        if (!ForeignCities.isForeignCity(r) || r.path().size() != 2) {
            return null;
        }
        String country = r.path().get(0);
        Region named = ForeignCountries.byName().getOrDefault(country, new Region(r.code(), country, RegionLevel.COUNTRY, List.of(country)));
        return new PlaceMention(p.start(), p.end(), p.surface(), named);
    }
}
