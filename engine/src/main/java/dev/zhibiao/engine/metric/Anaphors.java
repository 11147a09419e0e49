package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thing referred back to with 该 (该工程全长, 该段全长, 该项目计划投资) is the thing named last before it with the same
 * head word: 环北部湾广东水资源配置工程, 连云港至淮安段. Places (该县, 该市) are the region resolver's back references.
 */
final class Anaphors {
    /** 该 and a head word of one to three characters, not a place's level nor a bank (该行). */
    private static final Pattern REFERENCE = Pattern.compile("该([\\p{IsHan}&&[^县市乡镇村区省州国行]][\\p{IsHan}]{0,2}?)"
        + "(?=全长|全程|总长|总投资|计划投资|投资|主桥|设计|年|[0-9０-９]|$)");
    /** The name ending in the head word: a run of Han characters, letters and digits (连云港至淮安段, 5G基站). */
    private static final int MAX_NAME = 20;
    /** Words before a name that are no part of it: times, modifiers the story opens with. */
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:今天|昨天|近日|目前|日前|推进|推动|建设|实施)");
    private static final String NAME_BREAKS = "的—";
    static final String REFERRING = "该";
    private static final String THIS = "这";
    private static final Pattern YEAR = Pattern.compile("^[0-9０-９]{4}年");
    /** How far back before the sentence the named thing may be. */
    private static final int MAX_REACH = 200;

    private Anaphors() {
    }

    /**
     * The words with 该X replaced by the name of the X named last before them in the sentence, else in the text just
     * before the sentence; the words unchanged when they refer back to nothing so named.
     */
    static String resolved(QuantityScope scope, String words) {
        Matcher m = REFERENCE.matcher(words);
        if (!m.find()) {
            return words;
        }
        String head = m.group(1);
        int sentenceStart = scope.sentence.start();
        String sentenceBefore = scope.text.substring(sentenceStart, Math.max(sentenceStart, scope.quantity.start()));
        int referenceAt = sentenceBefore.lastIndexOf(REFERRING + head);
        if (referenceAt < 0) {
            return words;
        }
        String name = nameEndingIn(sentenceBefore.substring(0, referenceAt), head);
        if (name.isEmpty()) {
            name = nameEndingIn(scope.text.substring(Math.max(0, sentenceStart - MAX_REACH), sentenceStart), head);
        }
        if (name.isEmpty()) {
            return words;
        }
        // the year the reference is dated by (该项目2021年计划投资) dates the fact, it names nothing
        return words.substring(0, m.start()) + name + YEAR.matcher(words.substring(m.end())).replaceFirst("");
    }

    private static String nameEndingIn(String before, String head) {
        int at = before.lastIndexOf(head);
        if (at < 0) {
            return "";
        }
        int end = at + head.length();
        int start = end;
        while (start > 0 && end - start < MAX_NAME && isNameCharacter(before.charAt(start - 1))) {
            start--;
        }
        String name = LEADING_WORDS.matcher(before.substring(start, end)).replaceFirst("");
        boolean named = name.length() > head.length() && !name.contains(REFERRING) && !name.contains(THIS);
        return named ? name : "";
    }

    private static boolean isNameCharacter(char c) {
        return NAME_BREAKS.indexOf(c) < 0 && (Character.isIdeographic(c) || Character.isLetterOrDigit(c) || c == '·');
    }
}
