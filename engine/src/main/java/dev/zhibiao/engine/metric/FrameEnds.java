package dev.zhibiao.engine.metric;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Words that close a frame of the phrase before an amount (以来, 其中, 数据显示, an apposition's dash) or a listed
 * company's name (its security code): what the amount measures is named after the last of them.
 */
final class FrameEnds {
    private static final String APPOSITION = "——";
    /** How near after a dash the 段 or 线 of a route stands (北京——上海段). */
    private static final int ROUTE_END_REACH = 5;
    /** Words that close a frame (time span, source, breakdown): the metric comes after the last of them. */
    private static final List<String> FRAME_ENDS = List.of(
            "以来", "至今", "其中", "据统计", "数据显示", "显示", "表明", "等地", "公布",
            // an apposition names the thing again (全国首个中外合作开发区——苏州工业园区…进出口值)
            APPOSITION);

    private FrameEnds() {
    }

    /** The part after the last frame word or security code. */
    static String afterFrame(String phrase) {
        int cut = 0;
        for (String end : FRAME_ENDS) {
            int at = phrase.lastIndexOf(end);
            if (at >= 0 && !(end.equals(APPOSITION) && joinsRouteEnds(phrase, at + end.length()))) {
                cut = Math.max(cut, at + end.length());
            }
        }
        Matcher code = MarketMoves.SECURITY_CODE.matcher(phrase);
        while (code.find()) {
            cut = Math.max(cut, code.end());
        }
        return phrase.substring(cut);
    }

    /** Whether the dash joins the two ends of a route (北京——上海段, 中国——东盟线): a 段 or 线 follows them closely. */
    private static boolean joinsRouteEnds(String phrase, int afterDash) {
        String after = phrase.substring(afterDash, Math.min(phrase.length(), afterDash + ROUTE_END_REACH));
        return after.indexOf('段') >= 0 || after.indexOf('线') >= 0;
    }
}
