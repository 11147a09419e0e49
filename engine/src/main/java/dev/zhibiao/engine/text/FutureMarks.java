package dev.zhibiao.engine.text;

/**
 * 将 of the future (will) told from 将 marking an object moved (将3家企业列入名录): the words right after it that make it
 * "will" (将于, 将在, 将对, 将会, 将继续, 将进一步).
 */
public final class FutureMarks {
    /**
     * Coverbs, modals and adverbs after which 将 is "will", as regex alternatives: each use adds the words its own
     * question needs (迎来 for a time to come; 按, 由, 分别… before a verb of dividing).
     */
    public static final String WORDS_AFTER_WILL = "于|在|对|会|要|继续|进一步|陆续|逐步|全面|正式";

    private FutureMarks() {
    }
}
