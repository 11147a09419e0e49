package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.Segmenter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides which place each name match denotes, using the other places of the same document as evidence: of the many
 * 四平村 in the country, the one under 平马镇 in a text that also names 平马镇, 田东县 and 百色 is meant. Names that stay
 * ambiguous, or that are too short or too common to trust without support, are dropped: no region beats a wrong one.
 * Of overlapping resolved matches the longest wins.
 */
final class PlaceDisambiguator {
    /** Short forms of prefectures that are also everyday words (三明治, 大理石, 来宾); they need support in the text. */
    private static final Set<String> COMMON_WORD_SHORT_FORMS = Set.of(
        "来宾", "安康", "大同", "白银", "阿里", "长治", "日照", "普洱", "朝阳", "开封", "黄山", "中山", "安顺", "大理",
        "文山", "红河", "金华", "海东", "海西", "海北", "兴安", "玉树", "白山", "三明", "太平", "新华", "永安", "和平");
    /** A count of districts or counties right after a list (河东、河西、河北三区): its items are those parts. */
    private static final Pattern COUNT_OF_PARTS = Pattern.compile("[0-9一二两三四五六七八九十]+个?[区县]");
    /** Support a common-word short form needs: half a place related to it without doubt. */
    private static final double COMMON_WORD_MIN_SUPPORT = 0.5;
    /** Words after a county short form that make it a county (本报田东讯, 田东县委, 田东全县). */
    private static final List<String> COUNTY_SUFFIX_WORDS = List.of("讯", "县委", "县政府", "县人民", "全县");
    /** Characters ending a word that a place follows (在霍邱, 来到霍邱, 赴霍邱). */
    private static final String WORDS_BEFORE_A_PLACE = "在到至赴于从往经";
    /** Prepositions a place follows that make a word with it (对台, 向北): a name's start after them stands. */
    private static final String PREPOSITIONS_BEFORE_A_PLACE = "对向";
    /** Words joining two names (珠海和江门, 珠海与江门). */
    private static final String JOINERS = "和与及";
    private static final String CLAUSE_MARKS = "，。；：！？";
    /** Last characters of seas' and other features' names that are also divisions' short forms (南海, 东湖, 西湖). */
    private static final String FEATURE_ENDS = "海湖江河山岛湾";
    /** First characters of scope words that are also divisions' short forms (全州: the whole prefecture). */
    private static final String SCOPE_OPENERS = "全该各";
    /** Words after a place that make a word with what follows (于都是, 北京和上海): a name stands before them. */
    private static final String FUNCTION_WORDS_AFTER_A_PLACE = "是的和与及在将已也就还等为有";
    /** Characters after a name that make it a mountain's, a hamlet's or a lake's (铜官山, 西岗子, 兰山湖). */
    private static final String FEATURE_WORDS = "山子岭沟湖河岛峰";
    /** The landforms of {@link #FEATURE_WORDS}: 子 after a city makes no name of it (杭州子公司). */
    private static final String LANDFORM_WORDS = FEATURE_WORDS.replace("子", "");
    private static final String DIRECTIONS = "东南西北中";
    /** A canal is named by a place too (平陆运河), which need not be the county of that short name. */
    private static final String CANAL = "运河";
    /** Characters after which an event's name begins: an edition's 届, a year's 年, prepositions. */
    private static final String NAME_OPENERS = "届年在于至赴的";
    private static final List<String> HOSTED_EVENTS = List.of("奥运会", "冬奥会", "残奥会", "夏奥会", "亚运会", "世博会", "大运会");
    /** Official township and village names this long are trusted when they are unique in the country. */
    private static final int SELF_EVIDENT_NAME_LENGTH = 4;
    private static final String TOWN = "镇";
    private static final String RURAL_TOWNSHIP = "乡";
    /** A village's name this long (小岗村) is a name, not a word, even where several villages bear it. */
    private static final int MIN_NAMESAKE_LENGTH = 3;
    /** Names this short are the ones the words of the text may cut (北海, 海城市); longer ones are names. */
    private static final int MAX_WORD_CUT_NAME = 3;
    /** Characters before a name that another name touching it may start at. */
    private static final int MAX_NEARBY_NAME = 12;
    private static final char MODIFIER_END = PlaceContext.MODIFIER_END;
    private static final String FROM = "来自";
    /** A county named in apposition after a kind of county (农业大县扶沟, 产粮大县滑县): 县 ends the kind, not the name. */
    private static final char COUNTY_WORD = '县';
    /** What makes 县 begin a word (县委, 县城, 县域, 县级, 县长, 县里, 县政府, 县内, 县直, 县区, 县乡, 县两级): no county's 县. */
    private static final String COUNTY_WORD_CONTINUATIONS = "委城域级长里政内直区乡两三";
    /** Levels a 和 joins to 县 (市和县, 省、市和县, 乡镇和县直): the levels listed, no county 和县. */
    private static final String LEVELS_BEFORE_JOINED_COUNTY = "省市州乡镇区";
    private static final String SENTENCE_ENDS = Segmenter.FULL_STOPS_AND_LINES;
    private static final int COUNTY_CODE_LENGTH = 6;
    /** A village name this many places bear (马家村, 中和村) is a common one: the table's pick among them is weak evidence. */
    private static final int COMMON_NAMESAKES = 5;
    private static final int CITY_CODE_LENGTH = 4;
    private static final int PROVINCE_CODE_LENGTH = 2;
    /** Quotation marks around a name, full-width or the ASCII one. */
    private static final String QUOTES_OPENING = Segmenter.OPENING_QUOTES + "\"";
    private static final String QUOTES_CLOSING = Segmenter.CLOSING_QUOTES + "\"";

