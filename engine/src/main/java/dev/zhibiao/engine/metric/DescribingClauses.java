package dev.zhibiao.engine.metric;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause ending in 的 before a count that says which things are counted (对涉嫌参与恐袭的10人, 缅怀在…洪涝灾害中牺牲的
 * 三位英烈): it stays in the label, where a possessor or a doer before the count would not.
 */
final class DescribingClauses {
    /** Words up to 的 describing what is counted after them, a demonstrative or pronoun not opening them. */
    private static final String DESCRIBING_CLAUSE = "(?![这那该此其本他她它于在])([^的对把将了、]{3,12})(?<!在内)的$";
    /**
     * A clause describing the counted things, opening right after the coverb, 包括 or the finished verb that takes them as
     * object (对涉嫌参与恐袭的10人, 包括直接实施恐袭的4名嫌疑人, 将省内规模最大的10家国企, 打击了胡塞武装控制区的四架无人机,
     * 遭到从黎巴嫩发射的约40枚火箭弹): it says which things are counted. Not one opening with a demonstrative or a pronoun
     * (对这家农场饲养的), nor 包括…在内 of a part.
     */
    private static final Pattern RELATIVE_AFTER_COVERB = Pattern.compile(
        "(?:(?<![绝相面应针反核比查校配派成])对(?![于比接外象话手])|(?<![一])把|将|包括|(?<![为除])了(?!解)|遭到|受到)"
            + DESCRIBING_CLAUSE);
    /**
     * Verbs putting forth proposals or measures (提出和平解决冲突的十点建议, 出台促进科技创新的50条措施, 发布深化科创板改革的8条措施): of things counted in
     * {@link #ITEM_UNITS} they take a describing clause as a finished verb does; before other things they may open the
     * clause describing them (提出改进意见的5家企业).
     */
    private static final Pattern RELATIVE_AFTER_PUTTING_FORTH = Pattern.compile("(?:提出|出台|推出|制定|发布(?!会)|印发|公布(?!会)|颁布)" + DESCRIBING_CLAUSE);
    /**
     * A clause describing the counted things by the event or time they did something in (在特大洪涝灾害中牺牲的三位英烈,
     * 在地震中受损的300多间农房, 在疫情期间亏损的20家门店): it says which things are counted. 在 opens it, so it is found
     * after whatever verb governs the count (深切缅怀在…); the event and the deed stay, 在 and a leading time go. Not
     * 在逃, 在校, 在职… (verbs of their own) nor a time only pointed at (在此期间收治的), and 期间 is one word
     * (在春节期间的7天假期).
     */
    private static final Pattern RELATIVE_IN_EVENT = Pattern.compile(
        "在(?![逃校职岗任建押读世]|[此这那其该](?:期间|时|中))([^的，、在]{1,14}?(?:中|时|期间|期(?!间)))([^的，、在]{1,8})的$");
    /** Measure words of the items a statement or a policy is made of. */
    private static final Set<String> ITEM_UNITS = Set.of("点", "条", "项");
    /** A description before a count shorter than this after its places is a place's name (袭击了叙利亚德拉的两个军事地点). */
    private static final int MIN_DESCRIPTION = 3;

    private DescribingClauses() {
    }

    /**
     * The clause ending {@code raw} that describes the things counted in {@code unit}, without its places; "" when there
     * is none, it only dates them, or it is too short to be more than a place's name.
     */
    static String which(String raw, String unit, PlaceWords placeWords) {
        Matcher relative = RELATIVE_AFTER_COVERB.matcher(raw);
        boolean relativeFound = relative.find();
        if (!relativeFound && ITEM_UNITS.contains(unit)) {
            relative = RELATIVE_AFTER_PUTTING_FORTH.matcher(raw);
            relativeFound = relative.find();
        }
        String description = relativeFound ? placeWords.withoutLeadingPlaces(relative.group(1)) : "";
        // a time (对上半年的12起案件) dates the things, it does not say which
        description = Affixes.startsWithTime(description) ? "" : description;
        if (description.isEmpty()) {
            // a clause opened by 在 says which things wherever it follows the verb (缅怀在…洪涝灾害中牺牲的三位英烈)
            Matcher inEvent = RELATIVE_IN_EVENT.matcher(raw);
            description = inEvent.find() ? Affixes.stripLeading(inEvent.group(1)) + inEvent.group(2) : "";
        }
        // not a place alone (对黑龙江的两次讲话精神)
        return description.length() >= MIN_DESCRIPTION ? description : "";
    }
}
