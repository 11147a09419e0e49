package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.LeadingScan;
import dev.zhibiao.engine.text.SecondCharacters;
import dev.zhibiao.engine.text.Segmenter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.zhibiao.engine.text.Span;

/**
 * Words that make a statement national (中国, 全国, 我国): a fact governed by them has no region. 中国 right after a
 * counted measure word describes the things counted (24部中国优秀歌剧作品 in 杭州), it does not make them national.
 */
final class NationalScope {
    private static final String CHINA = "中国";
    private static final String OUR_COUNTRY = "我国";
    private static final String NATIONWIDE = "全国";
    /** 在 opening a sentence's scene (在希腊，…). */
    private static final String SCENE = "在";
    /** Marks setting off a sentence's scene (在希腊，). */
    private static final String SCENE_MARKS = "，,";
    /** Characters read back from 全国 for the start of its sentence. */
    private static final int MAX_SCENE_BEFORE = 40;
    /**
     * The Chinese nation counting its own years (寓意着中华民族14年可歌可泣的抗战历程): national by nature, as 中国 is; not
     * the nation naming what is held or done somewhere (在甘肃敦煌，中华民族文化交流活动, 铸牢中华民族共同体意识).
     */
    private static final String CHINESE_NATION = "中华民族(?=[0-9０-９一二三四五六七八九十百千几数])";
    /** 其中 before 国 (其中国家级贫困县40个, 其中国有企业): 中 is 其中's, no 中国 is written. */
    private static final String NOT_CHINA_AFTER = "(?<!其)";
    private static final LeadingScan NATIONAL = new LeadingScan("中全我",
        NOT_CHINA_AFTER + CHINA + "|" + NATIONWIDE + "|" + OUR_COUNTRY + "|" + CHINESE_NATION, new SecondCharacters("中国华", NATIONWIDE, OUR_COUNTRY));
    /** The numerals and counters of an amount of the nation's people ({@link #NATION_COUNTED}). */
    private static final String NATION_COUNT_NUMERAL = "0123456789０１２３４５６７８９.零〇一二两三四五六七八九十百千万亿多余";
    private static final String NATION_COUNTERS = "名位个";
    /** What the people counted begin with (中华儿女, 中国人民, 全国人民). */
    private static final String NATION_WORD_FIRST = "中全";
    /**
     * An amount counting the nation's people (14亿多中国人民, 14亿中华儿女): national wherever the story is told; not a
     * group of them counted somewhere (3000名中国游客 in 泰国), nor members of a body named after them (5000名中国人民
     * 解放军官兵, 12名中国人民大学学生, 全国人民代表大会代表).
     */
    private static final Pattern NATION_COUNTED = Pattern.compile(
        "[" + NATION_COUNT_NUMERAL + "]+[" + NATION_COUNTERS + "]?(?:中华(?:民族)?儿女"
        + "|中国人民(?!解放军|武装|武警|银行|大学|志愿军|保险|政治|对外|警察|公安)|全国(?:各族)?人民(?!代表|政府|法院|检察院))");
    private static final Pattern COUNTED_BEFORE = Pattern.compile("[0-9０-９一二两三四五六七八九十百千万亿多余][个名家部项位只条座批支款种类件]$");
    private static final int COUNTED_LENGTH = 2;
    /** What follows 中国 naming the country a team or competitor stands for (中国队, 中国体育代表团, 中国选手). */
    private static final Pattern COMPETITOR_AFTER = Pattern.compile("(?:[男女]子?)?(?:队|体育代表团|选手|运动员|健儿|[男女][排篮足])");
    /**
     * The state as the subject opening a clause and acting (国家已安排近5000亿元, 国家将建设, 国家开启了…行动): a national
     * statement; not 国家 beginning a body's name or a compound (国家统计局, 国家级, 国家公园) nor counted (44个国家), nor
     * the state only naming who made a thing the clause is about (国家实施的退耕还林工程，让全县新增林地3万亩).
     */
    private static final LeadingScan STATE_ACTING =
        new LeadingScan("国", "(?<=^|[，。；：！？,;:!?\\s])国家(?=[已将]|(?:决定|确定|推动|围绕|安排|下达|开启|启动|实施|出台)(?!的))",
            new SecondCharacters("国家"));
    /**
     * The nation itself as a subject (我国服务贸易规模…, 全国已建成…, 中国积极开展…): not a body named after it (中国作家协会,
     * 中国共产党, 中国代表团, 全国政协, 全国人大) nor people from all over it (全国各地游客), whose members speak or
     * attend wherever the story is; 中国 only before words of acting.
     */
    private static final Pattern NATION_AS_SUBJECT = Pattern.compile(
        OUR_COUNTRY + "|全国(?!人大|政协|总工会|妇联|工商联|人民代表|各地|各族|劳模|先进)"
        + "|中国(?=[已将正也还均]|共(?!产党|青团)|积极|高度|始终|一直|持续|累计|不断|大力|全面|成功|首次|连续)");
    /**
     * What follows 中国 or 我国 naming who made a thing (我国自主研制的大型加油机, 中国制造的列车): the maker of what the
     * clause is about, no scope of the story; the thing is shown, flown or delivered wherever the story is.
     */
    private static final Pattern MAKER_AFTER =
        Pattern.compile("(?:自主|自行|独立)?(?:研制|研发|制造|设计|建造|生产)的");
    /** Words of a running total (我国自主研制的C919已累计交付10架): the nation's own tally of what it made. */
    private static final Pattern TOTAL_AFTER = Pattern.compile("累计|已");
    /**
     * Words of a thing shown at a venue (运油-20首次飞行展示, 亮相): only then is the maker no scope. Without them the clause
     * speaks of what the nation makes (中国制造的产品出口到230个国家, 我国研发的芯片今年产量达100亿颗): national.
     */
    private static final Pattern SHOWN_AFTER = Pattern.compile("展示|亮相|展出|表演|首秀|参展");
    /** The measure word of a numbered edition (第十四届中国航展, 本届中国航展): 中国 after it begins an event's name. */
    private static final char EDITION = '届';
    /**
     * What names one edition before 届 (第十四届, 本届, 首届): not 历届 (all editions: 历届中国女排共获10个世界冠军) nor
     * 应届 (this year's graduates: 应届中国高校毕业生), which count the nation's own.
     */
    private static final String EDITION_BEFORE = "0123456789一二三四五六七八九十百零〇两本首上该今此";
    /** Characters before a title that cite it as a source (据《…》, 根据《…》, 按照《…》): its scope is the statement's. */
    private static final String CITING_BEFORE = "据照依";
    /** The kind of a work may follow its title (《中国的能源转型》白皮书): looked for this far past 》. */
    private static final int WORK_KIND_AFTER = 4;
    /**
     * Words naming a work that reports figures (《中国互联网发展报告2025》, 《中国统计年鉴》, 白皮书, 公报): the figures stated
     * after its release are its own, and speak for the nation it is named after (发布《中国互联网发展报告》，网民规模达11亿人).
     */
    private static final Pattern REPORTING_WORK = Pattern.compile("报告|年鉴|白皮书|蓝皮书|公报|指数|统计|数据");
    /** Titles of foreign heads of state (土耳其总统埃尔多安表示，国家将…): the state they speak of is theirs. */
    private static final Pattern FOREIGN_LEADER = Pattern.compile("总统|首相|国王|女王|王储|大公");
    /** A leader speaking of the state is looked for this far back in its sentence. */
    private static final int MAX_SPEAKER_BEFORE = 30;
    /**
     * What follows 中国 in a title naming whose crew flies or whose team helps (中国航天员乘组完成在轨交接, 中国救援队救出…):
     * the crew's or team's country, no scope of the story; their facts are where they fly, land or work. Not a body's
     * national facts about such teams (中国医疗队60年来累计诊治患者…), nor 队伍, 部队 or 队员.
     */
    private static final Pattern CREW_AFTER = Pattern.compile("(?:航天员|宇航员)乘组|(?:国际)?(?:救援|医疗|维和)队(?![伍员])");
    /**
     * What follows 全国 in a deputy's or member's title (全国人大代表, 全国政协委员): whom the person represents; the
     * scope of the facts of their story only where a central body follows ({@link #deputyTitle}).
     */
    private static final Pattern DEPUTY_AFTER = Pattern.compile("人大代表|政协委员");
    /** Marks between a deputy's title and who the deputy is (全国人大代表、江苏南通…, 全国人大代表——福建省…). */
    private static final String TITLE_MARKS = "、，,—－- ";
    /** Central bodies a deputy may serve in (国家发展改革委主任, 中国科学院, 中央…, 国务院…): the nation's, no place's. */
    private static final Pattern CENTRAL_BODY = Pattern.compile("国家|中国|中央|国务院");
    /** Last characters of a ministry whose first words are named like a place (公安部, not 公安县; 审计署): a central body. */
    private static final String MINISTRY_LAST_CHARACTERS = "部署";
    /**
     * What follows 中国 naming a national firm's local branch (中国邮政储蓄银行霍邱县支行, 中国移动…分公司): the branch works
     * where it is, no scope of the statement.
     */
    private static final Pattern BRANCH_AFTER = Pattern.compile(
        "[^，。；：,;:\\n]{1,10}?(?:银行|公司|集团)[^，。；：,;:\\n]{0,8}?(?:支行|分行|分公司|营业部)");
    /**
     * What follows 全国 or 中国 naming how far a thing's standing reaches (打造具有全国影响力的科技创新高地, 全国知名品牌):
     * a quality of the thing, no scope of the statement.
     */
    private static final Pattern STANDING_AFTER = Pattern.compile("(?:乃至[^，。；]{0,4})?(?:(?:重要|较大|较强)?影响力|知名度|知名|闻名)");
    /** How long a column's name in 【】 may be (【领航中国】, 【文化中国行】). */
    private static final int MAX_COLUMN_NAME = 16;