    private final DivisionTable table;

    PlaceDisambiguator(DivisionTable table) {
        this.table = table;
    }

    List<PlaceMention> resolve(String text, List<NameMatch> matches) {
        List<NameMatch> evidence = matches.stream().filter(PlaceDisambiguator::isEvidence).toList();
        Map<String, Ranking> rankingBySurface = new HashMap<>();
        Map<NameMatch, RelatedCandidates> relatedCandidates = new IdentityHashMap<>();
        Map<String, List<NameMatch>> fullNamesByCode = fullNamesByCode(evidence);
        Map<Integer, Resolved> resolvedByEnd = new HashMap<>();
        List<Resolved> resolved = new ArrayList<>();
        List<NameMatch> contradicted = new ArrayList<>();
        Set<String> countriesNamed = countriesNamed(matches);
        Set<String> countiesNamed = countiesNamed(evidence);
        Set<String> provincesNamed = provincesNamed(evidence);
        Map<String, Region> namesakesPlaced = new HashMap<>();
        for (NameMatch match : matches) {
            // a name's ranking depends on the document, not on where it stands: rank each distinct name once, so a
            // post repeating one name thousands of times costs no more than one naming it once
            Ranking ranking = rankingBySurface.computeIfAbsent(match.surface(), surface -> rank(match, evidence, relatedCandidates));
            Region chosen = choose(text, match, ranking, fullNamesByCode, resolvedByEnd.get(match.start()),
                countyOrCityJustBefore(text, match, resolvedByEnd), countriesNamed, countiesNamed, provincesNamed);
            if (chosen == null) {
                Region province = provinceOfShortForm(match, ranking); // cheap: most names have no province to fall back on
                chosen = province != null && !listedAfterPartOfDivision(text, match, resolvedByEnd) ? province : null;
            }
            // a village placed among its namesakes once (安徽小岗村) is the same village when named alone later
            Region region = chosen != null ? chosen : namesakesPlaced.get(match.surface());
            if (chosen != null && chosen.level() == RegionLevel.LOCALITY) {
                namesakesPlaced.put(match.surface(), chosen); // the latest placement, as a reader takes it
            }
            // a township or village: a new area (雄安新区) is the one of its name, wherever its sentence names others
            if (region != null && ranking.support() == 0 && region.level().compareTo(RegionLevel.COUNTY) > 0
                    && region.level() != RegionLevel.LOCALITY && contradictedInItsSentence(text, match, region, resolved)) {
                // still a name's bounds: 郑家村 inside 柳河镇小郑家村 is none of the country's 郑家村
                contradicted.add(match);
                region = null;
            }
            if (region != null && startsInsideChainedName(text, match, region, resolved, resolvedByEnd)) {
                region = null;
            }
            if (region != null && readInsideWords(text, match, region, matches)) {
                region = null;
            }
            if (region != null) {
                Resolved r = new Resolved(match, region);
                resolved.add(r);
                resolvedByEnd.put(match.end(), r);
            }
        }
        resolved.removeIf(r -> contradicted.stream().anyMatch(c -> c.length() > r.match().length()
            && c.start() <= r.match().start() && r.match().end() <= c.end()));
        return longestWithoutOverlap(resolved, text.length());
    }

    /** The best-supported candidates of a name and their support. */
    private record Ranking(List<PlaceCandidate> best, double support) {
    }

    private static Map<String, List<NameMatch>> fullNamesByCode(List<NameMatch> evidence) {
        Map<String, List<NameMatch>> byCode = new HashMap<>();
        for (NameMatch m : evidence) {
            for (PlaceCandidate c : m.candidates()) {
                if (!c.shortForm()) {
                    List<NameMatch> named = byCode.computeIfAbsent(c.region().code(), k -> new ArrayList<>());
                    if (named.size() < 2) { // two places are enough to find one that does not overlap a given match
                        named.add(m);
                    }
                }
            }
        }
        return byCode;
    }

    private record Resolved(NameMatch match, Region region) {
    }

