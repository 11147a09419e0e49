package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.LeadingScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A country by the one character news writes for it before its state, market, parts or territory (美股, 美联储, 美参议员,
 * 美战略石油储备, 美东北部; 英央行, 英首相; 俄央行, 俄南部, 在俄境内): alone, 美 and 英 are words of many others (美丽, 英雄, 华美股份), after
 * 北, 南, 拉, 欧, 亚 or 非 they are part of a region's name (北美, 拉美), and after another country's character they name a
 * pair (中美, 中俄, 俄美总统会晤, 英美股市), no one country; after 白 or 亥, 俄 is Belarus's (白俄总统) or Ohio's (俄亥俄东部).
 */
final class CountryShortNames {
    /** The characters that stand for a country here. */
    private static final String CHARACTERS = "美英俄";
    /** A country's parts by direction (美东北部, 黎南部), as both rules here read them after a country's character. */
    private static final String DIRECTION_PARTS = "东北部|西北部|东南部|西南部|东部|西部|南部|北部|中部";
    private static final LeadingScan SHORT_NAME = new LeadingScan(CHARACTERS, "(?<![北南拉欧亚非中俄日韩英美德法朝印澳加意乌以伊])"
        + "([美英]|(?<![白亥])俄)(?=股(?![份东权票])|联储|国会|参议员|众议员|参议院|众议院|总统|首相|政府|财长|央行|财政部|商务部|劳工部|战略石油储备|境内|全境"
        + "|" + DIRECTION_PARTS + ")");

    /** The countries the characters stand for. */
    private static final Map<String, String> FULL_NAMES = Map.of("美", "美国", "英", "英国", "俄", "俄罗斯");
    /**
     * A direction part right after a character (黎南部, 叙北部, 乌东部), not the 部 of a longer word (以北部分地区, 以东部署,
     * 南部战区) nor 北部湾.
     */
    private static final Pattern DIRECTION_PART = Pattern.compile("(?:" + DIRECTION_PARTS + ")(?![分署门队长件位湾战])");
    /**
     * Characters that begin a direction (西南部) or are a preposition before one (比中部地区高, 朝东北部移动), not a side:
     * 西 of 西班牙, 东 of 东帝汶, 中 of 中非, 比 of 比利时, 朝 of 朝鲜.
     */
    private static final String NOT_SIDES = "东西南北中比朝";
    /**
     * What a side's character is written after before its part (对黎南部, 在叙北部, 空袭黎南部, 进入乌东部): a mark or a
     * verb's end; after other characters it ends a word (本土东部, 今日东部, 河以东部).
     */
    private static final String BEFORE_SIDE = "对在向至到从往于和与及的了称击炸袭入达据";
    /** The verbs a toll follows (致, 导致, 造成), read back from the side's character. */
    private static final List<String> TOLL_CAUSED = List.of("致", "造成");
    /** What a toll may begin with: a qualifier or a Chinese numeral (致黎超2500人, 造成叙近百人, 致乌三人). */
    private static final String TOLL_STARTS = "超逾近约数上百千万一二两三四五六七八九十";

    private CountryShortNames() {
    }

    /** The mentions with every country named so added, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions, PlaceLexicon lexicon) {
        return withSidesBeforeParts(text, withShortNames(text, mentions, lexicon));
    }

    /**
     * The mentions with each part of a foreign country written by the country's first character added (黎南部 in a story
     * naming 黎巴嫩, 叙北部 naming 叙利亚), where the post names one country only with that first character: a side's
     * character stands for many countries (巴 for 巴勒斯坦 and 巴西), so only the post's own are meant; {@link #NOT_SIDES}
     * are none.
     */
    private static List<PlaceMention> withSidesBeforeParts(String text, List<PlaceMention> mentions) {
        Map<Character, List<Region>> countriesByFirst = mentions.stream().map(PlaceMention::region)
            .filter(r -> r.level() == RegionLevel.COUNTRY && r.foreign() && NOT_SIDES.indexOf(r.name().charAt(0)) < 0).distinct()
            .collect(Collectors.groupingBy(r -> r.name().charAt(0)));
        List<PlaceMention> found = new ArrayList<>();
        Matcher part = DIRECTION_PART.matcher(text);
        countriesByFirst.forEach((side, countries) -> {
            if (countries.size() != 1) {
                return;
            }
            for (int at = text.indexOf(side); at >= 0 && at + 1 < text.length(); at = text.indexOf(side, at + 1)) {
                if ((isSideBeforePart(text, at, part) || isSideBeforeToll(text, at)) && !covered(mentions, at)) {
                    found.add(new PlaceMention(at, at + 1, String.valueOf(side), countries.get(0)));
                }
            }
        });
        return PlaceMention.withFound(mentions, found);
    }

    /** Whether a mention already covers the offset. */
    private static boolean covered(List<PlaceMention> mentions, int at) {
        return mentions.stream().anyMatch(p -> p.start() <= at && p.end() > at);
    }

    /**
     * Whether the character at {@code at} is a side's, written after a mark or verb and before a direction part; not
     * after a digit or letter (12日东北部 is a date's 日).
     */
    private static boolean isSideBeforePart(String text, int at, Matcher part) {
        char before = at == 0 ? '\n' : text.charAt(at - 1);
        boolean afterMark = BEFORE_SIDE.indexOf(before) >= 0 || !HanCharacters.isHan(before) && !Character.isLetterOrDigit(before);
        return afterMark && part.region(at + 1, text.length()).lookingAt();
    }

    /**
     * Whether the character is a side whose toll follows what caused it (以袭击已致黎超2500人死亡, 造成叙15人死亡): written
     * after 致 or 造成, right before the count or its qualifier.
     */
    private static boolean isSideBeforeToll(String text, int at) {
        if (at == 0 || at + 1 >= text.length() || TOLL_CAUSED.stream().noneMatch(v -> text.startsWith(v, at - v.length()))) {
            return false;
        }
        char next = text.charAt(at + 1);
        return Character.isDigit(next) || TOLL_STARTS.indexOf(next) >= 0;
    }

    private static List<PlaceMention> withShortNames(String text, List<PlaceMention> mentions, PlaceLexicon lexicon) {
        if (CHARACTERS.chars().noneMatch(c -> text.indexOf(c) >= 0)) {
            return mentions;
        }
        return OneCharacterNames.added(text, mentions, SHORT_NAME, m -> {
            int at = m.start(1);
            if (covered(mentions, at)) {
                return Optional.empty();
            }
            List<Region> country = lexicon.regionsNamed(FULL_NAMES.get(m.group(1)));
            return country.isEmpty() ? Optional.empty() : Optional.of(country.get(0));
        });
    }
}