    /** Whom a 全国 begins the title of, by what follows the title. */
    private enum Deputy {
        /** No deputy's or member's title. */
        NONE,
        /** A deputy of the place at home written after the title (全国人大代表、江苏南通一家老年护理院). */
        OF_PLACE,
        /** A deputy serving in a central body (全国人大代表、国家发展改革委主任, 公安部). */
        OF_CENTRAL_BODY,
        /** The title alone (当选全国人大代表之初, 全国人大代表李丰). */
        UNSAID
    }

    private NationalScope() {
    }

    /** Whether the amount whose first numeral stands at {@code at} counts the nation's people ({@link #NATION_COUNTED}). */
    static boolean countsNation(String text, int at) {
        return mayCountNation(text, at) && NATION_COUNTED.matcher(text).region(at, text.length()).lookingAt();
    }

    /**
     * Whether {@link #NATION_COUNTED} can match at {@code at}: only when 中 or 全 follows the numeral's characters and the
     * counter there may be. Asked of every amount, this spares a matcher for nearly all of them.
     */
    private static boolean mayCountNation(String text, int at) {
        int end = at;
        while (end < text.length() && NATION_COUNT_NUMERAL.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        if (end < text.length() && NATION_COUNTERS.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end > at && end < text.length() && NATION_WORD_FIRST.indexOf(text.charAt(end)) >= 0;
    }

    /**
     * Whether the national word at [start, end) only begins a numbered event's name (第十四届中国航展在珠海开幕: the
     * show's figures are the host city's) or names who made a thing (我国自主研制的AG600M首次展示12吨全状态洒水), unless
     * its clause tallies what the nation made ({@link #TOTAL_AFTER}).
     */
    private static boolean namesEventOrMaker(String text, int start, int end) {
        boolean country = text.startsWith(CHINA, start) || text.startsWith(OUR_COUNTRY, start);
        if (!country) {
            return false;
        }
        if (text.startsWith(CHINA, start) && start > 1 && text.charAt(start - 1) == EDITION
            && EDITION_BEFORE.indexOf(text.charAt(start - 2)) >= 0) {
            return true;
        }
        Matcher maker = MAKER_AFTER.matcher(text).region(end, text.length());
        if (!maker.lookingAt()) {
            return false;
        }
        int clauseEnd = Segmenter.clauseEnd(text, maker.end());
        return SHOWN_AFTER.matcher(text).region(maker.end(), clauseEnd).find()
            && !TOTAL_AFTER.matcher(text).region(maker.end(), clauseEnd).find();
    }

    /** Whether the span is 中国 naming the country a team or competitor stands for (中国队, 中国体育代表团): who won, not where. */
    static boolean namesCompetitor(String text, Span span) {
        return text.startsWith(CHINA, span.start()) && span.end() - span.start() == CHINA.length()
            && COMPETITOR_AFTER.matcher(text).region(span.end(), text.length()).lookingAt();
    }

    /** Whether the scope at {@code at} is the nation itself as a subject ({@link #NATION_AS_SUBJECT}). */
    static boolean nationAsSubjectAt(String text, int at) {
        return NATION_AS_SUBJECT.matcher(text).region(at, text.length()).lookingAt();
    }

    /** Whether the offset lies inside a column's name in 【】 (【领航中国】固本强基…): a programme's name, no statement's scope. */
    private static boolean inColumnName(String text, int at) {
        for (int k = at - 1; k >= Math.max(0, at - MAX_COLUMN_NAME); k--) {
            char c = text.charAt(k);
            if (c == '】' || c == '\n') {
                return false;
            }
            if (c == '【') {
                return text.indexOf('】', at) >= 0 && text.indexOf('】', at) < k + MAX_COLUMN_NAME;
            }
        }
        return false;
    }

    /**
     * Whether the offset lies inside the title of a work a verb or a modifier handles (揭晓《2025年度中国科学十大进展》,
     * 发布《中国数字经济发展报告》 at a forum in 北京): the work's subject, no scope of the statement. Not a title opening
     * its clause, nor one cited as a source (《全国国土空间规划纲要》提出…, 据《中国统计年鉴》), which speak for the nation.
     */
    private static boolean inTitleOfWorkHandled(String text, int at) {
        if (!Segmenter.insideTitle(text, at)) {
            return false;
        }
        int open = text.lastIndexOf('《', at);
        int close = text.indexOf('》', at);
        return open > 0 && HanCharacters.isHan(text.charAt(open - 1)) && CITING_BEFORE.indexOf(text.charAt(open - 1)) < 0
            && close > at
            && !REPORTING_WORK.matcher(text).region(open, Math.min(text.length(), close + WORK_KIND_AFTER)).find();
    }

    /** The national scopes of the text; place names written after a deputy's title are looked up in {@code lexicon}. */
    static List<Span> find(String text, int titleEnd, PlaceLexicon lexicon) {
        List<Span> out = new ArrayList<>();
        Matcher m = NATIONAL.matcher(text);
        // a deputy introduced with their place (全国人大代表、江苏南通…): their title alone later (当选全国人大代表之初) is theirs
        boolean placeDeputyNamed = false;
        for (int from = 0; NATIONAL.find(m, text, from); from = LeadingScan.after(m)) {
            boolean crewInTitle = m.group().equals(CHINA) && m.start() < titleEnd
                && CREW_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
            Deputy deputy = m.group().equals(NATIONWIDE) ? deputyTitle(text, m.end(), lexicon) : Deputy.NONE;
            placeDeputyNamed |= deputy == Deputy.OF_PLACE;
            boolean deputyOfPlace = deputy == Deputy.OF_PLACE || deputy == Deputy.UNSAID && placeDeputyNamed;
            if (crewInTitle || deputyOfPlace || inColumnName(text, m.start()) || inTitleOfWorkHandled(text, m.start())) {
                continue;
            }
            boolean attribute = m.group().equals(CHINA) && m.start() >= COUNTED_LENGTH
                && COUNTED_BEFORE.matcher(text.substring(m.start() - COUNTED_LENGTH, m.start())).find()
                || namesEventOrMaker(text, m.start(), m.end())
                || m.group().equals(CHINA) && BRANCH_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || !m.group().equals(OUR_COUNTRY) && STANDING_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || m.group().equals(NATIONWIDE) && inForeignScene(text, m.start());
            // 高于全国2.1个百分点: the nation is the base the fact is compared with, the fact stays the place's
            if (!attribute && !ComparisonBases.isBase(text, m.start(), m.end())) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        Matcher state = STATE_ACTING.matcher(text);
        for (int from = 0; STATE_ACTING.find(state, text, from); from = LeadingScan.after(state)) {
            if (!spokenByForeignLeader(text, state.start())) {
                out.add(new Span(state.start(), state.end()));
            }
        }
        out.sort(Comparator.comparingInt(Span::start)); // in text order, as the scopes are searched
        return out;
    }

    /**
     * Whose title 全国 ending at {@code at} begins: a deputy of the place at home written right after the title
     * (全国人大代表、江苏南通一家老年护理院的护理人员), whose story's facts are the place's; a deputy of a central body
     * (全国人大代表、国家发展改革委主任; 公安部), whose are the nation's; or a title alone (当选全国人大代表之初).
     */
    private static Deputy deputyTitle(String text, int at, PlaceLexicon lexicon) {
        Matcher title = DEPUTY_AFTER.matcher(text).region(at, text.length());
        if (!title.lookingAt()) {
            return Deputy.NONE;
        }
        int who = title.end();
        while (who < text.length() && TITLE_MARKS.indexOf(text.charAt(who)) >= 0) {
            who++;
        }
        if (CENTRAL_BODY.matcher(text).region(who, text.length()).lookingAt()) {
            return Deputy.OF_CENTRAL_BODY;
        }
        int placeEnd = lexicon.longestNameEnd(text, who);
        if (placeEnd == who) {
            return Deputy.UNSAID;
        }
        boolean ministry = placeEnd < text.length() && MINISTRY_LAST_CHARACTERS.indexOf(text.charAt(placeEnd)) >= 0;
        return ministry ? Deputy.OF_CENTRAL_BODY : Deputy.OF_PLACE;
    }

    /** Whether the sentence before {@code at} names a foreign head of state speaking (…总统…表示，国家将). */
    /**
     * Whether 全国 is a foreign country's whole: right after the country's name (日本全国共有…), or in a sentence opening
     * with the country as its scene, set off by a mark (在希腊，当天全国各地数千名农民…). A country that is only an earlier
     * clause's subject (美国对华加征关税后，全国外贸企业…) leaves 全国 China's.
     */
    private static boolean inForeignScene(String text, int at) {
        if (ForeignCountries.byName().keySet().stream().anyMatch(country -> text.startsWith(country, at - country.length()))) {
            return true;
        }
        int from = at;
        while (from > 0 && at - from < MAX_SCENE_BEFORE && !Segmenter.endsSentence(text.charAt(from - 1))) {
            from--;
        }
        if (!text.startsWith(SCENE, from)) {
            return false;
        }
        int start = from + SCENE.length();
        return ForeignCountries.byName().keySet().stream().anyMatch(country -> text.startsWith(country, start)
            && start + country.length() < at && SCENE_MARKS.indexOf(text.charAt(start + country.length())) >= 0);
    }

    private static boolean spokenByForeignLeader(String text, int at) {
        int from = at;
        while (from > 0 && at - from < MAX_SPEAKER_BEFORE && !Segmenter.endsSentence(text.charAt(from - 1))) {
            from--;
        }
        return FOREIGN_LEADER.matcher(text).region(from, at).find();
    }
}
