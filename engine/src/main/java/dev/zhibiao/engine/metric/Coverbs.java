package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.DictionaryWords;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverbs and prepositions before a count (对, 与, 把, 通过, 在): the count is their object, so the verb saying what was
 * done to the things comes after it, and the words before name no possessor or doer of them.
 */
final class Coverbs {
    /** Prepositions that open no possessor (对俄军的1个集结区). */
    static final String PREPOSITIONS = "对向在从把将被给为与和跟同";
    /** Coverbs opening a description of counted things (16部以现实题材为主的电视剧作品): the things are named after 的. */
    private static final String DESCRIPTION_COVERBS = "以由被在从对向经";
    /** Coverbs taking the things done to as object (对…实施改造, 与…签订, 把…串联); not inside words (对于, 绝对, 面对). */
    static final Pattern COVERB = Pattern.compile("(?<![绝相面应针反核比查校配派成])对(?!于|比|接|外|象|话)|针对|(?<![参给赋])与(?!会)|(?<![一])把(?!握|关)");
    /** Coverbs before listed places, and the locative 在 saying the deed was done in them (在河南、安徽…5省启动…). */
    static final Pattern PLACES_OPENER = Pattern.compile(COVERB.pattern() + "|在");
    /** A coverb of means (通过125家…以及2万多家…): the verb taking its object comes after it. */
    private static final String BY_WAY_OF = "通过";
    private static final char LIST_COMMA = Phrases.ENUMERATION_COMMA;

    private Coverbs() {
    }

    /**
     * Whether words hold a coverb or open with a preposition (公司把, 通过, 由, 将): a count after them is the coverb's
     * object, and the verb doing something to it comes after the count, not before it.
     */
    static boolean heldIn(String words) {
        return !words.isEmpty() && (COVERB.matcher(words).find() || words.startsWith(BY_WAY_OF)
            || PREPOSITIONS.indexOf(words.charAt(0)) >= 0 || DESCRIPTION_COVERBS.indexOf(words.charAt(0)) >= 0);
    }

    /** Whether a description opens with a coverb (以现实题材为主, 由…组成, 被…列入): it holds no noun of the things. */
    static boolean opens(String description) {
        String first = DictionaryWords.firstWord(description);
        return first.length() == 1 && DESCRIPTION_COVERBS.indexOf(first.charAt(0)) >= 0;
    }

    /**
     * Whether the words before a count end in an {@code opener} taking it as object (the coverbs 对, 针对, 与, 把; 在 before
     * listed places), maybe with examples or a place between them (针对福建、江西、广东3省, 把全省113个县).
     */
    static boolean takesCount(String left, Pattern opener, PlaceWords placeWords) {
        String s = StrayMarks.tidy(left);
        Matcher m = opener.matcher(s);
        int at = -1;
        while (m.find()) {
            at = m.end();
        }
        if (at < 0) {
            return false;
        }
        String rest = s.substring(at);
        return rest.isEmpty() || rest.indexOf(LIST_COMMA) >= 0 && Phrases.isChinese(rest.replace(String.valueOf(LIST_COMMA), ""))
            || placeWords.withoutLeadingPlaces(rest).isEmpty();
    }
}
