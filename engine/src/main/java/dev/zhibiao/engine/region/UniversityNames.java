package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;

import java.util.regex.Pattern;

/**
 * Universities that are places: one named alone by a region of China opening its name (华中科技大学), or a state
 * university abroad named by its city after its state (马萨诸塞州伍斯特州立大学); not a source of figures or experts
 * (斯坦福大学研究显示) nor a partner named in a list.
 */
final class UniversityNames {
    static final String UNIVERSITY = "大学";
    /** Regions of China that open universities' names (华中科技大学, 西南大学, 东北师范大学). */
    private static final Pattern UNIVERSITY_REGIONS = Pattern.compile("华中|华南|华东|华北|西南|西北|东北|东南|中南");
    /** What a state university's name holds after its city's (伍斯特州立大学 in 马萨诸塞州): no division of its own. */
    private static final String STATE_RUN = "州立";
    /** Words after a university saying it is the source of figures (韦恩州立大学研究显示), not where they happen. */
    private static final Pattern REPORTING = Pattern.compile("研究|调查|统计|发布|报告|专家|教授|学者|数据");
    private static final int REPORTING_REACH = 4;
    /** A university as a source, its experts or a partner (研究团队, 专家, 与…签约): no place of the facts. */
    private static final Pattern UNIVERSITY_AS_SOURCE = Pattern.compile(REPORTING.pattern() + "|团队|[与和同]");

    private UniversityNames() {
    }

    /**
     * A university named alone is a kind (综合性大学, 研究型大学), unless its name opens with one of China's regions, which
     * no common word does (华中科技大学, 西南大学, 华东师范大学): a name, written at a clause's start or after a preposition;
     * not a source of figures or experts (华东师范大学研究团队发现…) nor a partner (西北工业大学与阎良区签约).
     */
    static LocalityCandidate regionNamedUniversity(String text, int start, int end, int kindEnd) {
        if (UNIVERSITY_AS_SOURCE.matcher(text).region(kindEnd, Math.min(text.length(), kindEnd + REPORTING_REACH))
                .lookingAt()) {
            return null;
        }
        for (int s = start; s + ProperNames.MIN_NAME <= end; s++) {
            boolean bounded = s == 0 || !ProperNames.isNameCharacter(text.charAt(s - 1))
                || ProperNames.PREPOSITIONS.indexOf(text.charAt(s - 1)) >= 0
                || ProperNames.CONJUNCTIONS.indexOf(text.charAt(s - 1)) >= 0;
            if (bounded && UNIVERSITY_REGIONS.matcher(text).region(s, end).lookingAt()) {
                return new LocalityCandidate(s, end, text.substring(s, end), UNIVERSITY, null);
            }
        }
        return null;
    }

    /**
     * Whether a state university is named by its city after the state abroad it lies in (马萨诸塞州伍斯特州立大学): a
     * site where news abroad happens. Other universities abroad stay no place: after a country they are often partners
     * named in a list (加拿大西安大略大学等单位), or sources of figures (斯坦福大学研究显示, 韦恩州立大学研究显示).
     */
    static boolean stateUniversityAbroad(String proper, PlaceMention anchor, String text, int nameEnd) {
        if (!proper.endsWith(STATE_RUN) || !anchor.region().foreign() || anchor.region().level() == RegionLevel.COUNTRY
                || REPORTING.matcher(text).region(nameEnd, Math.min(text.length(), nameEnd + REPORTING_REACH)).lookingAt()) {
            return false;
        }
        String city = proper.substring(0, proper.length() - STATE_RUN.length());
        return city.length() >= ProperNames.MIN_NAME && ProperNames.isProper(city) && !DictionaryWords.isWord(city);
    }
}
