package dev.zhibiao.engine.quality;

import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.engine.ExtractionRecords;
import dev.zhibiao.engine.IndicatorExtractor;
import dev.zhibiao.engine.post.ParsedPost;
import dev.zhibiao.engine.post.PostParser;
import dev.zhibiao.engine.post.PostFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the engine as the CLI does on the posts of the four gold sets and scores it as {@code score-indicators} does:
 * the original dev set ({@code <shared>/gold}, the engine was tuned on it), gold-extra (annotated later; the rules
 * were tuned on it since), gold-check (its errors were analysed in round 4) and gold-blind (annotated blind after
 * round 4, its errors analysed in round 5): all four are dev sets now, and the held-out estimate comes from a second
 * blind set scored elsewhere.
 * The floors sit slightly below the figures last achieved, so a change that loses facts fails the build; raise them
 * when the figures improve.
 */
class GoldScoreTest {
    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.standard();
    private static final PostParser PARSER = new PostParser();
    private static Path shared;

    @BeforeAll
    static void locateSharedDirectory() {
        String dir = System.getProperty("zhibiao.shared.dir");
        shared = dir == null ? null : Path.of(dir);
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("corpus")),
                "the shared corpus (system property zhibiao.shared.dir) is not available");
    }

    @Test
    void originalDevSetKeepsItsFigures() {
        IndicatorScore score = score("gold", GoldAnnotation.readAll(shared.resolve("gold")));
        assertAll(
                () -> assertEquals(1.0, score.precision(), "precision"),
                () -> assertEquals(1.0, score.recall(), "recall"),
                () -> assertTrue(score.factF1() >= 0.91, "fact-F1 " + score.factF1()));
    }

    @Test
    void secondDevSetStaysAboveItsFloors() throws URISyntaxException {
        IndicatorScore score = score("gold-extra", GoldAnnotation.readAll(resource("/gold-extra")));
        assertAll(
                () -> assertTrue(score.precision() >= 0.99, "precision " + score.precision()),
                () -> assertTrue(score.recall() >= 0.99, "recall " + score.recall()),
                () -> assertTrue(score.factF1() >= 0.93, "fact-F1 " + score.factF1()));
    }

    @Test
    void checkSetStaysAboveItsFloors() throws URISyntaxException {
        IndicatorScore score = score("gold-check", GoldAnnotation.readAll(resource("/gold-check")));
        assertAll(
                () -> assertTrue(score.precision() >= 0.995, "precision " + score.precision()),
                () -> assertTrue(score.recall() >= 0.995, "recall " + score.recall()),
                () -> assertTrue(score.factF1() >= 0.925, "fact-F1 " + score.factF1()));
    }

    @Test
    void blindSetOfRoundFourStaysAboveItsFloors() throws URISyntaxException {
        IndicatorScore score = score("gold-blind", GoldAnnotation.readAll(resource("/gold-blind")));
        assertAll(
                () -> assertTrue(score.precision() >= 0.995, "precision " + score.precision()),
                () -> assertTrue(score.recall() >= 0.995, "recall " + score.recall()),
                () -> assertTrue(score.factF1() >= 0.835, "fact-F1 " + score.factF1()));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GoldScoreTest.class.getResource(name).toURI());
    }

    private static IndicatorScore score(String set, List<GoldAnnotation> golds) {
        IndicatorScore score = new IndicatorScore();
        for (GoldAnnotation gold : golds) {
            score.add(gold, extract(shared.resolve("corpus").resolve(gold.post())));
        }
        System.out.printf("%s (%d posts): %s", set, golds.size(), score.report());
        return score;
    }

    private static List<IndicatorRecord> extract(Path postFile) {
        try {
            ParsedPost post = PARSER.parse(Files.readString(postFile), postFile.toString());
            return ExtractionRecords.toRecords(EXTRACTOR.extract(post), post.text());
        } catch (PostFormatException e) {
            return List.of();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
