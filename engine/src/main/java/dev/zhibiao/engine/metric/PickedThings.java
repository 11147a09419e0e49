package dev.zhibiao.engine.metric;

import java.util.function.BooleanSupplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Things picked or brought out (遴选出43个交叉前沿实验室, 推出80多项活动) are named from the verb on: who picked them and
 * from where is context.
 */
final class PickedThings {
    /** Verbs that pick or bring out the things counted (遴选出43个实验室, 推出80多项活动): the doer is no part of the thing. */
    private static final String PICKING_VERBS = "遴选出|评选出|筛选出|梳理出|培育出|推出|选出";
    private static final Pattern PICKING_VERB = Pattern.compile(PICKING_VERBS);
    private static final Pattern PICKING_VERB_BEFORE = Pattern.compile("(?:" + PICKING_VERBS + ")$");
    private static final int LONGEST_PICKING_VERB = 3;
    private static final char PICKED_OUT = '出';
    /** What may stand between the verb and the amount: 了, or the batch picked (遴选出首批100所, 推出新一批30条). */
    private static final Pattern PICKED_BATCH = Pattern.compile("(?:了|首批|新一批|一批|第[一二三四五六七八九十\\d]{1,2}批)$");
    private static final int LONGEST_PICKED_BATCH = 4;
    private static final int MIN_PICKED_NOUN = 2;
    /** 仅油茶果采收机就推出新品: before 就 right before the verb stands the kind of thing picked (a topic), not its doer. */
    private static final char TOPIC_MARKER = '就';

    private PickedThings() {
    }

    /**
     * The label from its last picking verb on, when that verb stands right before the amount or its batch (华中科技大学还
     * 从集成电路学院等遴选出43个交叉前沿实验室 → 遴选出交叉前沿实验室): who picked them and from where is context, what was picked is the
     * thing, named after the verb or after the amount (nounFollows). A verb not before the amount is the thing's own
     * story (华为推出的Mate60手机销量, 新车推出首周订单量) and stays with its subject.
     */
    static String fromPickingVerb(String label, String text, int amountStart, BooleanSupplier nounFollows) {
        Matcher between = PICKED_BATCH.matcher(text).region(Math.max(0, amountStart - LONGEST_PICKED_BATCH), amountStart);
        int verbEnd = between.find() ? between.start() : amountStart;
        if (verbEnd < 1 || text.charAt(verbEnd - 1) != PICKED_OUT
                || !PICKING_VERB_BEFORE.matcher(text).region(Math.max(0, verbEnd - LONGEST_PICKING_VERB), verbEnd).find()) {
            return label;
        }
        MatchResult verb = Phrases.lastMatch(PICKING_VERB, label);
        if (verb == null || verb.start() == 0) {
            return label;
        }
        int start = verb.start();
        int end = verb.end();
        boolean named = label.length() - end >= MIN_PICKED_NOUN || end == label.length() && nounFollows.getAsBoolean();
        boolean topic = label.charAt(start - 1) == TOPIC_MARKER;
        return named && !topic ? label.substring(start) : label;
    }
}
