package dev.zhibiao.ingest.source.fetch;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharsetDetectorTest {
    private static final String TEXT = "<p>离岸人民币兑美元升至6.3512，为2018年以来最高水平。镕</p>";

    @Test
    void headerCharsetIsUsed() {
        DecodedText d = CharsetDetector.decode(TEXT.getBytes(Charset.forName("GBK")), "text/html; charset=GBK");
        assertEquals(TEXT, d.text());
        assertEquals("GB18030", d.charset());
    }

    @Test
    void metaCharsetAndHttpEquivAreReadWhenTheHeaderSaysNothing() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "</head><body>" + TEXT + "</body></html>";
        assertEquals(page, CharsetDetector.decode(page.getBytes(Charset.forName("GBK")), "text/html").text());
        String html5 = "<meta charset='gbk'>" + TEXT;
        assertEquals(html5, CharsetDetector.decode(html5.getBytes(Charset.forName("GBK")), null).text());
    }

    @Test
    void byteOrderMarkWinsAndUndeclaredBytesAreSniffed() {
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertEquals(TEXT, CharsetDetector.decode(bom, "text/html; charset=iso-8859-1").text());
        DecodedText utf8 = CharsetDetector.decode(TEXT.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("UTF-8", utf8.charset());
        DecodedText gb = CharsetDetector.decode(TEXT.getBytes(Charset.forName("GB18030")), null);
        assertEquals(TEXT, gb.text());
        assertEquals("GB18030", gb.charset());
    }
}
