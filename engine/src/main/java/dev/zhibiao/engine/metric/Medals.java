package dev.zhibiao.engine.metric;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Medals counted by their metal (共获3金2银3铜) are named by who won them: 中国体育代表团获金牌, not 获金牌 alone.
 */
final class Medals {
    /** The verb of winning, after the winner in its clause (中国队共获4金). */
    private static final String WINNING_VERBS = "共获|获得|共收获|收获|夺得|再夺|获";
    private static final Pattern WINNING = Pattern.compile(WINNING_VERBS);
    /** The result 获 names (共获4金3银3铜的成绩): no thing won. */
    private static final String RESULT = "成绩";
    /** A label saying only that medals were won (共获, 获得…的成绩): it names no winner. */
    private static final Pattern WON_ONLY = Pattern.compile("^(?:" + WINNING_VERBS + ")?(?:" + RESULT + ")?$");
    /** A winner described by who makes it up (以年轻选手为主的中国队): the team is the winner. */
    private static final Pattern MADE_UP_OF = Pattern.compile("^以.{1,10}为主的");
    /** Where and when it won (在巴黎奥运会上, 于…): no part of the winner. */
    private static final Pattern SETTING = Pattern.compile("[在于]");
    private static final Pattern NOT_A_WINNER = Pattern.compile("[0-9０-９]|时间|至此|目前|其中");
    private static final int MIN_WINNER = 2;
    private static final int MAX_WINNER = 12;
    private static final String WON = "获";
    private static final String MEDAL = "牌";
    private static final Set<String> MEDAL_NAMES = Set.of("金牌", "银牌", "铜牌", "奖牌");
    private static final int MEDAL_NAME = 2;

    private Medals() {
    }

    /**
     * The label of a medal count: the label with the medal's name (获 → 获金牌), and when it names no winner, the winner
     * its clause or the clause before names (中国体育代表团在巴黎奥运会上再传捷报，共获3金 → 中国体育代表团获金牌).
     */
    static String named(QuantityScope scope, String label, String metal) {
        if (label.endsWith(MEDAL)) {
            return label;
        }
        if (!WON_ONLY.matcher(label).matches()) {
            return label + metal + MEDAL;
        }
        String winner = winner(scope);
        return (winner.isEmpty() ? label.replace(RESULT, "") : winner + WON) + metal + MEDAL;
    }

    /**
     * A medal named alone after a count of another medal (获得214枚金牌、521枚奖牌): the winner's, as that count's label
     * says (中国体育代表团获得奖牌); "" when the labels are no such pair.
     */
    static String sibling(String previousLabel, String label) {
        boolean pair = MEDAL_NAMES.contains(label) && previousLabel.length() > MEDAL_NAME
            && MEDAL_NAMES.contains(previousLabel.substring(previousLabel.length() - MEDAL_NAME)) && !previousLabel.endsWith(label);
        return pair ? previousLabel.substring(0, previousLabel.length() - MEDAL_NAME) + label : "";
    }

    private static String winner(QuantityScope scope) {
        String clause = scope.text.substring(scope.clause.start(), Math.max(scope.clause.start(), scope.chainStart));
        Matcher verb = WINNING.matcher(clause);
        String head = verb.find() ? clause.substring(0, verb.start()) : "";
        if (head.isEmpty()) {
            // the clause opens with the verb (…再传捷报，共获3金): the winner opens the clause before, before where it won
            String before = scope.previousClauseTopic();
            Matcher setting = SETTING.matcher(before);
            head = setting.find() ? before.substring(0, setting.start()) : "";
        }
        head = MADE_UP_OF.matcher(head.strip()).replaceFirst("");
        boolean named = head.length() >= MIN_WINNER && head.length() <= MAX_WINNER && !NOT_A_WINNER.matcher(head).find();
        return named ? head : "";
    }
}
