package dev.zhibiao.engine.region;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short form news text uses for a province, prefecture or county: 广西 for 广西壮族自治区, 百色 for 百色市,
 * 延边 for 延边朝鲜族自治州, 田东 for 田东县. Derived from the official name by rule, never listed by hand.
 */
final class ShortNames {
    private static final String NEW_AREA = "新区";
    /** Administrative suffixes, longest first. */
    private static final List<String> SUFFIXES = List.of(
        "自治区", "自治州", "自治县", "自治旗", "特别行政区", "地区", "林区", "特区", NEW_AREA, "省", "市", "县", "区", "盟", "旗");
    /**
     * Peoples named in autonomous-area names (隆林各族自治县, 海西蒙古族藏族自治州); multi-character names may appear
     * without 族 (伊犁哈萨克自治州), one-character ones only with it.
     */
    private static final List<String> PEOPLES = List.of(
        "蒙古", "维吾尔", "布依", "朝鲜", "土家", "哈尼", "哈萨克", "傈僳", "拉祜", "东乡", "纳西", "景颇", "柯尔克孜",
        "达斡尔", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "乌孜别克", "俄罗斯", "鄂温克",
        "德昂", "保安", "裕固", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
        "回族", "藏族", "苗族", "彝族", "壮族", "满族", "侗族", "瑶族", "白族", "傣族", "黎族", "佤族", "畲族", "水族",
        "土族", "羌族", "怒族", "京族", "各族");

    /**
     * Districts named by a common noun (老城区 "old town", 新市区, 城北区), unique in the country: in a story on
     * 景德镇's 老城区 or 南京's 浦口老城 they are no district of 洛阳 or 乌鲁木齐, and their short forms are words only.
     */
    private static final Set<String> COMMON_NOUN_DISTRICTS = Set.of("老城区", "新市区", "解放区", "城东区", "城西区", "城北区");

    private static final String BANNER = "旗";
    /** A banner named by its land, then its side (左翼, 右) and part (前, 中, 后): 科尔沁右翼前旗, 巴林右旗, 鄂托克前旗. */
    private static final Pattern SIDED_BANNER = Pattern.compile("(\\p{IsHan}{2,}?)(?:([左右])翼?)?([前中后])?旗");

    /** Level words after the peoples of an autonomous area or ethnic township. */
    private static final List<String> AUTONOMOUS_SUFFIXES = List.of("自治州", "自治县", "自治旗", "乡", "镇");

    private ShortNames() {
    }

    /** The short form, or empty when the name has no suffix to drop or the rest would be a single character. */
    static Optional<String> of(String officialName) {
        if (isCommonNounDistrict(officialName)) {
            return Optional.empty();
        }
        for (String suffix : SUFFIXES) {
            if (officialName.endsWith(suffix)) {
                String base = withoutPeoples(officialName.substring(0, officialName.length() - suffix.length()));
                return base.length() >= 2 ? Optional.of(base) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a division's official name is a common noun too (老城区): a place by it needs support in the text. */
    static boolean isCommonNounDistrict(String officialName) {
        return COMMON_NOUN_DISTRICTS.contains(officialName);
    }

    /** Whether the division is a new area (浦东新区), whose short form (浦东) may be another division's (兰州 of 兰州新区). */
    static boolean isNewArea(String officialName) {
        return officialName.endsWith(NEW_AREA);
    }

    /**
     * An autonomous area's or ethnic township's names without its peoples: its level word kept (三江县 for 三江侗族自治县,
     * 黔南州 for 黔南布依族苗族自治州, 姜家店乡 for 姜家店朝鲜族乡) and, for an autonomous area, its whole level word too
     * (务川自治县 for 务川仡佬族苗族自治县, as statistics communiqués write it). Empty for other names.
     */
    static List<String> withoutPeoplesOf(String officialName) {
        for (String suffix : AUTONOMOUS_SUFFIXES) {
            // a township's people is always written with 族 (海子满族乡); 金水镇 names none
            if (officialName.endsWith(suffix) && (suffix.length() > 1 || officialName.indexOf('族') >= 0)) {
                String named = officialName.substring(0, officialName.length() - suffix.length());
                String base = withoutPeoples(named);
                if (base.length() < 2 || base.length() == named.length()) {
                    return List.of();
                }
                String level = suffix.substring(suffix.length() - 1);
                return suffix.length() > 1 ? List.of(base + level, base + suffix) : List.of(base + level);
            }
        }
        return List.of();
    }

    /**
     * A banner's abbreviation by its name's first character and its side or part (科尔沁右翼前旗 → 科右前旗, 土默特左旗 →
     * 土左旗, 乌拉特前旗 → 乌前旗), as Inner Mongolia's news writes it; empty for other names.
     */
    static Optional<String> bannerAbbreviationOf(String officialName) {
        Matcher m = SIDED_BANNER.matcher(officialName);
        if (!m.matches() || m.group(2) == null && m.group(3) == null) {
            return Optional.empty();
        }
        return Optional.of(officialName.charAt(0) + (m.group(2) == null ? "" : m.group(2))
            + (m.group(3) == null ? "" : m.group(3)) + BANNER);
    }

    private static String withoutPeoples(String name) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String withoutZu = name.endsWith("族") ? name.substring(0, name.length() - 1) : name;
            for (String people : PEOPLES) {
                String candidate = people.endsWith("族") ? name : withoutZu;
                if (candidate.endsWith(people) && candidate.length() > people.length() + 1) {
                    name = candidate.substring(0, candidate.length() - people.length());
                    stripped = true;
                    break;
                }
            }
        }
        return name;
    }
}
