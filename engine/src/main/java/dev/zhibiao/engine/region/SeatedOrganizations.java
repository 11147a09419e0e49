package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Organizations introduced with their seat (位于杭州的传化集团, 总部位于深圳的某公司): later in the post their name — in full,
 * or without its suffix (传化) — stands for that place, so the figures of a paragraph about the firm that names no place
 * (传化集团新增授权专利150多件) are the seat's.
 */
final class SeatedOrganizations {
    private static final List<String> SEAT_VERBS = List.of("位于", "坐落于", "地处", "总部设在");
    private static final String OF = "的";
    /** Words ending an organization's name, longest first where one ends another. */
    private static final List<String> SUFFIXES = List.of("集团", "有限公司", "公司", "企业", "工厂", "银行", "医院", "合作社");
    private static final int MAX_NAME = 8;
    /** A name without its suffix this short (华为 of 华为公司) still says which firm; shorter ones are words. */
    private static final int MIN_SHORT_NAME = 2;

    private SeatedOrganizations() {
    }

    /** The mentions with every later mention of a seated organization added as its seat, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>(mentions);
        for (PlaceMention seat : mentions) {
            String name = nameAfter(text, seat);
            if (name.isEmpty()) {
                continue;
            }
            int from = seat.end() + OF.length() + name.length();
            addOccurrences(text, name, from, seat.region(), out);
            String shortName = withoutSuffix(name);
            if (shortName.length() >= MIN_SHORT_NAME) {
                addOccurrences(text, shortName, from, seat.region(), out);
            }
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    /** The organization's name written after "位于<place>的", or "" when the place is no seat of one. */
    private static String nameAfter(String text, PlaceMention place) {
        boolean seat = SEAT_VERBS.stream().anyMatch(v -> text.startsWith(v, place.start() - v.length()))
            && text.startsWith(OF, place.end());
        if (!seat) {
            return "";
        }
        int start = place.end() + OF.length();
        for (int k = start; k < Math.min(text.length(), start + MAX_NAME); k++) {
            if (Character.UnicodeScript.of(text.charAt(k)) != Character.UnicodeScript.HAN || text.charAt(k) == '的') {
                return "";
            }
            for (String suffix : SUFFIXES) {
                if (k > start && text.startsWith(suffix, k)) {
                    return text.substring(start, k + suffix.length());
                }
            }
        }
        return "";
    }

    private static String withoutSuffix(String name) {
        return SUFFIXES.stream().filter(name::endsWith).findFirst()
            .map(s -> name.substring(0, name.length() - s.length())).orElse(name);
    }

    private static void addOccurrences(String text, String name, int from, Region seat, List<PlaceMention> out) {
        for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + name.length())) {
            int start = at;
            int end = at + name.length();
            if (out.stream().noneMatch(p -> p.start() < end && start < p.end())) {
                out.add(new PlaceMention(start, end, name, seat));
            }
        }
    }
}
