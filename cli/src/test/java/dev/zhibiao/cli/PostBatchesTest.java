package dev.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PostBatchesTest {
    @TempDir
    Path dir;

    @Test
    void aBatchEndsAtTheCountOrBeforeTheByteBudgetIsExceededAndABigFileGoesAlone() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int size : new int[]{10, 10, 10, 10, 10, 35, 200, 5}) {
            Path file = dir.resolve("p" + files.size() + ".md");
            Files.write(file, new byte[size]);
            files.add(file);
        }
        assertEquals(List.of(3, 2, 1, 1, 1), PostBatches.of(files, 3, 50).stream().map(List::size).toList());
    }
}
