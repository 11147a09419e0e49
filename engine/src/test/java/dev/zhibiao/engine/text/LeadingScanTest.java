package dev.zhibiao.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingScanTest {
    private static List<String> all(LeadingScan scan, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = scan.matcher(text);
        for (int from = 0; scan.find(m, text, from); from = LeadingScan.after(m)) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void findsWhatAFindOfThePatternFindsWhereTheLeadingCharactersStand() {
        LeadingScan days = new LeadingScan("0-9今", "今天|[0-9]{1,2}日");
        String text = "23日报道，今天发布：第5日";
        assertEquals(List.of("0:23日", "6:今天", "12:5日"), all(days, text));
        Matcher plain = Pattern.compile("今天|[0-9]{1,2}日").matcher(text);
        List<String> found = new ArrayList<>();
        while (plain.find()) {
            found.add(plain.start() + ":" + plain.group());
        }
        assertEquals(found, all(days, text), "as the plain pattern's find");
    }

    @Test
    void lookbehindsSeeTheTextBeforeTheScanPosition() {
        LeadingScan bareDays = new LeadingScan("0-9", "(?<![月0-9])[0-9]{1,2}日");
        assertEquals(List.of("6:9日"), all(bareDays, "5月23日，9日起"), "23日 follows its month");
        assertFalse(bareDays.find(bareDays.matcher("5月3日"), "5月3日", 0));
    }

    @Test
    void anEmptyMatchMovesTheScanOn() {
        LeadingScan optional = new LeadingScan("年", "(?:年底)?");
        List<String> found = all(optional, "年中年底");
        assertTrue(found.contains("2:年底"), found.toString());
        assertTrue(optional.matcher("年底").matches(), "matches a whole string as the pattern does");
    }
}
