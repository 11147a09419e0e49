package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.LeadingScan;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A country by the one character news writes for it before its state, market or parts (美股, 美联储, 美参议员, 美战略石油
 * 储备, 美东北部; 英央行, 英首相; 俄央行, 俄南部): alone, 美 and 英 are words of many others (美丽, 英雄, 华美股份), after
 * 北, 南, 拉, 欧, 亚 or 非 they are part of a region's name (北美, 拉美), and after another country's character they name a
 * pair (中美, 中俄, 俄美总统会晤, 英美股市), no one country; after 白 or 亥, 俄 is Belarus's (白俄总统) or Ohio's (俄亥俄东部).
 */
final class CountryShortNames {
    /** The characters that stand for a country here. */
    private static final String CHARACTERS = "美英俄";
    private static final LeadingScan SHORT_NAME = new LeadingScan(CHARACTERS, "(?<![北南拉欧亚非中俄日韩英美德法朝印澳加意乌以伊])"
        + "([美英]|(?<![白亥])俄)(?=股(?![份东权票])|联储|国会|参议员|众议员|参议院|众议院|总统|首相|政府|财长|央行|财政部|商务部|劳工部|战略石油储备"
        + "|东北部|西北部|东南部|西南部|东部|西部|南部|北部|中部)");

    /** The countries the characters stand for. */
    private static final Map<String, String> FULL_NAMES = Map.of("美", "美国", "英", "英国", "俄", "俄罗斯");

    private CountryShortNames() {
    }

    /** The mentions with every country named so added, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions, PlaceLexicon lexicon) {
        if (CHARACTERS.chars().noneMatch(c -> text.indexOf(c) >= 0)) {
            return mentions;
        }
        return OneCharacterNames.added(text, mentions, SHORT_NAME, m -> {
            int at = m.start(1);
            boolean named = mentions.stream().anyMatch(p -> p.start() <= at && p.end() > at);
            List<Region> country = lexicon.regionsNamed(FULL_NAMES.get(m.group(1)));
            return named || country.isEmpty() ? Optional.empty() : Optional.of(country.get(0));
        });
    }
}