    /** Matches that can support others: names of the upper levels, and official names of three characters or more. */
    private static boolean isEvidence(NameMatch match) {
        return match.length() >= 3 || match.candidates().stream().anyMatch(c -> c.region().level().compareTo(RegionLevel.COUNTY) < 0);
    }

    private static Ranking rank(NameMatch match, List<NameMatch> evidence,
                                Map<NameMatch, RelatedCandidates> relatedCandidates) {
        Map<String, List<NameMatch>> others = new LinkedHashMap<>();
        for (NameMatch other : evidence) {
            if (!other.overlaps(match) && !other.surface().equals(match.surface())) {
                others.computeIfAbsent(other.surface(), k -> new ArrayList<>()).add(other);
            }
        }
        List<PlaceCandidate> best = new ArrayList<>();
        double bestSupport = -1;
        List<OtherName> otherNames = match.candidates().isEmpty() ? List.of() : otherNames(others, relatedCandidates);
        for (PlaceCandidate candidate : match.candidates()) {
            double support = support(candidate.region(), otherNames);
            if (support > bestSupport + 1e-9) {
                best.clear();
                bestSupport = support;
            }
            if (Math.abs(support - bestSupport) <= 1e-9) {
                best.add(candidate);
            }
        }
        return new Ranking(List.copyOf(best), bestSupport);
    }

    private static boolean beginsDivisionName(String text, NameMatch match) {
        return match.end() < text.length() && ForeignDivisions.DIVISION_SUFFIX_CHARS.indexOf(text.charAt(match.end())) >= 0;
    }

    /** The six-digit codes of the counties the document names, itself or by one of its townships. */
    private static Set<String> countiesNamed(List<NameMatch> evidence) {
        Set<String> codes = new HashSet<>();
        for (NameMatch m : evidence) {
            for (PlaceCandidate c : m.candidates()) {
                if ((c.region().level() == RegionLevel.COUNTY || c.region().level() == RegionLevel.TOWNSHIP)
                        && !c.region().foreign()) {
                    codes.add(c.region().code().substring(0, COUNTY_CODE_LENGTH));
                }
            }
        }
        return codes;
    }

    /**
     * Whether a township or village lies in a county the document never names, while it names another county of the
     * same city (马家村 and 中和村 in a post on 柳河县's 三源浦镇 are its own villages, not 梅河口市's namesakes
     * that only the city 通化 and each other support).
     */
    private static boolean inUnnamedCountyBesideNamedOne(Region region, Set<String> countiesNamed) {
        if (countiesNamed.isEmpty() || region.foreign() || region.code().length() < COUNTY_CODE_LENGTH) {
            return false;
        }
        String county = region.code().substring(0, COUNTY_CODE_LENGTH);
        String city = region.code().substring(0, CITY_CODE_LENGTH);
        return !countiesNamed.contains(county) && countiesNamed.stream().anyMatch(c -> c.startsWith(city));
    }

    /** The codes of the provinces at home the document names, itself or by a city (福州 in a story on its 烟台山). */
    private static Set<String> provincesNamed(List<NameMatch> evidence) {
        Set<String> codes = new HashSet<>();
        for (NameMatch m : evidence) {
            for (PlaceCandidate c : m.candidates()) {
                RegionLevel level = c.region().level();
                if ((level == RegionLevel.PROVINCE || level == RegionLevel.PREFECTURE) && !c.region().foreign()) {
                    codes.add(c.region().code().substring(0, PROVINCE_CODE_LENGTH));
                }
            }
        }
        return codes;
    }

    /** Codes of the foreign countries the document names. */
    private static Set<String> countriesNamed(List<NameMatch> matches) {
        Set<String> codes = new HashSet<>();
        for (NameMatch m : matches) {
            for (PlaceCandidate c : m.candidates()) {
                if (c.region().level() == RegionLevel.COUNTRY) {
                    codes.add(c.region().code());
                }
            }
        }
        return codes;
    }

