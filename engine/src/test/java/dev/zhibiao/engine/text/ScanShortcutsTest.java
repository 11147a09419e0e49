package dev.zhibiao.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.engine.ScanTexts;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's scans skip positions and phrases by hand-written character lists ({@link LeadingScan.PositionTest},
 * {@link SecondCharacters}, {@link FirstCharacters}) for speed. Each list must follow its pattern: a new alternative
 * the list lacks would silently lose matches. These tests find every match the plain pattern finds, and check each
 * first-character list against the pattern tried on every character.
 */
class ScanShortcutsTest {
    /** Characters of time, place and scope words, digits, numerals and punctuation the scans' patterns are written with. */
    private static final String ALPHABET = "0123456789一二三四五六七八九十年月季日底全财度份末初-—–~至到 \t\n截止今去前明本上第下过近这"
        + "几多数来以半，。的元万亿个中国我该县村镇乡市区省州旗里东西南北部地华方长江三角洲在：;“”\"旦春节清明五一端午中秋国庆假期档目当"
        + "如现阶段眼下不久未天晨昨后家已将决定分各别为是达京沪召开举行、和及";
    private static List<String> TEXTS;

    @BeforeAll
    static void texts() throws IOException {
        TEXTS = ScanTexts.corpusAndRandom(ALPHABET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"period.PeriodExpressions.POINT", "period.PeriodExpressions.NO_YEAR",
        "period.PeriodExpressions.BARE_DAY", "period.PeriodExpressions.HOLIDAY", "period.PeriodExpressions.NOW",
        "region.NationalScope.NATIONAL", "region.NationalScope.STATE_ACTING", "region.BackReferences.REFERENCE",
        "region.MacroRegions.NAMED", "region.MacroRegions.BARE", "region.PlaceContext.RESPECTIVELY_IN_POST",
        "region.HostCities.HOSTED", "region.WorldRegions.NAMED", "text.RespectiveYears.LISTS"})
    void aScanFindsEveryNonEmptyMatchThePatternHasAtAnyPosition(String field) throws ReflectiveOperationException {
        LeadingScan scan = (LeadingScan) staticField(field);
        int differing = 0;
        String first = "";
        for (String text : TEXTS) {
            String byScan = nonEmptyMatches(scan, text, true);
            String everywhere = nonEmptyMatches(scan, text, false);
            if (!byScan.equals(everywhere) && differing++ == 0) {
                first = text.substring(0, Math.min(60, text.length())) + " | every position: " + everywhere + " | scan: " + byScan;
            }
        }
        assertEquals(0, differing, field + " misses matches its pattern has; add the characters it lacks. First: " + first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"metric.Affixes.LEADING_TIME", "metric.Affixes.LEADING_ARTICLE", "metric.Phrases.ASSORTMENT",
        "metric.Phrases.UNIT_ALTERNATIVE", "metric.Phrases.LEADING_DAY", "region.PlaceContext.LAUNCHER_AFTER"})
    void aFirstCharacterListHoldsEveryCharacterAMatchCanBeginWith(String field) throws ReflectiveOperationException {
        Pattern pattern = (Pattern) staticField(field);
        FirstCharacters list = (FirstCharacters) staticField(field + "_FIRST");
        Matcher m = pattern.matcher("");
        StringBuilder missing = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String alone = String.valueOf((char) c);
            // a match begins with c when the pattern matches c alone or reads on past it
            if ((m.reset(alone).lookingAt() || m.hitEnd()) && !list.mayBegin(alone)) {
                missing.append((char) c);
            }
        }
        assertTrue(missing.isEmpty(), field + "_FIRST lacks the first characters [" + missing + "]");
    }

    /** Every non-empty match with its groups' starts, found by the scan or by trying the pattern at every position. */
    private static String nonEmptyMatches(LeadingScan scan, String text, boolean byScan) {
        StringBuilder out = new StringBuilder();
        Matcher m = scan.matcher(text);
        int from = 0;
        while (from < text.length()) {
            int at = byScan ? (scan.find(m, text, from) ? m.start() : -1) : firstMatchFrom(m, text, from);
            if (at < 0) {
                break;
            }
            if (m.end() == m.start()) {
                from = at + 1;
                continue;
            }
            out.append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                out.append(',').append(m.start(g));
            }
            out.append(';');
            from = LeadingScan.after(m);
        }
        return out.toString();
    }

    private static int firstMatchFrom(Matcher m, String text, int from) {
        for (int at = from; at < text.length(); at++) {
            if (m.region(at, text.length()).lookingAt()) {
                return at;
            }
        }
        return -1;
    }

    private static Object staticField(String qualified) throws ReflectiveOperationException {
        int dot = qualified.lastIndexOf('.');
        Field field = Class.forName("dev.zhibiao.engine." + qualified.substring(0, dot)).getDeclaredField(qualified.substring(dot + 1));
        field.setAccessible(true);
        return field.get(null);
    }
}
