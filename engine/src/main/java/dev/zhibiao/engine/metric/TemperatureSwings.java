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

    private TemperatureSwings() {
    }

    static String named(QuantityScope scope, String label) {
        if (!DEGREES.contains(scope.quantity.unit()) || scope.quantity.change() != null
                || SWINGS.stream().noneMatch(label::endsWith)) {
            return label;
        }
        return label + MAGNITUDE;
    }
}
