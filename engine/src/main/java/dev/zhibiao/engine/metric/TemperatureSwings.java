package dev.zhibiao.engine.metric;

import java.util.List;
import java.util.Set;

/**
 * A drop or rise of temperature in degrees (部分地区降温12—14℃, 出现6℃—10℃降温) measures how far it went: named by the
 * swing and 幅度 (降温幅度), as 升温幅度 and 降幅 are written; the swing alone names the weather event, not the amount.
 */
final class TemperatureSwings {
    private static final Set<String> DEGREES = Set.of("℃", "摄氏度");
    private static final List<String> SWINGS = List.of("降温", "升温");
    private static final String MAGNITUDE = "幅度";
    /** A level reached (降温至30℃, 降到5℃): the amount after 至, 到 or 为 is where the swing ended, not how far it went. */
    private static final String LEVEL_REACHED = "至到为";

    private TemperatureSwings() {
    }

    static String named(QuantityScope scope, String label) {
        int start = scope.quantity.start();
        if (!DEGREES.contains(scope.quantity.unit()) || scope.quantity.change() != null
                || SWINGS.stream().noneMatch(label::endsWith)
                || start > 0 && LEVEL_REACHED.indexOf(scope.text.charAt(start - 1)) >= 0) {
            return label;
        }
        return label + MAGNITUDE;
    }
}
