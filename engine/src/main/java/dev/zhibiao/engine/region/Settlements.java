package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.Segmenter;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Villages, hamlets and villagers' groups the division table does not list (烂山村, 蔡家屯, 上洲村上屋组): named without
 * the county before them, and told from the kinds of village common words name (贫困村, 新农村, 偏远山村).
 */
final class Settlements {
    static final String VILLAGE = "村";
    static final String GROUP = "组";
    /** Kinds of settlements: a village or hamlet is named without the county before it. */
    static final Set<String> SETTLEMENT_KINDS = Set.of(VILLAGE, "屯", GROUP);
    /**
     * Words before 村 that make a kind of village, not a village's name (贫困村, 行政村, 新农村, 示范村, 出列村), a people
     * among them (朝鲜族村, 少数民族村: a village of that people, though some villages bear the name).
     */
    private static final Pattern COMMON_VILLAGE_WORDS = Pattern.compile(
        "贫困|行政|自然|农$|示范|重点|中心|美丽|特色|专业|文明|边境|出列|脱贫|试点|空心|城中|易地|搬迁|安置|各|全|本|该|每|新$|旅游|生态|传统"
        + "|族$");
    /** What a village named as its clause's subject is followed by (后苏家山村，仅有41户; 龙吉村共有, 龙吉村位于, 龙吉村是). */
    private static final Pattern VILLAGE_SUBJECT_AFTER = Pattern.compile("[，,]|[共仅只现]?有|位于|地处|是");
    /**
     * A village's name without 村 this long (西岗子 of 西岗子村, 大郑家 of 大郑家村) is a name, not a word; two characters
     * (向阳, 太平) are words and other places' names too.
     */
    static final int MIN_VILLAGE_STEM = 3;

    /** The numbers villagers' groups go by (哈尔莫墩村四组, 新华村3组): one or two numerals after the village. */
    private static final Pattern GROUP_NUMBER = Pattern.compile("[一二三四五六七八九十0-9]{1,2}");

    private Settlements() {
    }

    /** Whether the words before 组 number a villagers' group of the village right before them (哈尔莫墩村四组). */
    static boolean numberedGroup(String proper, String kind, PlaceMention anchor) {
        return kind.equals(GROUP) && anchor != null && anchor.region().level() == RegionLevel.VILLAGE
            && GROUP_NUMBER.matcher(proper).matches();
    }

    /** Whether a village's name is a kind of village too (中心村, 示范村, 新农村): no one village is meant by it alone. */
    static boolean isCommonVillageName(String name) {
        String proper = name.endsWith(VILLAGE) ? name.substring(0, name.length() - VILLAGE.length()) : name;
        return COMMON_VILLAGE_WORDS.matcher(proper).find();
    }

    /** Whether a locality is a settlement, a village or hamlet the table does not list (烂山村, 蔡家屯). */
    static boolean isSettlement(Region r) {
        return r.level() == RegionLevel.LOCALITY && SETTLEMENT_KINDS.stream().anyMatch(r.name()::endsWith);
    }

    /**
     * Whether a name before 村 is a village the table does not list: written right after its town or county (白云山镇烂山村), or
     * as a line of its own, as a table's row is (烂山村). Anywhere else 村 ends too many common words (农村, 贫困村).
     */
    static boolean unlistedVillage(String text, LocalityCandidate c, int end) {
        // right after its town or its county (白云山镇烂山村, 莒县张家村): the table's villages there do not hold the name, or
        // the table would have read it; after a county, not a word (小康村, 空壳村: kinds of village)
        boolean afterDivision = c.anchor() != null && !c.anchor().region().foreign()
            && (c.anchor().region().level() == RegionLevel.TOWNSHIP
                || c.anchor().region().level() == RegionLevel.COUNTY && !DictionaryWords.isWord(c.proper()))
            && c.proper().length() >= ProperNames.MIN_NAME;
        boolean ownLine = c.anchor() == null && startsLine(text, c.start())
            && (end == text.length() || text.charAt(end) == '\n');
        return (afterDivision || ownLine || c.anchor() == null && namedAsSubject(text, c, end))
            && !COMMON_VILLAGE_WORDS.matcher(c.proper()).find();
    }

    /**
     * Whether a village stands alone as its clause's subject (后苏家山村，仅有41户114口人; 后河湾村位于…): at the clause's
     * start, right before a mark, 有, 位于 or 是 saying what it is. Only a name of {@link #MIN_VILLAGE_STEM} characters
     * or more: two (淘宝村, 网红村, 百强村, 亿元村, 冬奥村) are mostly a kind of village the dictionary lacks. Not words
     * ending in 村 (偏远山村，交通不便; 千年古村; 他们走进村，): the name begins with no dictionary word, nor is one before the
     * 山, 渔, 乡 or 农 of such a word.
     */
    private static boolean namedAsSubject(String text, LocalityCandidate c, int end) {
        String proper = c.proper();
        boolean opensClause = startsLine(text, c.start()) || Segmenter.endsClause(text.charAt(c.start() - 1));
        if (proper.length() < MIN_VILLAGE_STEM || !opensClause
                || !VILLAGE_SUBJECT_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        String stem = proper.substring(0, proper.length() - 1);
        boolean commonWordEnd = ProperNames.WORDS_ENDING_IN_A_LEVEL.contains(proper.substring(stem.length()) + VILLAGE);
        return !DictionaryWords.isWord(proper) && !DictionaryWords.isWord(proper.substring(0, ProperNames.MIN_NAME))
            && !(commonWordEnd && DictionaryWords.isWord(stem));
    }

    /** Whether an offset begins the text or a line of it. */
    private static boolean startsLine(String text, int at) {
        return at == 0 || text.charAt(at - 1) == '\n';
    }
}
