package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.zhibiao.engine.text.Span;

/** Words that make a statement national (中国, 全国, 我国): a fact governed by them has no region. */
final class NationalScope {
    private static final Pattern NATIONAL = Pattern.compile("中国|全国|我国");

    private NationalScope() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = NATIONAL.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }
}
