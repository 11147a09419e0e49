package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Organizations introduced with their seat (位于杭州的传化集团, 总部位于深圳的腾讯公司): later in the post their name — in
 * full, or without its suffix (传化) — stands for that place, so the figures of a paragraph about the firm that names no
 * place (传化集团新增授权专利150多件) are the seat's. Only a proper name counts: 位于上海的外资企业 names a kind of firm, and a
 * branch (中国银行江苏分行) is not the whole organization.
 * <p>
 * Likewise an armed group written right after its country (也门胡塞武装, 黎巴嫩真主党武装): named again alone (美军打击了胡塞武装
 * 控制区的四架无人机, 美国和英国针对胡塞武装展开了424次空袭), it stands for that country, where the strikes fall — not for
 * the country acting on it. Only a proper name counts: 叙利亚反政府武装 and 也门政府和胡塞武装 introduce no group.
 */
final class SeatedOrganizations {
    private static final List<String> SEAT_VERBS = List.of("位于", "坐落于", "地处", "总部设在");
    private static final String OF = "的";
    /** Words ending an organization's name; 有限公司 before 公司, as a name ends with the longest. */
    private static final List<String> SUFFIXES = List.of("集团", "有限公司", "公司", "企业", "工厂", "银行", "医院", "合作社");
    private static final int MAX_NAME = 8;
    /** A name without its suffix this short (华为 of 华为公司) still says which firm; shorter ones are words. */
    private static final int MIN_SHORT_NAME = 2;
    /** Words of a kind of organization, not of one (科技公司, 外资企业, 三甲医院, 一家公司), and branches. */
    private static final Pattern NOT_PROPER = Pattern.compile(
        "[一二两三四五六七八九十百千几多每这那该某各本其另]|科技|外资|内资|民营|国有|私营|大型|中型|小型|龙头|知名|重点|高新"
            + "|新能源|制造|生产|分行|支行|分公司|分院");
    /** Characters after which a name may begin: punctuation, or a preposition, conjunction or particle. */
    private static final String NAME_MAY_FOLLOW = "在由与和及的是据对向从将被把让为";
    /** A group is also struck or fought after a finished verb (打击了胡塞武装控制区); a firm after 为了 is a purpose. */
    private static final String GROUP_MAY_FOLLOW = NAME_MAY_FOLLOW + "了";
    /** Words ending an armed group's name written after its country; the longer first. */
    private static final List<String> GROUP_SUFFIXES = List.of("武装组织", "武装");
    private static final int MAX_GROUP_NAME = 6;
    /** The suffixes a name may drop (传化集团 → 传化, 胡塞武装 → 胡塞). */
    private static final List<String> NAME_SUFFIXES = Stream.concat(SUFFIXES.stream(), GROUP_SUFFIXES.stream()).toList();
    /** Words of a kind of group, a part of a country or a list, not of one group's name (反政府武装, 东部武装, 政府和胡塞武装). */
    private static final Pattern NOT_GROUP = Pattern.compile(
        "[一二两三四五六七八九十多各该这那其和与及同跟的东西南北]|政府|地方|民间|部落|恐怖|极端|非法|当地|境内|反对派|民兵|定居者|雇佣兵");

    private SeatedOrganizations() {
    }

    /**
     * The mentions with every later mention of a seated organization added as its seat, in text order; none inside
     * the national-scope spans (全国科技投入 is no firm's).
     */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions, List<Span> national) {
        List<PlaceMention> out = new ArrayList<>(mentions);
        BitSet covered = new BitSet(text.length());
        mentions.forEach(p -> covered.set(p.start(), p.end()));
        national.forEach(s -> covered.set(s.start(), s.end()));
        for (PlaceMention seat : mentions) {
            String name = nameAfter(text, seat);
            String mayFollow = NAME_MAY_FOLLOW;
            // a firm's name follows 的 (位于杭州的传化集团), a group's its country right away (也门胡塞武装)
            int nameStart = seat.end() + OF.length();
            if (name.isEmpty()) {
                name = groupAfter(text, seat);
                mayFollow = GROUP_MAY_FOLLOW;
                nameStart = seat.end();
            }
            if (name.isEmpty()) {
                continue;
            }
            int from = nameStart + name.length();
            addOccurrences(text, name, from, seat.region(), out, covered, mayFollow);
            String shortName = withoutSuffix(name);
            if (shortName.length() >= MIN_SHORT_NAME) {
                addOccurrences(text, shortName, from, seat.region(), out, covered, mayFollow);
            }
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    /** The organization's proper name written after "位于<place>的", or "" when there is none. */
    private static String nameAfter(String text, PlaceMention place) {
        boolean seat = SEAT_VERBS.stream().anyMatch(v -> text.startsWith(v, place.start() - v.length()))
            && text.startsWith(OF, place.end());
        if (!seat) {
            return "";
        }
        int start = place.end() + OF.length();
        for (int k = start; k < Math.min(text.length(), start + MAX_NAME); k++) {
            if (!HanCharacters.isHan(text.charAt(k)) || text.charAt(k) == '的') {
                return "";
            }
            for (String suffix : SUFFIXES) {
                if (k > start && text.startsWith(suffix, k)) {
                    String name = text.substring(start, k + suffix.length());
                    return NOT_PROPER.matcher(name).find() ? "" : name;
                }
            }
        }
        return "";
    }

    /** The proper name of an armed group written right after a country (也门胡塞武装 → 胡塞武装), or "". */
    private static String groupAfter(String text, PlaceMention country) {
        if (country.region().level() != RegionLevel.COUNTRY) {
            return "";
        }
        int start = country.end();
        for (int k = start + 1; k < Math.min(text.length(), start + MAX_GROUP_NAME); k++) {
            if (!HanCharacters.isHan(text.charAt(k - 1))) {
                return "";
            }
            for (String suffix : GROUP_SUFFIXES) {
                if (text.startsWith(suffix, k)) {
                    String name = text.substring(start, k + suffix.length());
                    return NOT_GROUP.matcher(text.substring(start, k)).find() ? "" : name;
                }
            }
        }
        return "";
    }

    private static String withoutSuffix(String name) {
        return NAME_SUFFIXES.stream().filter(name::endsWith).findFirst()
            .map(s -> name.substring(0, name.length() - s.length())).orElse(name);
    }

    private static void addOccurrences(String text, String name, int from, Region seat, List<PlaceMention> out,
                                       BitSet covered, String mayFollow) {
        for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + name.length())) {
            int end = at + name.length();
            if (covered.nextSetBit(at) < 0 || covered.nextSetBit(at) >= end) {
                if (beginsWord(text, at, mayFollow)) {
                    out.add(new PlaceMention(at, end, name, seat));
                    covered.set(at, end);
                }
            }
        }
    }

    /** Whether a word may begin here: after a non-Chinese character or a function word, not inside a word. */
    private static boolean beginsWord(String text, int at, String mayFollow) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return !HanCharacters.isHan(before) || mayFollow.indexOf(before) >= 0;
    }
}
