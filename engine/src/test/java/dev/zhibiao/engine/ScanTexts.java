package dev.zhibiao.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts a scan's shortcut is checked on against the plain reading it skips: every corpus post, then short random texts
 * over the characters the scan's patterns are written with (where near misses are densest).
 */
public final class ScanTexts {
    private static final int RANDOM_TEXTS = 40_000;
    private static final int LONGEST_RANDOM_TEXT = 14;
    private static final long SEED = 42;

    private ScanTexts() {
    }

    /** The corpus posts as files, then {@value #RANDOM_TEXTS} random texts of 1 to 14 characters of {@code alphabet}. */
    public static List<String> corpusAndRandom(String alphabet) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path post : SharedFiles.corpusPosts()) {
            texts.add(Files.readString(post));
        }
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_TEXTS; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(LONGEST_RANDOM_TEXT); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
