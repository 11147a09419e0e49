package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.LeadingScan;
import java.util.List;
import java.util.Optional;

/**
 * A city by its one-character name where it hosts the meeting a sentence reports (世界数字教育大会今天在京开幕, 座谈会在沪
 * 隆重召开): 京 and 沪 alone are words of many names (京杭大运河, 京津冀), but after 在 and before the verb of a meeting
 * they name 北京 and 上海, as before a leader's attending (15日晚在京同澳大利亚总理共同出席…, 在京出席). Not
 * where the sentence names a place before (黑龙江省招商推介会在沪举行: the figures are the province's), nor a meeting only referred to (参加在京召开的会议).
 */
final class HostCities {
    private static final LeadingScan HOSTED =
        new LeadingScan("在", "在([京沪])(?:(?:隆重|正式|盛大|顺利|胜利)?(?:召开|开幕|闭幕|举行|举办|开班|落幕)(?!的)"
            // a leader attending there, alone or with a guest (15日晚在京同澳大利亚总理共同出席), not 京东 or 京津冀; not
            // a talk with a guest (在京会见, 在京同…举行会谈), whose figures are the countries'
            + "|(?=出席|同[^，。；：]{1,20}?出席))");

    private HostCities() {
    }

    /** The mentions with every city named so added, in text order. */
    static List<PlaceMention> addTo(String text, DocumentSpans spans, List<PlaceMention> mentions, PlaceLexicon lexicon) {
        if (!text.contains("在京") && !text.contains("在沪")) {
            return mentions;
        }
        return OneCharacterNames.added(text, mentions, HOSTED, m -> {
            int at = m.start(1);
            int sentenceStart = spans.sentenceAt(at).start();
            boolean placeNamedBefore = mentions.stream()
                .anyMatch(p -> p.start() >= sentenceStart && p.end() <= at && !p.region().foreign());
            List<Region> city = lexicon.regionsNamed(m.group(1).equals("京") ? "北京市" : "上海市");
            return placeNamedBefore || city.isEmpty() ? Optional.empty() : Optional.of(city.get(0));
        });
    }
}
