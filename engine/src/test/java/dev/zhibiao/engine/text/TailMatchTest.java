package dev.zhibiao.engine.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TailMatchTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
        (?<![上下])[升降]至$ ; 离岸人民币兑美元升至 ; 2
        (?<![上下])[升降]至$ ; 价格上升至 ; 2
        (?<![上下])[升降]至$ ; 价格升至了 ; 2
        (?:中|就|则|从此)$ ; 在这些企业中 ; 4
        (?:中|就|则|从此)$ ; 从此 ; 4
        ^从此$ ; 然后从此 ; 4
        ^从此$ ; 从此 ; 4
        (?<=收入)增长$ ; 村集体经济收入增长 ; 2
        """)
    void findsWhatAFindOverTheWholeTextFinds(String regex, String text, int longestMatch) {
        Pattern pattern = Pattern.compile(regex);
        Matcher whole = pattern.matcher(text);
        Matcher tail = TailMatch.of(pattern, text, longestMatch);
        boolean found = whole.find();
        assertEquals(found, tail.find(), regex + " in " + text);
        if (found) {
            assertEquals(whole.start(), tail.start());
            assertEquals(whole.end(), tail.end());
        }
    }
}