    /**
     * @param justBefore   the place resolved right before the name, if any
     * @param countyBefore the county or city resolved right before it, or before a 的 right before it, if any
     */
    private Region choose(String text, NameMatch match, Ranking ranking, Map<String, List<NameMatch>> fullNamesByCode,
                          Resolved justBefore, Resolved countyBefore, Set<String> countriesNamed,
                          Set<String> countiesNamed, Set<String> provincesNamed) {
        List<PlaceCandidate> underPlaceBefore = countyBefore == null ? List.of() : match.candidates().stream()
            .filter(c -> c.region().level().compareTo(RegionLevel.COUNTY) > 0 && isParentRightBefore(countyBefore, match, c.region()))
            .toList();
        // namesakes elsewhere (石鹰村 in 四川) are not what the text means right after one's county (浙江安吉石鹰村)
        boolean placedByItsAncestor = underPlaceBefore.size() == 1;
        // an official name outranks another place's name written without its people (高家岭镇 beside 高家岭…族镇)
        List<PlaceCandidate> official = match.candidates().size() < 2 ? List.of()
            : match.candidates().stream().filter(c -> c.region().name().equals(match.surface())).toList();
        boolean officialAmongAliases = official.size() == 1 && match.candidates().stream().allMatch(c -> c == official.get(0)
            || !c.shortForm() && !c.region().name().equals(match.surface()));
        PlaceCandidate chosen = placedByItsAncestor ? underPlaceBefore.get(0)
            : officialAmongAliases && ranking.support() == 0 ? official.get(0) : highestLevelIfUnique(ranking.best());
        if (chosen == null) {
            return namesakesWithin(match, ranking, justBefore);
        }
        boolean supported = ranking.support() > 0;
        boolean unique = match.candidates().size() == 1 || placedByItsAncestor || officialAmongAliases;
        Region region = chosen.region();
        if (region.level().compareTo(RegionLevel.COUNTY) > 0 && isQuotedAlone(text, match)) {
            return null;
        }
        boolean accepted = switch (region.level()) {
            case COUNTRY -> true;
            // a common word (日照时数) is read as a place only on good evidence: a namesake village (姜家村) is none
            case PROVINCE, PREFECTURE -> ForeignCities.isForeignCity(region)
                // a foreign city of two characters (万象, 罗马) is a word too (包罗万象) unless its country is named;
                // one that begins a division's name (莫斯科州) is not the city
                ? (!chosen.shortForm() || countriesNamed.contains(region.code()) || hostsEvent(text, match))
                    && !beginsDivisionName(text, match)
                : !chosen.shortForm() || (!COMMON_WORD_SHORT_FORMS.contains(match.surface())
                    || ranking.support() >= COMMON_WORD_MIN_SUPPORT)
                    && (supported || region.level() == RegionLevel.PROVINCE || !namesFeature(text, match.end())
                        || !namesAnotherProvince(region, provincesNamed));
            case COUNTY -> chosen.shortForm()
                ? namedInFull(region, match, fullNamesByCode) || followedByCountyWord(text, match.end())
                    || isParentRightBefore(justBefore, match, region) || isDistinctive(text, match, supported, unique)
                    || hostsEvent(text, match)
                : (supported || unique) && (supported
                    || match.length() >= 3 && !ShortNames.isCommonNounDistrict(match.surface())
                    || isTwoCharacterCountyAlone(text, match))
                    && !(match.length() == 2 && levelJoinedBefore(text, match) && justBefore == null);
            // a name right after its county's short form (浙江安吉石鹰村) has its ancestor beside it, not as support
            case TOWNSHIP, VILLAGE -> (supported || unique && match.length() >= SELF_EVIDENT_NAME_LENGTH
                    || unique && isTownWrittenInFull(match, chosen)
                    || unique && match.length() >= 3 && isParentRightBefore(countyBefore, match, region))
                && (match.length() >= 3 || isParentRightBefore(justBefore, match, region))
                && (match.candidates().size() < COMMON_NAMESAKES || !inUnnamedCountyBesideNamedOne(region, countiesNamed));
            // the table's names are divisions; localities are found by Localities, but for the new areas the lexicon holds
            case LOCALITY -> NationalNewAreas.isOne(region) && writtenAfterNoneOrItsContainer(justBefore, region);
        };
        return accepted ? region : null;
    }

    /**
     * Whether the name is listed right after a place below a province, or before a count of districts (天津市河东、河西、
     * 河北三区: districts listed, not provinces).
     */
    private static boolean listedAfterPartOfDivision(String text, NameMatch match, Map<Integer, Resolved> resolvedByEnd) {
        Resolved before = match.start() > 0 && PlaceContext.LIST_JOINERS.indexOf(text.charAt(match.start() - 1)) >= 0
            ? resolvedByEnd.get(match.start() - 1) : null;
        return before != null && before.region().level().compareTo(RegionLevel.PROVINCE) > 0
            || COUNT_OF_PARTS.matcher(text).region(match.end(), text.length()).lookingAt();
    }

    /**
     * The province a short form names when the county it was weighed as is not taken (河北 in 北京、天津、河北: 天津 supports its
     * district 河北区, but a county's short form needs its city right before it): a province's short form is read alone.
     */
    private static Region provinceOfShortForm(NameMatch match, Ranking ranking) {
        PlaceCandidate rejected = ranking.best().size() == 1 ? ranking.best().get(0) : null;
        if (rejected == null || !rejected.shortForm() || rejected.region().level().compareTo(RegionLevel.COUNTY) < 0) {
            return null;
        }
        List<Region> provinces = match.candidates().stream().filter(c -> c.shortForm() && c.region().level() == RegionLevel.PROVINCE
            && !c.region().foreign()).map(PlaceCandidate::region).toList();
        return provinces.size() == 1 ? provinces.get(0) : null;
    }

