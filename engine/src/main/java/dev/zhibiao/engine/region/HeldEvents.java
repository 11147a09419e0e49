package dev.zhibiao.engine.region;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause saying a race or a games was held at a place, so a team's result is the venue's: the event is the clause's
 * subject and the verb of holding ends the clause right after the place (速滑世界杯最后一站比赛在荷兰多德雷赫特落幕), or
 * the event is named right after the place (在荷兰多德雷赫特的比赛中). Not a meeting or a camp at a place
 * (国家体育总局在北京举行新闻发布会, 赛前在昆明进行了集训), nor a venue to come (下一站比赛将在加拿大卡尔加里进行).
 */
final class HeldEvents {
    /** Verbs of holding an event (比赛在…举行, 世界杯在…落幕), as alternatives of a pattern. */
    static final String HOLDING_VERBS = "举行|举办|落幕|开幕|开赛|收官";
    /** Words naming a games or a cup besides 赛, as alternatives of a pattern; 运会 reads 奥运会 and 大运会. */
    private static final String EVENT_WORDS = "运动会|运会|冬奥会|世界杯";
    /** The event's own words before 在: a race of any kind, not the time around one (赛前, 赛后, 本赛季). */
    private static final Pattern EVENT = Pattern.compile("赛(?![前后季程区])|" + EVENT_WORDS);
    /**
     * Words of a venue to come: the clause does not say where the result was won. 将 of a time to come, not of a general
     * or an athlete (名将, 老将, 小将, 将军, 将士) nor 将近 (nearly).
     */
    private static final Pattern FUTURE = Pattern.compile("(?<![名大主老猛干小女悍健战骁宿虎])将(?![军士领帅官近])|下一站");
    /**
     * A verb of holding closing the clause a few characters after the place, past a name the tables lack or a manner
     * word (在韩国光州落幕, 在成都隆重开幕), not past a 的 (在上海举办的会议).
     */
    private static final Pattern HELD_CLOSING_CLAUSE =
        Pattern.compile("[^的]{0,6}?(" + HOLDING_VERBS + "|闭幕|揭幕)了?[，。；,;！!]?$");
    /** An event at the place named as the scene of the deed (在荷兰多德雷赫特的比赛中, 在多哈举行的游泳世锦赛上). */
    private static final Pattern EVENT_AT_PLACE =
        Pattern.compile("(?:举行|举办)?的\\p{IsHan}{0,8}?(?:赛|" + EVENT_WORDS + ")[中上]");

    private HeldEvents() {
    }

    /**
     * Where the venue's names end at the latest when the clause [clauseStart, clauseEnd) says an event was held at the
     * place written after the 在 at {@code locativeAt}, ending at {@code placeEnd}, else -1: the verb of holding closing
     * the clause with an event word before the 在 (an object after the verb would be what was held: 举行新闻发布会), or the
     * event named right after the place as where the deed was done.
     */
    static int venueEndAt(String text, int clauseStart, int locativeAt, int placeEnd, int clauseEnd) {
        if (FUTURE.matcher(text).region(clauseStart, clauseEnd).find()) {
            return -1;
        }
        Matcher held = HELD_CLOSING_CLAUSE.matcher(text).region(placeEnd, clauseEnd);
        if (held.lookingAt() && EVENT.matcher(text).region(clauseStart, locativeAt).find()) {
            return held.start(1);
        }
        return EVENT_AT_PLACE.matcher(text).region(placeEnd, clauseEnd).lookingAt() ? placeEnd : -1;
    }
}
