package dev.zhibiao.engine.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityRecognizerTest {
    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    /** Asserts that {@code text} holds exactly the amounts given as "text|value|unit|QUALIFIER" (find()). */
    static void assertFinds(String text, String... expected) {
        List<Quantity> found = RECOGNIZER.find(text);
        assertEquals(expected.length, found.size(), () -> "in " + text + ": " + found);
        for (int i = 0; i < expected.length; i++) {
            assertQuantity(text, expected[i], found.get(i));
        }
    }

    static void assertQuantity(String source, String expected, Quantity q) {
        String[] f = expected.split("\\|", -1);
        assertEquals(f[0], q.text(), () -> "text in " + source + ": " + q);
        assertEquals(f[0], source.substring(q.start(), q.end()), "offsets");
        assertEquals(0, new BigDecimal(f[1]).compareTo(q.value()), () -> "value in " + source + ": " + q);
        assertEquals(f[2], q.unit(), () -> "unit in " + source + ": " + q);
        assertEquals(Qualifier.valueOf(f[3]), q.qualifier(), () -> "qualifier in " + source + ": " + q);
    }

    @Test
    void seedSentences() {
        assertFinds("共选派第一书记和驻村工作队员194名", "194名|194|名|EXACT");
        assertFinds("落实驻村帮扶经费、专项工作经费和驻村补助等1482万余元", "1482万余元|14820000|元|MORE_THAN");
        assertFinds("本科以上学历的有145人，占74.74%", "145人|145|人|EXACT", "74.74%|74.74|%|EXACT");
        assertFinds("2021年该县村集体经济总收入达2026.55万元", "2026.55万元|20265500|元|EXACT");
        assertFinds("离岸人民币兑美元升至6.3512", "6.3512|6.3512||EXACT");
        assertFinds("所有村村集体经济年收入均达5万元以上", "5万元以上|50000|元|AT_LEAST");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "共选派第一书记和驻村工作队员194名";
        Quantity q = RECOGNIZER.find(text).get(0);
        assertEquals(14, q.start());
        assertEquals(18, q.end());
        assertNull(q.max());
        assertNull(q.change());
        assertTrue(RECOGNIZER.findAll(text).contains(q));
    }
}
