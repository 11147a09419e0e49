package dev.zhibiao.engine.region;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The place a local news site covers, as its posts' tags name it: 柳河县新闻, 大庆市新闻. */
final class SitePlace {
    /** A division's official name (ending in its level's word) followed by 新闻; 新闻联播 or 右江日报新闻 name no site place. */
    private static final Pattern PLACE_NEWS = Pattern.compile("^(\\p{IsHan}{1,8}?(?:省|自治区|市|自治州|州|地区|盟|县|自治县|旗|区))新闻$");

    private SitePlace() {
    }

    /** The place name of the first tag that is one, or "". */
    static String nameIn(List<String> tags) {
        for (String tag : tags) {
            Matcher m = PLACE_NEWS.matcher(tag.trim());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return "";
    }
}
