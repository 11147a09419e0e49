package dev.zhibiao.engine.region;

import com.ibm.icu.util.ULocale;
import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.LeadingScan;
import dev.zhibiao.engine.text.Segmenter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Regions of the world and seas abroad as the place of a fact (对欧洲8国加征关税, 在东南亚新建3座工厂, 红海航运量下降三成):
 * the continents and subregions of the UN's M.49 standard as ICU's data names them in Simplified Chinese (欧洲, 非洲,
 * 东南亚, 中亚, 拉丁美洲), and the seas {@link ForeignBareNames} knows. Each lies in no country: a locality coded
 * {@link #WORLD_CODE}. Not where a sentence names China or a place of it before (我国对非洲出口…, 湖南省对非洲进出口…):
 * its facts are China's, the region only their partner; nor after a place abroad unless as the deed's scene or target.
 */
final class WorldRegions {
    /**
     * ISO 3166's code for a region no country code names: abroad ({@link Region#foreign()}) yet within no country.
     */
    static final String WORLD_CODE = "ZZ";
    /**
     * M.49's continents and subregions (002 非洲 … 419 拉丁美洲); not 001 (世界), a word, nor 017 (中非), which news
     * writes for China and Africa (中非合作论坛).
     */
    private static final List<String> M49_CODES = List.of("002", "005", "009", "011", "013", "014", "015", "018",
        "019", "029", "030", "034", "035", "039", "142", "143", "145", "150", "151", "154", "155", "202", "419");
    /**
     * Regions news names that M.49 has no name for: 中东 (West Asia and Egypt, a political region), 拉美 (拉丁美洲's short
     * name), 中东欧 (a region of China's cooperation forums; without it 东欧 would be read inside it).
     */
    private static final List<String> NEWS_REGIONS = List.of("中东", "拉美", "中东欧", "欧元区", "欧盟");
    /**
     * Words right after a region's name that make a thing named after it, not a place (欧洲杯, 亚洲象, 非洲猪瘟, 非洲菊,
     * 美洲豹, 地中海贫血, 地中海饮食, 红海滩, 非洲裔, 欧洲人 but not 欧洲人口, 红海危机, 欧洲媒体); 中东部 is China's
     * (MacroRegions), not 中东部分国家 nor 在中东部署; 中欧班列 a train.
     */
    private static final Pattern NAMED_AFTER = Pattern.compile("杯|象|猪瘟|菊|豹|贫血|饮食|气候|滩|裔|人(?![口均])|危机|媒体"
        + "|药品|[东西南北]?部(?!分|" + MacroRegions.DEPLOY_AFTER_PART + ")|班列|国家经济");
    /**
     * The kinds of bodies named after a region, found within the run of Han characters after it, since words may stand
     * between (欧洲央行, 亚洲开发银行, 亚洲基础设施投资银行, 东非政府间发展组织, 博鳌亚洲论坛, 欧洲药品管理局).
     */
    private static final Pattern BODY_KINDS = Pattern.compile("央行|银行|联盟|议会|理事会|委员会|政府间|共同体|组织|联合会|协会"
        + "|论坛|峰会|大会|博览会|运动会|锦标赛|管理局|航天局|统计局|司令部");
    /** How far after a region's name a body's kind is looked for. */
    private static final int BODY_REACH = 10;
    /**
     * Words right after a region (or its 地区) that make it the scope of a superlative or a rank, not the fact's place
     * (作为欧洲最大的港口，该港…吞吐量达1450万标准箱; 东南亚第一大经济体), or exclude it (欧洲以外的市场, 除东南亚外).
     */
    private static final Pattern SCOPE_OR_EXCLUSION = Pattern.compile("(?:地区)?(?:最|第[一二三四五六七八九十0-9]|唯一|之最|以外|之外)");
    /** Before a region: 除 excludes it (除东南亚外); 未/不/没 before its 在 deny the scene (尚未在欧洲设厂). */
    private static final char EXCLUDING = '除';
    private static final String DENIALS = "未不没";
    /**
     * Characters that make a word with 中 (高中, 初中, 村中, 家中): a name beginning with 中 after one of them is read across
     * it (高中东校区, 村中东头).
     */
    private static final String BEFORE_WORD_MIDDLE = "高初村城镇家校院楼园山水空途心手";
    private static final char MIDDLE = '中';
    /**
     * M.49's regions that hold China (142 亚洲, 030 东亚): in a story at home the scene named so (这是该大会首次在亚洲举办)
     * is wider than the home place, which stays the facts' place.
     */
    private static final List<String> HOLDING_CHINA = Stream.of("142", "030")
        .map(code -> new ULocale("und_" + code).getDisplayCountry(ULocale.SIMPLIFIED_CHINESE)).toList();
    private static final List<String> NAMES = names();
    /** Second characters of the names: a name begins only before one, so the scan passes over most 中, 大 and 东. */
    private static final String NAME_SECONDS = NAMES.stream().map(n -> n.substring(1, 2)).distinct().collect(Collectors.joining());
    private static final LeadingScan NAMED = new LeadingScan(
        NAMES.stream().map(n -> n.substring(0, 1)).distinct().collect(Collectors.joining()),
        NAMES.stream().map(Pattern::quote).collect(Collectors.joining("|")),
        (text, at) -> at + 1 < text.length() && NAME_SECONDS.indexOf(text.charAt(at + 1)) >= 0);
    /** Words of China before a region in its sentence (我国对非洲出口, 中国—中东欧国家): the facts are the nation's. */
    private static final List<String> CHINA_WORDS = Stream.concat(MacroRegions.NATIONAL_BEFORE.stream(),
        Stream.of("中方", "中非", "中欧", "中阿", "中拉")).toList();
    /**
     * 在 before a region: the scene of a deed (在东南亚设立了3家工厂), the only way a story at home makes a region its facts'
     * place; elsewhere in one a region is a market or a partner (欧洲订单增长了20%, 东南亚市场销售额达50亿元).
     */
    private static final char SCENE = '在';
    /**
     * Words right before a region that make it the scene or the target of a deed (在红海拦截, 向红海发射, 对欧洲8国加征关税):
     * the fact's place even after the country that acts. Without one, a region after a place abroad is a comparison's
     * scope (德国是欧洲第一大经济体, 印尼是东南亚人口最多的国家): the facts stay that place's.
     */
    private static final String SCENE_OR_TARGET_MARKS = SCENE + "向对";
    /** 届 before a region: an event named after it (第四届亚洲…运动会, 第十届亚洲葡萄酒大赛). */
    private static final char EDITION = '届';

    private WorldRegions() {
    }

    private static List<String> names() {
        Stream<String> m49 = M49_CODES.stream()
            .map(code -> new ULocale("und_" + code).getDisplayCountry(ULocale.SIMPLIFIED_CHINESE))
            .filter(name -> !name.isEmpty() && !Character.isDigit(name.charAt(0)));
        // 北海 is 广西's city before it is a sea: the lexicon names it so
        Stream<String> seas = ForeignBareNames.seas().stream().filter(sea -> !sea.equals("北海"));
        return Stream.of(m49, NEWS_REGIONS.stream(), seas).flatMap(s -> s).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The end of a sea's waters written right after its name (红海海域, 波罗的海水域), which name them as written. */
    private static int watersEnd(String text, int nameEnd) {
        return ForeignBareNames.SEA_WATERS.stream().filter(w -> text.startsWith(w, nameEnd)).findFirst()
            .map(w -> nameEnd + w.length()).orElse(nameEnd);
    }

    /**
     * The mentions with the world regions named where no other place is, the words of the text do not cut (其中东北地区,
     * 其中亚洲) and no word named after one goes on, in text order; none where people or things come from (来自中东欧
     * 国家驻华使节等400多人参会) or an edition is counted (第十届亚洲…大赛), nor in a sentence that names China or a place
     * of it before; in a story at home (its dominant place a domestic one), only a scene.
     */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions, Optional<Region> dominant) {
        boolean storyAtHome = dominant.filter(place -> !place.foreign()).isPresent();
        List<PlaceMention> found = new ArrayList<>();
        Matcher m = NAMED.matcher(text);
        // a name the words cut may hide one starting inside it (其中亚洲: not 中亚, but 亚洲): the scan goes on from its next
        // character
        for (int from = 0; NAMED.find(m, text, from); ) {
            int start = m.start();
            int end = ForeignBareNames.seas().contains(m.group()) ? watersEnd(text, m.end()) : m.end();
            boolean cut = DictionaryWords.cutsName(text, start, m.end(), true, true) || readAcrossWord(text, start);
            boolean free = mentions.stream().noneMatch(p -> p.start() < end && start < p.end());
            boolean origin = PlaceContext.ORIGIN_MARKS.stream().anyMatch(w -> text.startsWith(w, start - w.length()));
            boolean edition = start > 0 && text.charAt(start - 1) == EDITION;
            boolean scene = start > 0 && text.charAt(start - 1) == SCENE;
            boolean holdsHome = storyAtHome && HOLDING_CHINA.contains(m.group());
            if (!cut && free && !origin && !edition && (scene || !storyAtHome) && !holdsHome && !denied(text, start, scene)
                    && !namedAfter(text, end) && !SCOPE_OR_EXCLUSION.matcher(text).region(end, text.length()).lookingAt()
                    && !Segmenter.insideTitle(text, start) && !placeBefore(text, start, mentions)) {
                String name = text.substring(start, end);
                found.add(new PlaceMention(start, end, name, new Region(WORLD_CODE, name, RegionLevel.LOCALITY, List.of(name))));
            }
            from = cut ? start + 1 : end;
        }
        return PlaceMention.withFound(mentions, found);
    }

    /**
     * Whether the sentence names China or a place of it before the offset, or a place abroad when no scene or target
     * mark stands right before it.
     */
    private static boolean placeBefore(String text, int offset, List<PlaceMention> mentions) {
        if (Segmenter.writtenBeforeInSentence(text, offset, CHINA_WORDS)) {
            return true;
        }
        int from = Segmenter.sentenceStart(text, offset);
        boolean sceneOrTarget = offset > 0 && SCENE_OR_TARGET_MARKS.indexOf(text.charAt(offset - 1)) >= 0;
        return mentions.stream().anyMatch(p -> p.start() >= from && p.end() <= offset && (!p.region().foreign() || !sceneOrTarget));
    }

    /** Whether a name beginning with 中 follows a character that makes a word with its 中 (高中东校区, 村中东头). */
    private static boolean readAcrossWord(String text, int start) {
        return start > 0 && text.charAt(start) == MIDDLE && BEFORE_WORD_MIDDLE.indexOf(text.charAt(start - 1)) >= 0;
    }

    /** Whether the region is excluded (除东南亚外) or its scene denied (尚未在欧洲设厂): no place of any fact. */
    private static boolean denied(String text, int start, boolean scene) {
        return start > 0 && text.charAt(start - 1) == EXCLUDING
            || scene && start > 1 && DENIALS.indexOf(text.charAt(start - 2)) >= 0;
    }

    /** Whether a thing (欧洲杯, 非洲猪瘟) or a body (欧洲央行, 亚洲开发银行) named after the region goes on at its end. */
    private static boolean namedAfter(String text, int end) {
        int hanEnd = end;
        while (hanEnd < text.length() && hanEnd - end < BODY_REACH && HanCharacters.isHan(text.charAt(hanEnd))) {
            hanEnd++;
        }
        return NAMED_AFTER.matcher(text).region(end, text.length()).lookingAt()
            || BODY_KINDS.matcher(text).region(end, hanEnd).find();
    }
}
