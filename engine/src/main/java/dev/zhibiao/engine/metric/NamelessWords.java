package dev.zhibiao.engine.metric;

import java.util.List;

/**
 * Words that name no thing on their own (继续, 以, 完成, 预计): a label made only of them gives way to a better one, and
 * one opening with a modality names its thing without it.
 */
final class NamelessWords {
    /**
     * Adverbs, particles and quote verbs that name nothing on their own: a label made of them only (继续, 以, 外)
     * gives way to the noun after the amount or to the thing of the fact before.
     */
    private static final List<String> FUNCTION_WORDS = List.of(
            "继续", "首次", "再次", "持续", "仍", "尚", "以", "于", "外", "内", "报", "现报", "收报", "报收", "收于", "更", "更是", "之间");
    /**
     * Light verbs: alone they still say what was done (已完成435件 after 领办783件实事), but in a list under a
     * heading they name nothing the heading does not (完成63.5% under 投资完成率前二名).
     */
    private static final List<String> LIGHT_VERBS = List.of("完成", "实现", "达到", "发生", "造成", "导致");

    private NamelessWords() {
    }

    /** The phrase without a modality opening it (预计2022年公募 → 公募), stripped again of what the modality hid. */
    static String withoutLeadingModality(String phrase) {
        for (String modality : Phrases.MODALITIES) {
            if (phrase.startsWith(modality)) {
                return Affixes.strip(phrase.substring(modality.length()));
            }
        }
        return phrase;
    }

    /**
     * Whether words beside an amount name nothing of it: only times, verbs of change, copulas and modalities
     * (2017年预计为, 增长).
     */
    static boolean nameNothing(String words) {
        String stripped = Affixes.strip(words);
        return stripped.isEmpty() || Phrases.MODALITIES.contains(stripped) || namesNothing(stripped);
    }

    /** Whether the label is made only of function words (继续, 以, 外). */
    static boolean onlyFunctionWords(String label) {
        return consistsOf(label, FUNCTION_WORDS, List.of());
    }

    /** Whether the label is made only of function words and light verbs (完成, 继续实现). */
    static boolean namesNothing(String label) {
        return consistsOf(label, FUNCTION_WORDS, LIGHT_VERBS);
    }

    private static boolean consistsOf(String label, List<String> words, List<String> moreWords) {
        String s = label;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (List<String> list : List.of(words, moreWords)) {
                for (String word : list) {
                    if (s.startsWith(word)) {
                        s = s.substring(word.length());
                        changed = true;
                    }
                }
            }
        }
        return s.isEmpty();
    }
}
