package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.HanCharacters;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What tells a locality's proper name from the common words around it (宁东 of 宁东基地, not 生产 of 生产基地): the
 * characters no name holds, the words that end the words before a name, the common words no name holds, and how long
 * names run. The rules finding localities share them, so a name is the same name to each.
 */
final class ProperNames {
    /** Characters no name holds: punctuation, 的 and 了, measure words. */
    private static final String HARD_BREAKS = "的了、，,。；;：:！!？?（）()“”\"《》 \n等个些种类项之";
    /** Hard breaks that are measure words (3个水库), which a proper name may begin with (项家屯). */
    static final String MEASURE_BREAKS = "个些种类项";
    /** Words a name does not begin with, which end the words before it (在梅海岭公园, 到宝丰湿地). */
    static final String PREPOSITIONS = "在于从到至经由将把被对向往赴是为有让使以";
    /** Conjunctions end the words before a name but may begin one (和平水库). */
    static final String CONJUNCTIONS = "和与及同";
    /** Common nouns, modifiers and verbs: a stretch holding one is no proper name (生产基地, 小二型水库, 加强口岸). */
    private static final String GENERIC_WORD_LIST =
        "型|亩|座|处|批|号|辖区|生产|种植|养殖|繁育|育秧|示范|产业|发展|现代|农业|工业|旅游|国家|国有|国营|家庭|生态|主题|文化"
        + "|军事|军用|民用|空军|美军|传统|热门|重点|特色|优势|骨干|大型|中型|小型|支线|运输|原料|加工|物流|科研|科技|创新"
        + "|创业|实训|实验|试验|培训|实践|体验|保供|蔬菜|粮食|商品|光伏|风电|城市|乡村|周边|当地|各地|部分|首都|海洋|标准"
        + "|规模|优质|集体|扶贫|智能|配套|边境|沿海|附近|大小|境内|区域|地区|加强|推进|推动|发挥|启动|建设|实施|开展|促进"
        + "|提升|加快|打造|优化|深化|扩大|依托|建立|建成|新建|改造|规划|管理|保护|修复|治理|持续|充分|全面|不断|工作|补给|服务"
        + "|观测|气象|监测|中转|加油|充电|收费|检查|公交|地铁|高铁|进出|出入|紧邻|毗邻|临近|邻近|相邻|主要|关闭|开放|开通"
        + "|立足|强化|前往|进入|通过|经过|抵达|到达|出口|进口|供应|储备|合作|夺控|河湖|复制|推广|融入|重大|历史|文物|考古|革命"
        + "|红色|长征|抗联|举办|举行|休闲|市民|人民|山间|山区|关键|核心|重要|交通|今年|去年|完成|全[国省市县区镇乡村部]";
    /** The common words of {@link #GENERIC}, without its single characters and counts (a name may hold 几: 京几屯). */
    static final Pattern GENERIC_WORDS = Pattern.compile(GENERIC_WORD_LIST);
    static final Pattern GENERIC = Pattern.compile(GENERIC_WORD_LIST
        + "|[一二两三四五六七八九十几数多][大个座处家条类]|[这那该某各每其本所多数几不车我]");
    /** Words ending in a level word that name no place (美国股市新上市, 城市, 超市, 古镇, 乡村). */
    static final Set<String> WORDS_ENDING_IN_A_LEVEL = Set.of("上市", "城市", "都市", "超市", "股市", "夜市", "集市", "门市",
        "乡镇", "城镇", "小镇", "古镇", "县城", "古城", "新城", "全城", "京城", "农村", "乡村", "山村", "渔村");
    /**
     * The provinces' one-character names, which routes join into their names (京沪, 京津, 港澳): a dictionary word made of
     * two of them is a route's name, not a common word.
     */
    private static final String PROVINCE_CHARACTERS = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台";
    static final int MIN_NAME = 2;
    /** Longest proper name after a place name (内蒙古达里湖), and standing alone, where fewer words are names. */
    static final int MAX_NAME_AFTER_PLACE = 5;
    static final int MAX_NAME_ALONE = 4;
    /**
     * Longest transliterated name after a place abroad (罗斯托夫州莫罗佐夫斯克机场): a transliteration spells each syllable
     * with a character, so names abroad run longer than Chinese ones.
     */
    static final int MAX_TRANSLITERATED_NAME = 7;

    private ProperNames() {
    }

    /**
     * No common word, no preposition after the first character (枪手在公园, 共有水库), and no conjunction at the end
     * (主城区和新区 joins two kinds).
     */
    static boolean isProper(String name) {
        return !GENERIC.matcher(name).find()
            && name.substring(1).chars().noneMatch(c -> PREPOSITIONS.indexOf(c) >= 0)
            && CONJUNCTIONS.indexOf(name.charAt(name.length() - 1)) < 0;
    }

    static boolean isNameCharacter(char c) {
        return HanCharacters.isHan(c) && HARD_BREAKS.indexOf(c) < 0;
    }

    /** Whether the words are a place name of their own (舟山 of 宁波舟山港). */
    static boolean names(PlaceLexicon lexicon, String words) {
        return !words.isEmpty() && lexicon.longestNameEnd(words, 0) == words.length();
    }

    /**
     * Whether the words hold a word of the dictionary of two characters or more (开工 of 新开工, 居民), as ICU cuts them,
     * that is no place's name (大埔 of 大埔宏福) nor two provinces' characters (京沪).
     */
    static boolean holdsCommonWord(String words, PlaceLexicon lexicon) {
        for (int at = 0; at < words.length(); ) {
            String word = DictionaryWords.firstWord(words.substring(at));
            if (word.length() >= MIN_NAME && !names(lexicon, word) && !joinsProvinces(word)) {
                return true;
            }
            at += Math.max(1, word.length());
        }
        return false;
    }

    private static boolean joinsProvinces(String word) {
        return word.chars().allMatch(c -> PROVINCE_CHARACTERS.indexOf(c) >= 0);
    }
}
