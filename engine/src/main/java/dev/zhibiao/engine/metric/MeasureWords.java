package dev.zhibiao.engine.metric;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words naming a measure of a thing rather than a thing (产量, 全长, 车程, GDP总量): written before the amount (全长522公里),
 * after the thing measured (加工厂年生产量), after two places (甲地与乙地的车程) or in a frame (从GDP总量来看).
 */
final class MeasureWords {
    /** A dimension written before an amount it is of (全长522公里, 直径3米). */
    private static final Pattern DIMENSION_BEFORE = Pattern.compile(
            "(?:全长|总长|长度|宽度|高度|深度|直径|厚度|(?:总?(?:占地|建筑|流域|耕地|种植|灌溉|播种|经营)|总)?面积|占地|排水量|载重|容量"
                // a bearing or a single adjective of size (东西宽30公里, 纵深30公里, 一道长220公里): after a measure word or
                // a mark only, not ending a verb (增长, 提高, 加深)
                + "|纵深|海拔|周长|跨度|[东西南北]{2}[长宽]|(?<![\\p{IsHan}&&[^道座条个只根棵块片]])[长宽高深厚])$");
    /** Two places joined (与, 和, 至, 到), then a measure of the trip between them, ending the phrase. */
    private static final Pattern BETWEEN_PLACES = Pattern.compile(
            "^\\p{IsHan}{2,}([与和至到])[^，。；与和至到]{2,12}?(?:之间)?的?(?:车程|距离|路程|航程|行程|通行时间|行车时间)$");
    /** Measures of a thing named before them, longest first where one ends another (年生产量 before 生产量, 产量). */
    private static final List<String> OWNED_MEASURES = List.of("年生产量", "年产量", "生产量", "产量", "年产值", "产值",
        "年收入", "营业收入", "收入", "年销售额", "销售额", "建筑面积", "占地面积", "总面积", "面积", "计划总任务", "总任务",
        "总投资", "投资", "总里程", "里程", "全长", "总长", "长度");
    /** Last characters of words naming a measure (总额, 产量, 增加值, 人数, 收入, 利润, 人口, 投资, 面积, 规模, 增幅…). */
    private static final String MEASURE_ENDS = "额量值数率入润产口资费价积度长重耗税款收出支模比幅速效益";
    /** A frame naming the measure the sentence goes on to state (从GDP总量来看); a breakdown (从隶属关系看) names none. */
    private static final Pattern VIEWPOINT = Pattern.compile("从(.{1,8}?[量值额数])(?:上)?来?看");

    private MeasureWords() {
    }

    /**
     * Whether the label ends with a word naming a measure (产量, 收入, 总额, 增加值, 人口, 利润) rather than a category of
     * things (城镇, 金牌, 专科).
     */
    static boolean namesMeasure(String label) {
        return !label.isEmpty() && MEASURE_ENDS.indexOf(label.charAt(label.length() - 1)) >= 0;
    }

    /**
     * The thing a label names a measure of (福军玉米烘干加工厂年生产量 → 福军玉米烘干加工厂), the label itself when it
     * names a thing (国家公园候选区), or "" when it names a measure of no thing written (年生产量).
     */
    static String withoutTrailingMeasure(String label) {
        for (String measure : OWNED_MEASURES) {
            if (label.endsWith(measure)) {
                return label.substring(0, label.length() - measure.length());
            }
        }
        return namesMeasure(label) ? "" : label;
    }

    /**
     * Where the joiner of the two places a trip is measured between stands ({@code 与} in 甲地与乙地的车程), when the phrase
     * ends in such a measure; -1 otherwise.
     */
    static int tripJoinerAt(String phrase) {
        Matcher m = BETWEEN_PLACES.matcher(phrase);
        return m.find() ? m.start(1) : -1;
    }

    /** The dimension written right before an amount (全长522公里 → 全长), or "". */
    static String attributeBefore(String left) {
        Matcher m = DIMENSION_BEFORE.matcher(left);
        return m.find() ? m.group() : "";
    }

    /** The measure a viewpoint frame names (从GDP总量来看 → GDP总量), or "" when the clause is no such frame. */
    static String viewpointMeasure(String clause) {
        Matcher m = VIEWPOINT.matcher(clause);
        return m.matches() ? m.group(1) : "";
    }
}
