package dev.zhibiao.engine.region;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hospitals that are places: a university's (吉林大学中日联谊医院), one named after a person abroad (卡迈勒·阿德万医院), or
 * one named right after the division at home it serves (无锡市人民医院); no kind of hospitals (市级医院, 定点医院).
 */
final class HospitalNames {
    /**
     * A hospital is a place named after a university (吉林大学中日联谊医院) or right after the division at home it
     * serves (无锡市人民医院, 十堰市太和医院): not a kind of hospitals ({@link #HOSPITAL_CATEGORIES}).
     */
    static final String HOSPITAL = "医院";
    /**
     * Words of kinds of hospitals, not of one's name (无锡市定点医院, 北京三甲医院, 鄱阳县11家二级医院, 全市各级医院):
     * grades, ownership, policy roles, counts and back references.
     */
    private static final Pattern HOSPITAL_CATEGORIES = Pattern.compile("定点|发热|方舱|公立|民营|私立|[一二三]级|[二三]甲|甲等"
        + "|基层|社区|乡镇|县级|市级|省级|区级|综合|医联体|托管|对口|帮扶|龙头|牵头|[这那该某各每其本所全多数几家座]"
        // sizes, fields, standing, where and how many, not a name (宁波市专科医院, 广州市大型医院, 杭州周边医院)
        + "|专科|大型|中小|重点|知名|优质|主要|部分|新建|新增|周边|城区|市区|郊区|城乡|农村|内外|境内|境外|外资|合资|外地|本地|当地");
    /** The levels of the divisions a hospital is named after (江苏省人民医院, 无锡市人民医院, 鄱阳县人民医院). */
    private static final Set<RegionLevel> HOSPITAL_DIVISIONS = EnumSet.range(RegionLevel.PROVINCE, RegionLevel.COUNTY);
    private static final int MIN_HOSPITAL_NAME = 2;
    private static final int MAX_HOSPITAL_NAME = 6;

    private HospitalNames() {
    }

    /** The hospital named before 医院 at {@code kindStart}, or null when the words there name none. */
    static LocalityCandidate hospital(String text, int kindStart, Map<Integer, PlaceMention> endingAt) {
        return Optional.ofNullable(universityHospital(text, kindStart, endingAt))
            .or(() -> Optional.ofNullable(PersonNamedSites.personNamedSite(text, kindStart, HOSPITAL)))
            .orElseGet(() -> divisionHospital(text, kindStart, endingAt));
    }

    /** Whether a university's hospital is named right after the university (吉林大学中日联谊医院): the hospital is the place. */
    static boolean hospitalAhead(String text, int universityEnd) {
        for (int k = universityEnd + 1; k <= universityEnd + MAX_HOSPITAL_NAME && k < text.length(); k++) {
            if (!ProperNames.isNameCharacter(text.charAt(k - 1))) {
                return false;
            }
            if (k - universityEnd >= MIN_HOSPITAL_NAME && text.startsWith(HOSPITAL, k)) {
                return true; // the hospital's own name may be a common word (人民医院, 附属医院)
            }
        }
        return false;
    }

    /**
     * A university's hospital: 大学, then a name of two to six characters, common words too (人民医院), then 医院; the
     * university named by a place at home (吉林大学中日联谊医院) or by up to four characters of its own (陆军军医大学西南医院).
     * No other 医院 names a place (市级医院, 定点医院, 二级综合医院).
     */
    private static LocalityCandidate universityHospital(String text, int kindStart,
                                                        Map<Integer, PlaceMention> endingAt) {
        if (kindStart == 0 || !ProperNames.isNameCharacter(text.charAt(kindStart - 1))) {
            return null;
        }
        for (int n = MIN_HOSPITAL_NAME; n <= MAX_HOSPITAL_NAME; n++) {
            int universityEnd = kindStart - n;
            int universityStart = universityEnd - UniversityNames.UNIVERSITY.length();
            if (universityStart <= 0 || !ProperNames.isNameCharacter(text.charAt(universityEnd))) {
                return null;
            }
            if (!text.startsWith(UniversityNames.UNIVERSITY, universityStart)) {
                continue;
            }
            PlaceMention anchor = endingAt.get(universityStart);
            if (anchor != null) {
                return anchor.region().foreign() ? null
                    : new LocalityCandidate(anchor.end(), kindStart, text.substring(anchor.end(), kindStart), HOSPITAL,
                        anchor);
            }
            int start = universityStart;
            while (start > 0 && universityStart - start < ProperNames.MAX_NAME_ALONE
                    && ProperNames.isNameCharacter(text.charAt(start - 1)) && !endingAt.containsKey(start)) {
                start--;
            }
            boolean bounded = start == 0 || !ProperNames.isNameCharacter(text.charAt(start - 1))
                || ProperNames.PREPOSITIONS.indexOf(text.charAt(start - 1)) >= 0;
            String university = text.substring(start, universityStart);
            return bounded && university.length() >= ProperNames.MIN_NAME && ProperNames.isProper(university)
                ? new LocalityCandidate(start, kindStart, text.substring(start, kindStart), HOSPITAL, null) : null;
        }
        return null;
    }

    /**
     * A hospital named by the division at home right before its own name (无锡市人民医院, 湖北省十堰市太和医院), or null: the
     * name is a few name characters, no kind of hospitals (无锡市定点医院).
     */
    private static LocalityCandidate divisionHospital(String text, int kindStart, Map<Integer, PlaceMention> endingAt) {
        for (int n = MIN_HOSPITAL_NAME; n <= MAX_HOSPITAL_NAME && n < kindStart; n++) {
            int start = kindStart - n;
            if (!ProperNames.isNameCharacter(text.charAt(start))) {
                return null;
            }
            PlaceMention anchor = endingAt.get(start);
            if (anchor != null) {
                String proper = text.substring(start, kindStart);
                boolean named = !anchor.region().foreign() && HOSPITAL_DIVISIONS.contains(anchor.region().level())
                    && !HOSPITAL_CATEGORIES.matcher(proper).find();
                return named ? new LocalityCandidate(start, kindStart, proper, HOSPITAL, anchor) : null;
            }
        }
        return null;
    }
}
