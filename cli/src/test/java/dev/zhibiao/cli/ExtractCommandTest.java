package dev.zhibiao.cli;

import dev.zhibiao.engine.IndicatorExtractor;
import dev.zhibiao.engine.quantity.QuantityRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void aPostTheEngineFailsOnIsReportedAndTheOthersAreStillExtracted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-amounts.md"), "---\ntitle: \"t\"\ndate: 2024-01-01\n---\n<p>全县新建学校12所。</p>\n");
        Files.writeString(dir.resolve("b-no-amounts.md"), "---\ntitle: \"t\"\ndate: 2024-01-01\n---\n<p>全县召开会议。</p>\n");
        // an extractor without its labeler, region and period parts fails on any post that states an amount
        IndicatorExtractor failing = new IndicatorExtractor(new QuantityRecognizer(), null, null, null);

        int status = new ExtractCommand(failing, out, err).run(new String[] {dir.toString()});

        String errors = errBytes.toString(StandardCharsets.UTF_8);
        String lines = outBytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, "some posts were extracted");
        assertTrue(errors.contains("a-amounts.md: the engine failed on this post"), errors);
        assertEquals(1, lines.lines().count(), lines);
        assertTrue(lines.contains("b-no-amounts.md"), lines);
    }
}
