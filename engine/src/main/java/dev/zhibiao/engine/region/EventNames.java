package dev.zhibiao.engine.region;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Events named after their host (巴黎奥运会, 杭州亚残运会, 第23届多哈论坛, 2024腾冲科学家论坛). */
final class EventNames {
    /** The event's name after the place: a few characters and the kind of event. */
    private static final Pattern AFTER_HOST =
        Pattern.compile("(?:第[0-9一二三四五六七八九十百]+届)?(\\p{IsHan}{1,5}?(?:运会|运动会|论坛|峰会|博览会|锦标赛|世界杯))");
    private static final int MAX_EVENT_NAME = 12;

    private EventNames() {
    }

    /** The name of the event a place ending at {@code end} hosts (科学家论坛), if one follows it. */
    static Optional<String> hostedAfter(String text, int end) {
        Matcher m = AFTER_HOST.matcher(text).region(end, Math.min(text.length(), end + MAX_EVENT_NAME));
        return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
