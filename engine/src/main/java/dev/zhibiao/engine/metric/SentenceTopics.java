package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The thing a sentence opens with, named by what it is (镇域红石河为三统河源头), alone (姜家店水库) or set off by a space
 * (二是柳河县隆盛坤矿业有限公司 投资1000万元): the attributes in the clauses after it are its own.
 */
final class SentenceTopics {
    /**
     * A structure or site named alone in a clause (姜家店水库, 巨型花果篮, 柳河大桥): its head word says it is a built or
     * natural thing whose measures follow, not a frame, a doer or a deed (从主要税种收入看, 经实打验收).
     */
    private static final Pattern NAMED_STRUCTURE = Pattern.compile(
            "\\p{IsHan}{1,11}(?:水库|桥|花坛|雕塑|馆|公园|广场|工厂|电站|港口|码头|楼|塔|隧道|公路|铁路|运河|渠|坝|景区|山庄)");
    /** Verbs of thinking and saying: a clause with one before its copula reports a view (该村认为发展产业是关键). */
    private static final Pattern REPORTED = Pattern.compile("认为|表示|指出|觉得|希望|强调|说|称");
    /** A copula saying what the topic is (该大桥为双塔双索面斜拉桥). */
    private static final Pattern COPULA = Pattern.compile("(?<=[\\p{IsHan}]{2})(?<![作成认因行称视以而更都只])(?:为|是)");

    private SentenceTopics() {
    }

    /**
     * The thing a sentence opens with when its first clause says what it is (镇域红石河为三统河源头，全长19.9公里 →
     * 镇域红石河; 该大桥为双塔双索面斜拉桥 → the bridge 该 refers back to) and the attribute opens the second clause; ""
     * otherwise.
     */
    static String namedTopic(QuantityScope scope, String attribute, PlaceWords placeWords) {
        if (!AttributeOwners.openingWords(scope).equals(attribute)) {
            return "";
        }
        String opening = scope.openingClause();
        if (opening.isEmpty() || !opening.equals(scope.previousClauseTopic())) {
            return "";
        }
        String clause = StrayMarks.tidy(Affixes.strip(FrameEnds.afterFrame(opening)));
        Matcher copula = COPULA.matcher(clause);
        if (!copula.find()) {
            return structureNamed(clause, placeWords);
        }
        String topic = clause.substring(0, copula.start());
        if (REPORTED.matcher(topic).find()) {
            return ""; // 该村认为发展产业是关键: what someone thinks or says, no topic named
        }
        if (topic.startsWith(Anaphors.REFERRING)) {
            // 该大桥为…: the bridge named last before (下河沿黄河公路特大桥)
            String named = Anaphors.resolved(scope, topic + attribute);
            return named.equals(topic + attribute) ? "" : named.substring(0, named.length() - attribute.length());
        }
        topic = StrayMarks.tidy(Affixes.strip(topic));
        return AttributeOwners.namesOwner(topic) ? topic : "";
    }

    /**
     * The structure a clause names alone (姜家店水库，设计库容89万立方米; 天安门广场中心巨型花果篮，顶高18米): a noun phrase
     * through its end, no verb in it, headed by a structure's word; "" for any other clause.
     */
    private static String structureNamed(String clause, PlaceWords placeWords) {
        String named = StrayMarks.tidy(placeWords.withoutLeadingPlaces(clause));
        return AttributeOwners.namesOwner(named) && !named.startsWith(Anaphors.REFERRING)
            && NAMED_STRUCTURE.matcher(named).matches()
            && Phrases.after(clause, false).equals(clause) ? named : "";
    }

    /**
     * The structure the sentence's opening clause names alone when the attribute opens the clause right after it
     * (姜家店水库，设计库容89万立方米 → 姜家店水库); "" otherwise.
     */
    static String structureTopic(QuantityScope scope, String attribute, PlaceWords placeWords) {
        String opening = scope.openingClause();
        if (!AttributeOwners.openingWords(scope).equals(attribute) || opening.isEmpty()
                || !opening.equals(scope.previousClauseTopic())) {
            return "";
        }
        return structureNamed(StrayMarks.tidy(Affixes.strip(FrameEnds.afterFrame(opening))), placeWords);
    }

    /**
     * The thing set off by a space before its attribute in the same clause (二是柳河县隆盛坤矿业有限公司 投资1000万元): the
     * words before the space are the topic the attribute is of, without list marker and place; "" when no space sets
     * off the attribute or no owner's name stands before it.
     */
    static String spacedTopic(QuantityScope scope, String attribute, PlaceWords placeWords) {
        String left = scope.left().strip();
        int space = left.lastIndexOf(' ');
        if (space < 0 || !Affixes.strip(left.substring(space + 1)).equals(attribute)) {
            return "";
        }
        String topic = StrayMarks.tidy(
            placeWords.withoutLeadingPlaces(Affixes.strip(left.substring(0, space).strip())));
        return AttributeOwners.namesOwner(topic) ? topic : "";
    }
}
