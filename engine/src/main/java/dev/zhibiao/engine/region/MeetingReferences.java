package dev.zhibiao.engine.region;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A sentence opening on a meeting named before (大会期间，…; 会上，…; 论坛期间，…) is about that meeting, and its facts
 * (delegates, deals signed, topics) lie where the meeting was said held (第五届中美友城大会在江苏苏州举行 → 苏州).
 * Not a time of the year or a holiday (春节期间, 丰收节期间), which no venue holds.
 */
final class MeetingReferences {
    /** Words of meetings, as alternatives of a pattern: 会 of 大会, 会议, 博览会, 对话会; 论坛, 峰会, 展会. */
    private static final String MEETING_WORDS = "会议|大会|论坛|峰会|博览会|展会|对话会|交易会|洽谈会|推介会|年会|研讨会";
    /** Words pointing at the meeting named before (本届大会期间). */
    private static final String POINTERS = "本届|此次|这次";
    /** The back reference opening a sentence: 大会期间, 会议期间, 会上, 会后, 论坛上 and the like. */
    private static final Pattern REFERENCE =
        Pattern.compile("(?:" + POINTERS + ")?(?:(?:" + MEETING_WORDS + ")(?:期间|上|后)|会上|会后)[，,]");
    /** A meeting named before 在 in the clause saying where it was held (第五届中美友城大会在江苏苏州举行). */
    private static final Pattern MEETING = Pattern.compile(MEETING_WORDS);
    /**
     * The verb of holding closing the venue a few characters after the place, with no 的 between (在江苏苏州举行; not
     * 在北京举行的会议, which only names one): the clause says where the meeting was.
     */
    private static final Pattern HELD =
        Pattern.compile("[^的，。；]{0,6}?(?:隆重|正式|顺利)?(?:" + HeldEvents.HOLDING_VERBS + "|召开|闭幕)(?!的)");
    /** What a reference can begin with: a pointer's or a meeting word's first character (会 of 会上 is one). */
    private static final String FIRST_CHARACTERS = Stream.of(POINTERS, MEETING_WORDS)
        .flatMap(words -> Stream.of(words.split("\\|"))).map(word -> word.substring(0, 1)).distinct()
        .collect(Collectors.joining());

    private MeetingReferences() {
    }

    /** A sentence about the meeting named before: pointed at (本届进博会吸引了…) or its subject (大会共设置…). */
    private static final Pattern POINTED_AT = Pattern.compile(POINTERS + "|^(?:" + MEETING_WORDS + ")");

    /** Whether the sentence [start, end) speaks of a meeting named before ({@link #POINTED_AT}). */
    static boolean pointsAt(String text, int start, int end) {
        return opensWithReference(text, start) || POINTED_AT.matcher(text).region(start, end).find();
    }

    /** Whether the sentence starting at {@code at} opens with a reference to a meeting named before. */
    static boolean opensWithReference(String text, int at) {
        return at < text.length() && FIRST_CHARACTERS.indexOf(text.charAt(at)) >= 0
            && REFERENCE.matcher(text).region(at, text.length()).lookingAt();
    }

    /**
     * Whether the clause [clauseStart, clauseEnd) says a meeting named before the 在 at {@code locativeAt} was held at the
     * place ending at {@code placeEnd}.
     */
    static boolean heldAt(String text, int clauseStart, int locativeAt, int placeEnd, int clauseEnd) {
        return HELD.matcher(text).region(placeEnd, clauseEnd).lookingAt()
            && MEETING.matcher(text).region(clauseStart, locativeAt).find();
    }
}
