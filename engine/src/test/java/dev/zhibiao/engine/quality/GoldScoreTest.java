package dev.zhibiao.engine.quality;

import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.engine.ExtractionRecords;
import dev.zhibiao.engine.IndicatorExtractor;
import dev.zhibiao.engine.post.ParsedPost;
import dev.zhibiao.engine.post.PostParser;
import dev.zhibiao.engine.post.PostFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the engine as the CLI does on the posts of the gold sets and scores it as {@code score-indicators} does:
 * the original dev set ({@code <shared>/gold}, the engine was tuned on it), gold-extra (annotated later; the rules
 * were tuned on it since), gold-check (its errors were analysed in round 4), gold-blind (annotated blind after
 * round 4, its errors analysed in round 5), gold-blind-2 and gold-blind-3 (each annotated blind and scored once as a
 * held-out estimate, then analysed: dev sets since), gold-blind-4 (the held-out estimate of session 4's rules, analysed
 * at its end), gold-blind-5 (the held-out set of session 4, a dev set since session 5), gold-blind-6 (annotated blind
 * at the start of session 5, errors not read: the held-out estimate of docs/quality.md; a rule written for its errors
 * would end that), gold-blind-7 (annotated blind in session 5, scored once, then a dev set), gold-blind-8 to
 * gold-blind-11 (news-bulletin and finance posts annotated blind in session 6, scored once, then dev sets) and
 * gold-blind-12 to gold-blind-16 (regional, news-bulletin and finance posts annotated blind in session 7; 15 and 16
 * were scored first on the session's final rules, then became dev sets too) and gold-blind-17 to gold-blind-20
 * (news-bulletin and finance posts annotated blind in session 8; 19 and 20 were scored first on the session's final
 * rules), gold-blind-21 and gold-blind-22 (news-bulletin and finance posts annotated blind in session 9, scored before
 * and after the session's place rules, then dev sets) and gold-blind-23 and gold-blind-24 (likewise, annotated later in
 * session 9 and first scored with the session's first and its then-current engine: the same figures) and
 * gold-blind-25 to gold-blind-32 (news-bulletin and finance posts annotated blind in session 10, scored at first sight,
 * then dev sets; 29 to 32 first scored after some of the session's rules, with the same figures as its first engine)
 * and gold-blind-33 to gold-blind-40 (likewise, session 11; 39 and 40 were scored only, their errors unread, until
 * the session's end) and gold-blind-41 to gold-blind-50 (news-bulletin and finance posts annotated blind in session 21,
 * scored at first sight, then dev sets; 45 to 50 were held out for the session's first two rounds), gold-blind-51
 * and gold-blind-52 (15 and 35 finance flashes: the 50 corpus posts no other set annotated, annotated blind in session
 * 31, scored at first sight, then dev sets).
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

    /**
     * A gold set and the figures it must keep: precision and recall of value+unit, and fact-F1. {@code location} is
     * a directory of the shared checkout for the original set, else a test resource.
     */
    record GoldSet(String name, String location, double precision, double recall, double factF1, boolean heldOut) {
        GoldSet(String name, String location, double precision, double recall, double factF1) {
            this(name, location, precision, recall, factF1, false);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<GoldSet> goldSets() {
        return List.of(
                new GoldSet("gold", "shared:gold", 1.0, 1.0, 0.98),
                // our own early sets annotate money in 万/亿 without a written unit as "" (成交额近5亿 here, 总投资2.8亿 in
                // gold-check); the blind sets since, and the engine, as 元
                new GoldSet("gold-extra", "/gold-extra", 0.985, 0.985, 0.97),
                // one of its amounts is annotated unitless (9899万农村贫困人口), as the early sets did; the later annotators
                // count people after a word or two in 人 (180万入境乘客, 近1亿农村贫困人口), as the engine does since session 9
                new GoldSet("gold-check", "/gold-check", 0.99, 0.99, 0.97),
                new GoldSet("gold-blind", "/gold-blind", 0.995, 0.995, 0.98),
                // two of its shares are annotated as fractions (0.5, unit ""); the engine reports shares in percent
                new GoldSet("gold-blind-2", "/gold-blind-2", 0.975, 0.98, 0.945),
                new GoldSet("gold-blind-3", "/gold-blind-3", 0.99, 0.99, 0.975),
                new GoldSet("gold-blind-4", "/gold-blind-4", 0.98, 0.995, 0.915),
                new GoldSet("gold-blind-5", "/gold-blind-5", 0.985, 0.975, 0.935),
                // the held-out estimate of session 5 (docs/quality.md): annotated blind, errors not read
                new GoldSet("gold-blind-6", "/gold-blind-6", 0.99, 0.955, 0.87, true),
                new GoldSet("gold-blind-7", "/gold-blind-7", 0.99, 0.99, 0.915),
                new GoldSet("gold-blind-8", "/gold-blind-8", 0.97, 0.965, 0.9),
                new GoldSet("gold-blind-9", "/gold-blind-9", 0.995, 0.995, 0.935),
                new GoldSet("gold-blind-10", "/gold-blind-10", 1.0, 1.0, 0.795),
                new GoldSet("gold-blind-11", "/gold-blind-11", 0.98, 0.96, 0.925),
                new GoldSet("gold-blind-12", "/gold-blind-12", 0.995, 0.99, 0.965),
                new GoldSet("gold-blind-13", "/gold-blind-13", 0.91595, 0.9156, 0.92),
                new GoldSet("gold-blind-14", "/gold-blind-14", 0.995, 0.995, 0.96),
                new GoldSet("gold-blind-15", "/gold-blind-15", 0.975, 0.975, 0.905),
                // two efficiency targets (降到1.3以下), missed before session 8, are found without their year (2025)
                new GoldSet("gold-blind-16", "/gold-blind-16", 0.995, 0.995, 0.95),
                new GoldSet("gold-blind-17", "/gold-blind-17", 0.995, 0.995, 0.83),
                new GoldSet("gold-blind-18", "/gold-blind-18", 0.995, 0.995, 0.92),
                new GoldSet("gold-blind-19", "/gold-blind-19", 0.985, 0.965, 0.915),
                new GoldSet("gold-blind-20", "/gold-blind-20", 0.995, 0.985, 0.93),
                new GoldSet("gold-blind-21", "/gold-blind-21", 0.995, 0.98, 0.96),
                new GoldSet("gold-blind-22", "/gold-blind-22", 0.995, 0.995, 0.8),
                new GoldSet("gold-blind-23", "/gold-blind-23", 0.995, 0.985, 0.97),
                new GoldSet("gold-blind-24", "/gold-blind-24", 0.995, 0.995, 0.975),
                new GoldSet("gold-blind-25", "/gold-blind-25", 0.995, 0.94, 0.795),
                new GoldSet("gold-blind-26", "/gold-blind-26", 0.995, 0.995, 0.925),
                // its annotator wrote 444.6万亿元 as 4.446e15; the set holds the corrected 4.446e14 (and 35.9万亿元)
                new GoldSet("gold-blind-27", "/gold-blind-27", 0.995, 0.975, 0.9),
                new GoldSet("gold-blind-28", "/gold-blind-28", 0.995, 0.97, 0.89),
                new GoldSet("gold-blind-29", "/gold-blind-29", 0.995, 0.965, 0.92),
                new GoldSet("gold-blind-30", "/gold-blind-30", 0.995, 0.995, 0.865),
                new GoldSet("gold-blind-31", "/gold-blind-31", 0.995, 0.995, 0.83),
                new GoldSet("gold-blind-32", "/gold-blind-32", 0.995, 0.97, 0.93),
                new GoldSet("gold-blind-33", "/gold-blind-33", 0.995, 0.995, 0.915),
                // its annotator read 可能征收高达2.7万亿美元的关税 as exact; the engine reads 高达…的 as "up to" (AT_MOST);
                // it counted 两大板块 as 两大 (unit 大), where four annotators of other sets count N大板块 in 板块, as the engine
                new GoldSet("gold-blind-34", "/gold-blind-34", 0.94, 0.88, 0.705),
                new GoldSet("gold-blind-35", "/gold-blind-35", 0.995, 0.995, 0.935),
                new GoldSet("gold-blind-36", "/gold-blind-36", 0.97, 0.97, 0.88),
                // its count of listed places (镇江、常州、无锡、苏州四市) is found since session 16, with a place the annotator
                // wrote otherwise (京杭大运河苏南段): recall went up, fact-F1 a little down
                new GoldSet("gold-blind-37", "/gold-blind-37", 0.995, 0.995, 0.92),
                new GoldSet("gold-blind-38", "/gold-blind-38", 0.97, 0.97, 0.9),
                // held out since session 11 (errors not read): reported by their totals only, as gold-blind-6
                new GoldSet("gold-blind-39", "/gold-blind-39", 0.995, 0.95, 0.635, true),
                new GoldSet("gold-blind-40", "/gold-blind-40", 0.94, 0.975, 0.715, true),
                // news-bulletin posts annotated blind in session 21 and scored at first sight, dev sets since
                // a salute's rounds (鸣礼炮19响) are found since session 34, its place a venue no division names
                new GoldSet("gold-blind-41", "/gold-blind-41", 0.995, 0.995, 0.83),
                new GoldSet("gold-blind-42", "/gold-blind-42", 0.995, 0.995, 0.995),
                new GoldSet("gold-blind-43", "/gold-blind-43", 0.91, 0.91, 0.745),
                new GoldSet("gold-blind-44", "/gold-blind-44", 0.995, 0.995, 0.995),
                // news-bulletin (45 to 48) and finance (49, 50) posts annotated blind in session 21 and held out for its
                // first two rounds, dev sets since
                new GoldSet("gold-blind-45", "/gold-blind-45", 0.995, 0.995, 0.81),
                new GoldSet("gold-blind-46", "/gold-blind-46", 0.995, 0.995, 0.8),
                new GoldSet("gold-blind-47", "/gold-blind-47", 0.995, 0.91, 0.81),
                new GoldSet("gold-blind-48", "/gold-blind-48", 0.995, 0.995, 0.88),
                new GoldSet("gold-blind-49", "/gold-blind-49", 0.995, 0.91, 0.69),
                new GoldSet("gold-blind-50", "/gold-blind-50", 0.995, 0.795, 0.77),
                new GoldSet("gold-blind-51", "/gold-blind-51", 0.95, 0.995, 0.88),
                new GoldSet("gold-blind-52", "/gold-blind-52", 0.97, 0.98, 0.885));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldSets")
    void keepsItsFigures(GoldSet set) throws URISyntaxException {
        Path dir = set.location().startsWith("shared:") ? shared.resolve(set.location().substring("shared:".length()))
                : resource(set.location());
        IndicatorScore score = score(set, GoldAnnotation.readAll(dir));
        assertAll(
                () -> assertTrue(score.precision() >= set.precision(), "precision " + score.precision()),
                () -> assertTrue(score.recall() >= set.recall(), "recall " + score.recall()),
                () -> assertTrue(score.factF1() >= set.factF1(), "fact-F1 " + score.factF1()));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GoldScoreTest.class.getResource(name).toURI());
    }

    /** Scores and reports a set: the held-out ones by their totals only, so that reading the build log keeps them blind. */
    private static IndicatorScore score(GoldSet set, List<GoldAnnotation> golds) {
        IndicatorScore score = new IndicatorScore();
        for (GoldAnnotation gold : golds) {
            score.add(gold, extract(shared.resolve("corpus").resolve(gold.post())));
        }
        System.out.printf("%s (%d posts): %s", set.name(), golds.size(), score.report(!set.heldOut()));
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