    /**
     * Another name of the document as a candidate's support counts it: its candidates counted by code, how often it is
     * named, and how many candidates it has.
     */
    private record OtherName(RelatedCandidates related, int times, int candidates) {
    }

    /**
     * The other names with their candidates counted, in the order of {@code othersBySurface}: looked up once per ranked
     * name, not once per candidate and other name (common names have hundreds of candidates).
     *
     * @param relatedCandidates per match, its candidates counted by code (filled as needed)
     */
    private static List<OtherName> otherNames(Map<String, List<NameMatch>> othersBySurface,
                                              Map<NameMatch, RelatedCandidates> relatedCandidates) {
        List<OtherName> out = new ArrayList<>(othersBySurface.size());
        for (List<NameMatch> sameName : othersBySurface.values()) {
            NameMatch other = sameName.get(0);
            out.add(new OtherName(relatedCandidates.computeIfAbsent(other, m -> new RelatedCandidates(m.candidates())),
                sameName.size(), other.candidates().size()));
        }
        return out;
    }

    /**
     * How strongly the other names of the document point at this candidate: each other match related to it (an
     * ancestor, a descendant, or the same place under another name) adds its share. Townships and villages take
     * support only from prefectures and below, as a province alone leaves too many namesakes.
     *
     * @param otherNames the other matches, grouped by name (all matches of one name share their candidates)
     */
    private static double support(Region candidate, List<OtherName> otherNames) {
        boolean withoutProvinces = candidate.level().compareTo(RegionLevel.TOWNSHIP) >= 0;
        RelatedCandidates.Lineage lineage = RelatedCandidates.Lineage.of(candidate);
        double support = 0;
        for (OtherName other : otherNames) {
            int related = other.related().relatedTo(lineage, withoutProvinces);
            support += other.times() * (double) related / other.candidates();
        }
        return support;
    }

