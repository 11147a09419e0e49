package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An adverbial frame (在上年度的基础上, 在沃尔沃带动下, 在经济增速年均5.5%的情况下) says against what or under what a fact
 * holds, not what it measures: it leaves the label. A frame opened by 在 goes whole (补偿比例在上年度的基础上 → 补偿比例);
 * the close of one the amount stood in (在200个农业产业强镇的基础上 → 农业产业强镇) goes alone. A label left naming
 * nothing is the caller's to replace.
 */
final class Frames {
    private static final String NOUNS = "基础|情况|带动|推动|影响|背景|支持|前提|帮助|引领|驱动";
    private static final Pattern OPENED = Pattern.compile("在[^在，,。；]{1,20}?(?:的)?(?:" + NOUNS + ")[上下]");
    private static final Pattern CLOSE = Pattern.compile("(?:的)?(?:基础上|情况下)");
    /** A time left of a frame (在上一年的基础上 → 上一年) is the frame's base, naming nothing measured. */
    private static final Pattern TIME_ONLY = Pattern.compile("(?:上|去|前|今|本|当|同)?一?(?:年|年度|月|季度|期|年同期)");

    private Frames() {
    }

    static String without(String label) {
        if (label.isEmpty()) {
            return label;
        }
        String s = OPENED.matcher(label).replaceAll("");
        if (s.length() == label.length()) {
            Matcher close = CLOSE.matcher(s);
            s = close.find() ? s.substring(0, close.start()) + s.substring(close.end()) : s;
        }
        if (s.length() == label.length()) {
            return label;
        }
        s = StrayMarks.tidy(s);
        return TIME_ONLY.matcher(s).matches() ? "" : s;
    }
}
