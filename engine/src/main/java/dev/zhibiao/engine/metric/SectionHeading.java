package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.ListItemMarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading line right before a paragraph ((三）深度贫困人口, then 6303户，25039人): it names what the paragraph's bare
 * counts are of.
 */
final class SectionHeading {
    /** Characters no heading holds: sentence and clause marks, digits (a heading names, it does not count). */
    private static final Pattern NOT_IN_HEADING = Pattern.compile("[。！？；，,;!?：:0-9０-９]");
    /** Headings of a topic, not of a thing counted (基本情况, 资源概况, 乡镇简介). */
    private static final Pattern TOPIC = Pattern.compile("(?:情况|概况|简介|概述|介绍|资源|简况)$");
    private static final int MIN_HEADING = 2;
    private static final int MAX_HEADING = 20;

    /** A heading that counts what its items list ((二）深度贫困村：24个（具体情况见附表）): the thing, then the count. */
    private static final Pattern COUNTING_HEADING = Pattern.compile("^(\\p{IsHan}{2,12})[：:]\\s*[0-9０-９一二两三四五六七八九十百千万]+");
    /** Item lines looked through up to the heading that counts them. */
    private static final int MAX_ITEMS_ABOVE = 40;
    /** How many item lines back the heading line of a list of place items may be. */
    private static final int MAX_ITEMS_AFTER_HEADING = 8;
    /** The longest head an item line opens with before its colon (长寨：, 1.广顺镇：, （三）白云山镇：). */
    private static final int MAX_ITEM_HEAD = 10;
    /** What ends a clause: a head holding one is a sentence, no item's head. */
    private static final String CLAUSE_ENDS = "，,。；;！？";

    private SectionHeading() {
    }

    /**
     * What the numbered item line starting at {@code lineStart} counts when the lines above it are its sibling items under
     * a numbered heading that counts the same thing in the same unit (（二）深度贫困村：24个, then 1.长寨街道4个：磨油村、…,
     * 2.广顺镇2个：… → 深度贫困村); "" when there is none.
     */
    static String countedAbove(String text, int lineStart, String unit) {
        if (unit.isEmpty() || !ListItemMarks.OPENING.matcher(text.substring(lineStart, Math.min(text.length(), lineStart + 5))).lookingAt()) {
            return "";
        }
        int end = lineStart;
        for (int i = 0; i < MAX_ITEMS_ABOVE && end >= 2 && text.charAt(end - 1) == '\n'; i++) {
            int start = text.lastIndexOf('\n', end - 2) + 1;
            String line = text.substring(start, end - 1).strip();
            Matcher numbered = ListItemMarks.OPENING.matcher(line);
            if (start == 0 || !numbered.lookingAt()) {
                return "";
            }
            String unnumbered = line.substring(numbered.end()).strip();
            Matcher heading = COUNTING_HEADING.matcher(unnumbered);
            if (heading.lookingAt()) {
                return unnumbered.startsWith(unit, heading.end()) ? heading.group(1) : "";
            }
            end = start;
        }
        return "";
    }

    /**
     * The numbered heading line right before the paragraph starting at {@code paragraphStart}, without its numbering;
     * or "".
     */
    static String before(String text, int paragraphStart) {
        if (paragraphStart < 2 || text.charAt(paragraphStart - 1) != '\n') {
            return "";
        }
        int lineStart = text.lastIndexOf('\n', paragraphStart - 2) + 1;
        if (lineStart == 0) {
            return ""; // the title heads the whole post, not a section
        }
        String written = text.substring(lineStart, paragraphStart - 1).strip();
        Matcher numbered = ListItemMarks.OPENING.matcher(written);
        if (!numbered.lookingAt()) {
            return ""; // a numbered heading ((三）, 三、, 一是), not a lead line, a caption or a byline (责任编辑)
        }
        String line = written.substring(numbered.end()).strip();
        boolean heading = line.length() >= MIN_HEADING && line.length() <= MAX_HEADING
            && !NOT_IN_HEADING.matcher(line).find() && Phrases.isChinese(line) && !TOPIC.matcher(line).find();
        return heading ? line : "";
    }

    /**
     * Where the heading line of the list whose item line runs from {@code lineStart} to {@code lineEnd} starts: the
     * nearest line before ending in a colon (计划新建安置房2122套，共涉及安置点3个:, then 长寨：596套…); -1 when the line is
     * no item, a line between is no item of the list (a new sentence ends the list: 此外，新建公租房300套。), or no such
     * heading is within a few lines.
     */
    static int itemListHeadingStart(String text, int lineStart, int lineEnd) {
        if (!opensItem(text, lineStart, lineEnd)) {
            return -1;
        }
        int end = lineStart - 1;
        for (int lines = 0; lines < MAX_ITEMS_AFTER_HEADING && end > 0; lines++) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty() && ListHeading.COLONS.indexOf(line.charAt(line.length() - 1)) >= 0) {
                return start;
            }
            if (!line.isEmpty() && !opensItem(text, start, end)) {
                return -1;
            }
            end = start - 1;
        }
        return -1;
    }

    /** Whether the line from {@code start} opens with an item's head, a few words before a colon (长寨：596套…). */
    private static boolean opensItem(String text, int start, int end) {
        int limit = Math.min(end, start + MAX_ITEM_HEAD + 1);
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (ListHeading.COLONS.indexOf(c) >= 0) {
                return i > start;
            }
            if (CLAUSE_ENDS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }
}