    /**
     * Whether the places named before an unsupported township or village in its sentence all lie elsewhere, one of them
     * a county or below: 发展乡村 (a village in 新疆) after 安徽金寨大湾村 is the words 发展乡村休闲旅游.
     */
    private static boolean contradictedInItsSentence(String text, NameMatch match, Region region, List<Resolved> resolved) {
        int sentenceStart = match.start();
        while (sentenceStart > 0 && SENTENCE_ENDS.indexOf(text.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        // where visitors come from (来自北京、上海的游客来到十八洞村) places nothing: 来自 up to its 的
        int origins = -1;
        for (int at = text.indexOf(FROM, sentenceStart); at >= 0 && at < match.start(); at = text.indexOf(FROM, at + 1)) {
            origins = at;
        }
        int originsEnd = origins < 0 ? -1 : text.indexOf(MODIFIER_END, origins);
        boolean any = false;
        for (int i = resolved.size() - 1; i >= 0 && resolved.get(i).match().start() >= sentenceStart; i--) {
            Resolved before = resolved.get(i);
            if (related(before.region(), region)) {
                return false;
            }
            boolean origin = originsEnd >= 0 && before.match().start() > origins && before.match().end() <= originsEnd;
            // a country (美国记者走进十八洞村) is where a visitor is from, not where the village is
            any |= !origin && !before.region().foreign();
        }
        return any;
    }

    static boolean related(Region a, Region b) {
        if (a.level() == RegionLevel.COUNTRY || b.level() == RegionLevel.COUNTRY) {
            return false;
        }
        return a.code().startsWith(b.code()) || b.code().startsWith(a.code());
    }

    /**
     * A village the context supports several namesakes of, or the province written right before it holds several of,
     * all in one division (安徽小岗村: one in 长丰县, one in 凤阳县): the village as written, lying in the deepest
     * division they share; null when they share none, or the name is a common noun too (山东新农村).
     */
    private Region namesakesWithin(NameMatch match, Ranking ranking, Resolved justBefore) {
        if (match.length() < MIN_NAMESAKE_LENGTH || Localities.isCommonVillageName(match.surface())) {
            return null;
        }
        List<PlaceCandidate> tied = ranking.support() > 0 ? ranking.best() : match.candidates().stream()
            .filter(c -> isParentRightBefore(justBefore, match, c.region())).toList();
        if (tied.size() < 2 || !tied.stream().allMatch(c -> !c.shortForm() && c.region().level() == RegionLevel.VILLAGE)) {
            return null;
        }
        return ForeignDivisions.deepestCommonAncestor(tied.stream().map(PlaceCandidate::region).toList(), table)
            .map(shared -> Localities.locality(shared, match.surface())).orElse(null);
    }

    /**
     * Whether a township is written with its own 镇 or 乡 (木棠镇): a name no other place bears, which its suffix marks as
     * a town's, is one even at three characters, where a village's (…村) or a bare short name may still be a word —
     * unless a word stands before the suffix (苹果村、木耳乡、黄花镇: towns known for a product, not named) or the suffix
     * ends a word of its own (全州城镇居民, 新建城镇住房, 城乡, 小镇: no town is named there).
     */
    private static boolean isTownWrittenInFull(NameMatch match, PlaceCandidate chosen) {
        String name = chosen.region().name();
        return chosen.region().level() == RegionLevel.TOWNSHIP && !chosen.shortForm() && name.equals(match.surface())
            && (name.endsWith(TOWN) || name.endsWith(RURAL_TOWNSHIP))
            && !DictionaryWords.isWord(name.substring(0, name.length() - 1))
            && !DictionaryWords.isWord(name.substring(name.length() - 2));
    }

    /** Among equally supported candidates, a short form like 吉林 means the province, not the city, unless told. */
    private static PlaceCandidate highestLevelIfUnique(List<PlaceCandidate> tied) {
        if (tied.size() == 1) {
            return tied.get(0);
        }
        RegionLevel top = tied.stream().map(c -> c.region().level()).min(Comparator.naturalOrder()).orElseThrow();
        List<PlaceCandidate> atTop = tied.stream().filter(c -> c.region().level() == top).toList();
        return atTop.size() == 1 && top.compareTo(RegionLevel.COUNTY) < 0 ? atTop.get(0) : null;
    }

    /**
     * A county's short form of three characters or more stands for the county when the story names its province or
     * prefecture (新疆…阿拉山口), or alone when it is four characters long and no other place bears it (霍尔果斯); one of
     * two characters too, with its ancestor named, when it is no everyday word (霍邱, not 新建 or 和平) and is written
     * as a word of its own; and one that no other place bears, written so between a word of place and a mark (在义乌，):
     * a pair named without context is too often a word or a firm (华龙, 龙岗山脉, 华龙一号).
     */
    private static boolean isDistinctive(String text, NameMatch match, boolean supported, boolean unique) {
        return supported && (match.length() >= 3 || isRareWordAlone(text, match) || standsBetweenPlaceWordAndMark(text, match))
            || match.length() >= SELF_EVIDENT_NAME_LENGTH && unique
            || unique && standsBetweenPlaceWordAndMark(text, match) && isRareWordAlone(text, match);
    }

    /**
     * Whether an official county name of two characters (文县, 岷县, 沙县) stands as a word of its own: the level word
     * says what it is, unless the words of the text cut it (振兴/县域 of 兴县) or 县 begins a word with what follows
     * (市委和县委: 县委, not 和县).
     */
    private static boolean isTwoCharacterCountyAlone(String text, NameMatch match) {
        return match.length() == 2 && match.surface().charAt(1) == COUNTY_WORD
            && !DictionaryWords.cutsName(text, match.start(), match.end(), true, true)
            && !(match.end() < text.length() && COUNTY_WORD_CONTINUATIONS.indexOf(text.charAt(match.end())) >= 0)
            && !levelJoinedBefore(text, match);
    }

    /**
     * Whether 和 before a two-character county's 县 joins it to a level written before (市和县, 地级市和县市区): levels
     * listed, even in a story on the county's province — unless a place ends right before (马鞍山市和县, 安徽省和县).
     */
    private static boolean levelJoinedBefore(String text, NameMatch match) {
        return match.surface().charAt(1) == COUNTY_WORD
            && match.start() > 0 && LEVELS_BEFORE_JOINED_COUNTY.indexOf(text.charAt(match.start() - 1)) >= 0;
    }

    /**
     * Whether the name stands alone between a word of place and a mark (在怀柔，): there it names, whatever else it means —
     * unless it is also a sea's or another feature's name (在南海，) or a scope (在全州，: the whole prefecture).
     */
    private static boolean standsBetweenPlaceWordAndMark(String text, NameMatch match) {
        return match.start() > 0 && WORDS_BEFORE_A_PLACE.indexOf(text.charAt(match.start() - 1)) >= 0
            && match.end() < text.length() && CLAUSE_MARKS.indexOf(text.charAt(match.end())) >= 0
            && FEATURE_ENDS.indexOf(match.surface().charAt(match.length() - 1)) < 0
            && SCOPE_OPENERS.indexOf(match.surface().charAt(0)) < 0;
    }

    /**
     * Whether a pair stands as a word of its own: after a mark or a word of place (，霍邱整合, 来到霍邱), not inside a
     * longer name (雪兰山, 成渝中线, 雄安新区, 2.4万年) or word (工农业, 上高速公路), nor before a feature's word (铜官山,
     * 西岗子铁矿).
     */
    private static boolean isRareWordAlone(String text, NameMatch match) {
        char before = match.start() > 0 ? text.charAt(match.start() - 1) : '。';
        boolean wordBefore = Character.isLetterOrDigit(before) && WORDS_BEFORE_A_PLACE.indexOf(before) < 0
            && before != COUNTY_WORD;
        boolean featureAfter = match.end() < text.length() && FEATURE_WORDS.indexOf(text.charAt(match.end())) >= 0
            || text.startsWith(CANAL, match.end());
        return !wordBefore && !featureAfter && !DictionaryWords.isWord(match.surface())
            && !DictionaryWords.runsOn(text, match.start(), match.end());
    }

    /**
     * Whether a short name at home is read inside the words of the text, not as a name: a short form (河源 of 三统河源头,
     * 北海 of 拱北海关, 和田 of 防控和田间管理, 西安 of 广西安排) or an official name of three characters at most (海城市 of
     * 红海城市) that the text's words cut. Asked of the few names a word may run across: after a character of a word
     * (not 在, 对 or a place's name: 海西州都兰县), or a short form before one (not a feature's word nor a function
     * word: 秦淮河, 于都是), and neither running into another name (兴山东隧道, 柳河北出口) nor part of a longer one (福建省).
     */
    private static boolean readInsideWords(String text, NameMatch match, Region region, List<NameMatch> matches) {
        boolean shortForm = !match.surface().equals(region.name());
        if (region.foreign() || match.length() > MAX_WORD_CUT_NAME) {
            return false;
        }
        char before = match.start() > 0 ? text.charAt(match.start() - 1) : '。';
        char after = match.end() < text.length() ? text.charAt(match.end()) : '。';
        // a name joined to a name right before it (珠海和江门) starts after the joiner, though 和江 may read as a word
        boolean joinedToNameBefore = JOINERS.indexOf(before) >= 0
            && nearby(matches, match).anyMatch(o -> o.end() == match.start() - 1);
        boolean atStart = HanCharacters.isHan(before) && WORDS_BEFORE_A_PLACE.indexOf(before) < 0
            && PREPOSITIONS_BEFORE_A_PLACE.indexOf(before) < 0 && !joinedToNameBefore
            && nearby(matches, match).noneMatch(o -> o.end() == match.start()
                || o.start() < match.start() && o.end() > match.start());
        boolean atEnd = shortForm && HanCharacters.isHan(after) && FEATURE_WORDS.indexOf(after) < 0
            && FUNCTION_WORDS_AFTER_A_PLACE.indexOf(after) < 0
            && nearby(matches, match).noneMatch(o -> o.start() == match.end()
                || o.end() > match.end() && o.start() >= match.start() && o.start() < match.end());
        return (atStart || atEnd) && DictionaryWords.cutsName(text, match.start(), match.end(), atStart, atEnd);
    }

    /**
     * Whether a name starts inside a county's name written right after the city it lies in, and lies outside that city
     * (怀化市洪江城区: 洪江 of 怀化市, then 城区 — not 阳江's 江城区): a chain of divisions goes on inside the city it
     * opens with, so a name cutting across its county belongs to no other province.
     */
    private static boolean startsInsideChainedName(String text, NameMatch match, Region region, List<Resolved> resolved,
                                                   Map<Integer, Resolved> resolvedByEnd) {
        for (int i = resolved.size() - 1; i >= 0 && resolved.get(i).match().start() >= match.start() - MAX_NEARBY_NAME; i--) {
            Resolved county = resolved.get(i);
            if (county.match().start() < match.start() && county.match().end() > match.start()) {
                Resolved city = countyOrCityJustBefore(text, county.match(), resolvedByEnd);
                if (city != null && related(city.region(), county.region()) && !related(city.region(), region)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The matches that may touch a name: those starting near it (matches are ordered by start). */
    private static Stream<NameMatch> nearby(List<NameMatch> matches, NameMatch match) {
        int lo = 0;
        int hi = matches.size();
        int from = match.start() - MAX_NEARBY_NAME;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int first = lo;
        int last = first;
        while (last < matches.size() && matches.get(last).start() <= match.end()) {
            last++;
        }
        return matches.subList(first, last).stream().filter(o -> o != match);
    }

    /**
     * Whether a city's or county's name goes on with an event it hosts (巴黎奥运会, 迪拜世博会, 第23届多哈论坛, 2024腾冲科学家
     * 论坛): the place, however short its name, as an event is named after its host. A name inside a word before it
     * (世界和平论坛, not 和平县's) opens no event's name, nor a name like a landmark's or an everyday word (东方经济论坛,
     * 太湖文化论坛) before any but the great games.
     */
    private static boolean hostsEvent(String text, NameMatch match) {
        int end = match.end();
        return HOSTED_EVENTS.stream().anyMatch(w -> text.startsWith(w, end))
            || opensName(text, match.start()) && !isLandmarkLike(match.surface()) && EventNames.hostedAfter(text, end).isPresent();
    }

    /**
     * Whether a short form reads as a landmark's or a direction's name too (太湖, 黄山, 东方, 南海): an event named with it
     * (太湖文化论坛, 东方经济论坛) is named after the landmark or the region, not held in the county.
     */
    private static boolean isLandmarkLike(String surface) {
        return COMMON_WORD_SHORT_FORMS.contains(surface) || DIRECTIONS.indexOf(surface.charAt(0)) >= 0
            || FEATURE_WORDS.indexOf(surface.charAt(surface.length() - 1)) >= 0;
    }

    /**
     * Whether a landform's word after a city's short form makes the two one name (烟台山, a quarter of 福州), not a common
     * word of the landform's character (烟台山区, 天津河道): such a landform lies elsewhere when the post names a place
     * of another province and nothing related to the short form's (烟台山 in a story on 福州); in a post on the city or
     * its province it is the city's own (厦门岛内, 衡水湖湿地 beside 石家庄). A province's short form before one is the
     * province's land (福建山间河谷, 海南岛).
     */
    private static boolean namesFeature(String text, int end) {
        return end < text.length() && LANDFORM_WORDS.indexOf(text.charAt(end)) >= 0
            && !(end + 2 <= text.length() && DictionaryWords.isWord(text.substring(end, end + 2)));
    }

    /** Whether the document names a province, or a city of one, other than the given city's. */
    private static boolean namesAnotherProvince(Region city, Set<String> provincesNamed) {
        return provincesNamed.stream().anyMatch(code -> !city.code().startsWith(code));
    }

    /** Whether a name at {@code start} begins a word: after a mark, a digit, an edition (第二届) or a preposition. */
    private static boolean opensName(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN || NAME_OPENERS.indexOf(before) >= 0;
    }

    /** Whether the document also names the place by its official name (田东 next to 田东县). */
    private static boolean namedInFull(Region region, NameMatch self, Map<String, List<NameMatch>> fullNamesByCode) {
        return fullNamesByCode.getOrDefault(region.code(), List.of()).stream().anyMatch(o -> !o.overlaps(self));
    }

    /** “红旗村” in quotes is an honour or a brand, not the village of that name. */
    private static boolean isQuotedAlone(String text, NameMatch match) {
        return match.start() > 0 && match.end() < text.length()
            && QUOTES_OPENING.indexOf(text.charAt(match.start() - 1)) >= 0 && QUOTES_CLOSING.indexOf(text.charAt(match.end())) >= 0;
    }

    private static boolean followedByCountyWord(String text, int end) {
        for (String word : COUNTY_SUFFIX_WORDS) {
            if (text.startsWith(word, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a new area is written alone or right after the division it lies in or one above (河北雄安新区, 青岛西海岸新区):
     * after a place at home it lies outside, it begins that place's name (闽侯县贵安温泉); after a city within the
     * division it spans, Localities places it in that city as written (成都天府新区).
     */
    private static boolean writtenAfterNoneOrItsContainer(Resolved justBefore, Region area) {
        return justBefore == null || justBefore.region().foreign() || justBefore.region().level() == RegionLevel.COUNTRY
            || area.code().startsWith(justBefore.region().code());
    }

    /**
     * Right after an ancestor's name (平马镇和村, 河北正定): how short names (和村, 新村) and county short forms show they
     * are places.
     */
    private static boolean isParentRightBefore(Resolved justBefore, NameMatch match, Region region) {
        return justBefore != null && region.code().startsWith(justBefore.region().code());
    }

    /**
     * The county or city resolved right before a name, or before a 的 right before it (浙江安吉的石鹰村), if any: a
     * province leaves too many namesakes (山东新农村 is no village).
     */
    private static Resolved countyOrCityJustBefore(String text, NameMatch match, Map<Integer, Resolved> resolvedByEnd) {
        Resolved adjacent = resolvedByEnd.get(match.start());
        Resolved before = adjacent != null || match.start() == 0 || text.charAt(match.start() - 1) != MODIFIER_END ? adjacent
            : resolvedByEnd.get(match.start() - 1);
        return before != null && !before.region().foreign() && (before.region().level() == RegionLevel.COUNTY
            // a province-level city (北京郑各庄村) is a city before the name, not a province of namesakes
            || before.region().level() == RegionLevel.PREFECTURE
            || before.region().level() == RegionLevel.PROVINCE && Localities.isCity(before.region())) ? before : null;
    }

    private static List<PlaceMention> longestWithoutOverlap(List<Resolved> resolved, int textLength) {
        List<Resolved> byLength = new ArrayList<>(resolved);
        byLength.sort(Comparator.comparingInt((Resolved r) -> -r.match().length()).thenComparingInt(r -> r.match().start()));
        BitSet taken = new BitSet(textLength);
        List<Resolved> kept = new ArrayList<>();
        for (Resolved r : byLength) {
            int firstTaken = taken.nextSetBit(r.match().start());
            if (firstTaken < 0 || firstTaken >= r.match().end()) {
                kept.add(r);
                taken.set(r.match().start(), r.match().end());
            }
        }
        kept.sort(Comparator.comparingInt(r -> r.match().start()));
        return kept.stream()
            .map(r -> new PlaceMention(r.match().start(), r.match().end(), r.match().surface(), r.region()))
            .toList();
    }
}
