package dev.zhibiao.ingest.source.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes fetched pages and files. Order: byte-order mark (it cannot lie), the HTTP Content-Type charset,
 * a {@code <meta charset>} / {@code http-equiv} or XML declaration in the first bytes, then sniffing:
 * strict UTF-8 if the bytes are valid UTF-8, else GB18030, the usual alternative for Chinese news.
 * GBK and GB2312 labels are decoded as GB18030, their superset: pages labelled gb2312 routinely use GBK characters.
 */
public final class CharsetDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int PREFIX_SCANNED = 4096;
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private CharsetDetector() {
    }

    /** @param contentType the Content-Type header value, or null (files) */
    public static DecodedText decode(byte[] bytes, String contentType) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeWith(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16LE);
        }
        Charset declared = contentType == null ? null : charsetNamed(HEADER_CHARSET.matcher(contentType));
        if (declared == null) {
            String prefix = new String(bytes, 0, Math.min(bytes.length, PREFIX_SCANNED), StandardCharsets.ISO_8859_1);
            declared = charsetNamed(META_CHARSET.matcher(prefix));
        }
        if (declared != null) {
            return decodeWith(bytes, 0, declared);
        }
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? new DecodedText(utf8, StandardCharsets.UTF_8.name()) : decodeWith(bytes, 0, GB18030);
    }

    private static Charset charsetNamed(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        if (name.equals("gbk") || name.equals("gb2312") || name.equals("x-gbk") || name.equals("cp936")) {
            return GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static DecodedText decodeWith(byte[] bytes, int offset, Charset charset) {
        return new DecodedText(new String(bytes, offset, bytes.length - offset, charset), charset.name());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
