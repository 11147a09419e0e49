package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.HanCharacters;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The subjects that are, or lie in a run of names that is, where something came from (从黎巴嫩发射, 来自北京的, 乌克兰方面
 * 发射的) or who acted on the place of the fact (学校遭到以色列军方空袭): the facts are where the things arrived or the
 * deed struck, not there.
 */
final class Origins {
    /** Words before the agent of a passive (遭到以色列军方空袭, 受到美国制裁, 被美军击落): it acted on the fact's place. */
    private static final List<String> AGENT_MARKS = List.of("遭到", "遭受", "受到", "遭", "被");
    private static final List<String> ORIGIN_OR_AGENT_MARKS =
        Stream.concat(PlaceContext.ORIGIN_MARKS.stream(), AGENT_MARKS.stream()).toList();
    /**
     * Characters before a run of names that make it no launcher written after the deed on the scene (击落俄罗斯方面发射的):
     * the launch site (在海南文昌发射的), the target (向以色列发射的, 对乌克兰发射的, 朝…发射的) or a list's later name
     * (日本和韩国发射的). A run opening its clause (，朝鲜发射的2枚导弹落入…) is the fact's topic, not an origin.
     */
    private static final String NOT_BEFORE_LAUNCHER = "在向对朝和与及同";

    private Origins() {
    }

    /** The origins among the subjects, by identity: a mention's hash walks its region's path, and they are asked per amount. */
    static Set<PlaceMention> in(String text, DocumentSpans spans, List<PlaceMention> subjects) {
        Map<Integer, PlaceMention> byEnd = new HashMap<>();
        Map<Integer, PlaceMention> byStart = new HashMap<>();
        subjects.forEach(p -> {
            byEnd.putIfAbsent(p.end(), p);
            byStart.putIfAbsent(p.start(), p);
        });
        Set<PlaceMention> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PlaceMention p : subjects) {
            int start = p.start();
            for (PlaceMention before = byEnd.get(start); before != null && before.start() < start; before = byEnd.get(start)) {
                start = before.start();
            }
            int end = p.end();
            for (PlaceMention after = byStart.get(end); after != null && after.end() > end; after = byStart.get(end)) {
                end = after.end();
            }
            int runStart = start;
            if (ORIGIN_OR_AGENT_MARKS.stream()
                    .anyMatch(mark -> runStart >= mark.length() && text.startsWith(mark, runStart - mark.length()))
                    || launchesFrom(text, spans, subjects, runStart, end)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether the run of names [start, end) is written as the launcher of what a deed on the scene struck or downed
     * ({@link PlaceContext#LAUNCHER_AFTER} after a verb: 在布良斯克州上空摧毁乌克兰方面发射的2枚导弹), not as a site, target,
     * list item or the clause's topic ({@link #NOT_BEFORE_LAUNCHER}), and only after a scene abroad in its sentence: a
     * place at home there is a misread name's end (德州 of 别尔哥罗德州), no scene to give way to.
     */
    private static boolean launchesFrom(String text, DocumentSpans spans, List<PlaceMention> subjects, int start, int end) {
        // what most places are followed by: none of the words' first characters (checked before the pattern, for speed)
        if (end >= text.length() || !PlaceContext.LAUNCHER_AFTER_FIRST.mayBeginAt(text, end) || start == 0
                || !HanCharacters.isHan(text.charAt(start - 1)) || NOT_BEFORE_LAUNCHER.indexOf(text.charAt(start - 1)) >= 0
                || !PlaceContext.LAUNCHER_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        int sentenceStart = spans.sentenceAt(start).start();
        return subjects.stream().anyMatch(p -> p.start() >= sentenceStart && p.end() < start && p.region().foreign());
    }
}
