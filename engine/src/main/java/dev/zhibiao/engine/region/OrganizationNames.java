package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.Segmenter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Places written as the first words of an organization's name (柳河县七棵树矿业有限公司, 柳河县景友中草药种植专业合作社). */
final class OrganizationNames {
    private static final List<String> SUFFIXES = List.of("公司", "合作社", "集团", "厂");
    /** Words and marks that end a name before any suffix is reached. */
    private static final String BREAKS = "，,。；;：:、的在和与及（(）)“”\"\n 0123456789";
    /** A Chinese numeral ends a name where it counts (三个合作社), not where it is part of it (七棵树矿业有限公司). */
    private static final String NUMERALS = "一二两三四五六七八九十";
    private static final String COUNTERS = "个家所名位座";
    private static final int MAX_NAME_AFTER_PLACE = 14;
    /**
     * A public body named after the place it serves, its name ending a word (霍邱县法院, 霍邱县财政局, 中国邮政储蓄银行霍邱县
     * 支行); not 局 or 分行 inside other words (格局, 布局, 局地, 局部, 分行业).
     */
    private static final Pattern BODY = Pattern.compile(
        "\\p{IsHan}{0,6}?(?:(?<![格布结大全当开时骗僵])局(?![部面势限长地])|(?:人民)?法院|(?:人民)?检察院|[支分]行(?!业))");
    /**
     * Words of a body's people working in a place of its county (包保责任人, 帮扶, 驻村干部), read a few characters after
     * the body's name: what they give or do there is the place's; the body's own totals (审结案件3000件) stay its county's.
     */
    private static final Pattern BODY_PEOPLE_AT_WORK = Pattern.compile("包保|帮扶|驻村|结对|责任人|干部|职工|党员|工作队");
    private static final int BODY_PEOPLE_REACH = 8;
    /** Words joining a partner to the subject of a deed (郝口坡村与广州某公司联合成立合作社). */
    private static final String PARTNER_JOINERS = "与同跟";

    private OrganizationNames() {
    }

    /** Whether the place begins the name of a company, cooperative, group or factory. */
    static boolean begins(String text, PlaceMention place) {
        return suffixAt(text, place.end(), MAX_NAME_AFTER_PLACE, SUFFIXES) > place.end();
    }

    /**
     * Whether the place begins the name of a firm, or of a public body whose people the words after it count or set to
     * work (霍邱县法院36名包保责任人, 中国邮政储蓄银行霍邱县支行4名包保责任人): in a story on a place within it
     * (驻茶西村工作队), what they give and do is that place's.
     */
    static boolean beginsFirmOrBody(String text, PlaceMention place) {
        if (begins(text, place)) {
            return true;
        }
        Matcher body = BODY.matcher(text).region(place.end(), text.length());
        return body.lookingAt() && BODY_PEOPLE_AT_WORK.matcher(text)
            .region(body.end(), Math.min(text.length(), body.end() + BODY_PEOPLE_REACH)).find();
    }

    /**
     * Whether the place begins the name of a firm joined as a partner to a place named before it in its clause
     * (汤峪镇郝口坡村与广州某公司联合成立合作社): the firm comes from there, the deed and its figures are the first place's.
     */
    static boolean partnerOfPlaceBefore(String text, PlaceMention place, List<PlaceMention> mentions) {
        int start = place.start();
        if (start == 0 || PARTNER_JOINERS.indexOf(text.charAt(start - 1)) < 0 || !begins(text, place)) {
            return false;
        }
        return mentions.stream().anyMatch(m -> m.end() < start && Segmenter.clauseEnd(text, m.end()) >= start - 1);
    }

    /** Whether a firm, cooperative, group or factory is named in [from, to) (…的月星集团在全国运营着). */
    static boolean namedIn(String text, int from, int to) {
        String clause = text.substring(from, to);
        return SUFFIXES.stream().anyMatch(clause::contains);
    }

    /**
     * Where the first of the suffixes stands in [from, from + reach) before any word or mark that ends a name; -1 when
     * none does.
     */
    static int suffixAt(String text, int from, int reach, List<String> suffixes) {
        int limit = Math.min(text.length(), from + reach);
        for (int k = from; k < limit; k++) {
            for (String suffix : suffixes) {
                if (text.startsWith(suffix, k)) {
                    return k;
                }
            }
            if (BREAKS.indexOf(text.charAt(k)) >= 0 || NUMERALS.indexOf(text.charAt(k)) >= 0 && k + 1 < limit
                    && COUNTERS.indexOf(text.charAt(k + 1)) >= 0) {
                return -1;
            }
        }
        return -1;
    }
}
