package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.zhibiao.engine.text.Span;

/**
 * Words that make a statement national (中国, 全国, 我国): a fact governed by them has no region. 中国 right after a
 * counted measure word describes the things counted (24部中国优秀歌剧作品 in 杭州), it does not make them national.
 */
final class NationalScope {
    private static final Pattern NATIONAL = Pattern.compile("中国|全国|我国");
    private static final Pattern COUNTED_BEFORE = Pattern.compile("[0-9０-９一二两三四五六七八九十百千万亿多余][个名家部项位只条座批支款种类件]$");
    private static final int COUNTED_LENGTH = 2;

    private NationalScope() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = NATIONAL.matcher(text);
        while (m.find()) {
            boolean attribute = m.group().equals("中国") && m.start() >= COUNTED_LENGTH
                && COUNTED_BEFORE.matcher(text.substring(m.start() - COUNTED_LENGTH, m.start())).find();
            // 高于全国2.1个百分点: the nation is the base the fact is compared with, the fact stays the place's
            if (!attribute && !ComparisonBases.isBase(text, m.start(), m.end())) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }
}
