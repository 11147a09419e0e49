package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.LeadingScan;
import dev.zhibiao.engine.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.zhibiao.engine.text.DocumentSpans;

/**
 * Places named only as a point of reference — neighbours (东临姜家店乡, 北与亨通镇接壤), distances (距柳河县城
 * 20公里) and comparison bases (高于全省2.1个百分点) — which the facts around them are not about.
 */
final class ReferencePoints {
    /** Right before the name: 东临X, 毗邻X, 靠近X, 距X, 离X, and destinations (外销大连, 运往上海, 出口到越南). */
    private static final List<String> WORDS_BEFORE = List.of(
        "临", "邻", "靠近", "邻近", "接近", "距", "距离", "离", "销往", "外销", "远销", "运往", "发往", "出口到", "出口至", "运抵", "销售到", "销至");
    /**
     * A recipient: 向X followed by a verb of giving (向乌克兰提供18.5亿美元的军事支持) — the amount is the giver's (美国政府
     * 当天宣称…), as the destinations above are the seller's.
     */
    private static final Pattern RECIPIENT = Pattern.compile("[^，。；]{0,3}?(?:提供|援助|捐赠|捐助|交付|出售|移交|输送|派遣|运送)");
    /** 在 before a market a seller sells at, and the verbs of selling after it (在格尔木出售); not 销售额 or 销售量. */
    private static final char MARKET_BEFORE = '在';
    private static final Pattern SELLING = Pattern.compile("(?:出售|销售|售出|卖出|售卖)(?![额量价])");
    /** A theme or slogan in quotes (以“畅游幸福新西藏·携手开创新征程”为主题): a place in it names where nothing happened. */
    private static final int MAX_THEME = 40;
    private static final String THEME_OPENING = "以“";
    private static final Pattern THEME = Pattern.compile(THEME_OPENING + "[^”]{1," + MAX_THEME + "}”为(?:主题|题|口号)");
    /** ”为主题 and the like after the quoted words. */
    private static final int THEME_CLOSING = 4;
    /** What a distance's point of reference may be called between 距 and its name (距离首都雷克雅未克约50公里, 距省城太原). */
    private static final List<String> REFERENCE_TITLES = List.of("首都", "省会", "首府", "省城");
    /** Right before the name, the seat of a government named in passing (县人民政府驻灵泉镇, 政府驻地为城关镇). */
    private static final List<String> SEAT_WORDS = List.of("政府驻", "政府驻地", "驻地为", "驻地在");
    /** What may follow a seat's name: the end of its clause. */
    private static final String SEAT_ENDS = "，,。；;、）)\n";
    /** The verbs of a neighbour written after a direction (北靠兴县, 南接离石, 北倚保德, 东据太原, 西依汉高山). */
    private static final String NEIGHBOUR_VERBS = "靠倚依接连枕屏据";
    /**
     * Right after the name, a direction from it (位于鹤壁市区以南, 淇县县城以北, 刚察县以西60公里处), maybe from its urban
     * area (区 after a city's full name: 鹤壁市|区); what follows the direction is no name's start (上海以南京为榜样: 以
     * of 以…为; 浙江以东部沿海为重点: 以 of 以…为 too, so 部 may not follow).
     */
    private static final Pattern DIRECTION_FROM =
        Pattern.compile("(?:市区|县城|城区|区|城)?以[东南西北](?=$|[，,、。；;的约地侧0-9一二三四五六七八九十])");
    /** First characters of {@link #DIRECTION_FROM}: the pattern is tried only where one stands after a name. */
    private static final String DIRECTION_FROM_FIRST = "市县城区以";
    private static final List<String> DISTANCE_WORDS = List.of("距", "距离", "离");

    /**
     * Anywhere in the clause: all places of 北与亨通镇、罗通山镇接壤 (隔河相望, 与辽阳县为界, 与三家子镇相接,
     * 北与光华乡相连) are neighbours, except the subject that opens the clause before 与 (龙扬镇与涡阳县接壤).
     */
    private static final LeadingScan CLAUSE = new LeadingScan("接交毗相比为", "接壤|交界|毗邻|毗连|相邻|相接|相连|比邻|为邻|为界|接界|相望");
    /** A time a clause may open with before its subject (今年, 前三季度, 2023年上半年, 同期), ending as a time does. */
    private static final Pattern OPENING_TIME =
        Pattern.compile("[0-9０-９一二三四五六七八九十两上下前后今去明同首年月日度季期半个初末旬底第]*[年月日度季期旬底初]");
    /** A direction word (北与…接壤) and the joiners after the subject of a neighbour clause: 龙扬镇与涡阳县接壤. */
    private static final String DIRECTIONS = "东南西北";
    private static final String NEIGHBOUR_JOINERS = "与同和跟";
    /**
     * 等 and a count, after the list's other items (、地中海): the places before it are examples of what is counted. An item
     * after 、 may be a long name (、四川省眉山市东坡区); one after 和/及/与 is kept short, as those words also join a
     * clause's subject to what it does (杭州市及区县完成了老旧小区改造等120个项目: 杭州市 acts). A group of parties
     * without a measure word (巴西等多方, 俄罗斯等国, 南非等5国) is such a count too, of countries only
     * ({@link #PARTIES}: 新疆等国家重要能源基地 counts none), and a place before 与 is not one of them: it is the other
     * side (长沙市与南非等5国签署).
     */
    private static final Pattern COUNT_AFTER_EXAMPLES = Pattern.compile(
        listedItems("和及与") + "等[0-9０-９一二两三四五六七八九十百千几数多]+[个条家座项所只架艘批类种部]"
        + "|" + listedItems("和及") + "(?<parties>等(?:[多各]方|[0-9０-９一二两三四五六七八九十几数多]*国(?![际内])))");
    /** The group of {@link #COUNT_AFTER_EXAMPLES} matched by a group of parties, whose examples are countries. */
    private static final String PARTIES = "parties";
    /** Titles of documents listed after the one a place is named in (《深圳宣言》《…倡议》等5项成果), then 等 and a count. */
    private static final Pattern TITLES_THEN_COUNT =
        Pattern.compile("(?:[、和及与]?《[^《》]{1,30}》)*(?:" + COUNT_AFTER_EXAMPLES.pattern() + ")");
    /** The end of a document's title a place is named in (《人工智能教育杭州倡议》), looked for this far after the place. */
    private static final int MAX_TITLE_AFTER_PLACE = 30;
    /** What {@link #COUNT_AFTER_EXAMPLES} begins with: another item's joiner or 等. */
    private static final String EXAMPLES_CONTINUE = "、和及与等";
    /**
     * A count of divisions, maybe with its kinds in brackets, and a joiner (31个省（自治区、直辖市）和, 17个省份及): a place
     * joined to it (…和新疆生产建设兵团报告新增病例361例) is one more member of the group the fact is counted over.
     */
    private static final Pattern COUNTED_DIVISIONS_BEFORE = Pattern.compile(
        "[0-9０-９一二两三四五六七八九十百几多]+个?(?:省区市|省市区|省份|省区|省市|省|地区|城市|地级市|市州|县市区|市|县|区)(?:[（(][^）)]{1,12}[）)])?[" + PlaceContext.LIST_JOINERS + "]$");
    /** How far back {@link #COUNTED_DIVISIONS_BEFORE} is looked for: a count and the longest bracketed kinds. */
    private static final int MAX_COUNTED_DIVISIONS = 24;
    /** The same after the rest of a listed item's name (五一商圈 of 长沙五一商圈). */
    private static final Pattern ITEM_ENDING_IN_COUNT = Pattern.compile("\\p{IsHan}{0,6}?(?:" + COUNT_AFTER_EXAMPLES.pattern() + ")");

    private ReferencePoints() {
    }

    /**
     * A list's other items before 等: after 、 a name of up to 12 characters, after the given joiners one of up to 8 (see
     * {@link #COUNT_AFTER_EXAMPLES}).
     */
    private static String listedItems(String shortItemJoiners) {
        return "(?:、\\p{IsHan}{1,12}?|[" + shortItemJoiners + "]\\p{IsHan}{1,8}?)*";
    }

    /** The mentions that are not reference points; a place listed right after one (南临孤山子镇、驼腰岭镇) is one too. */
    static List<PlaceMention> subjects(String text, DocumentSpans spans, List<PlaceMention> mentions) {
        int n = mentions.size();
        boolean[] reference = new boolean[n];
        boolean[] example = new boolean[n];
        for (int i = 0; i < n; i++) {
            PlaceMention m = mentions.get(i);
            // a place listed after a point of reference, or written right after the one it lies in (距吉林省四平市)
            boolean listedAfterReference = i > 0 && reference[i - 1] && (m.start() - mentions.get(i - 1).end() == 1
                && PlaceContext.LIST_JOINERS.indexOf(text.charAt(mentions.get(i - 1).end())) >= 0
                || m.start() == mentions.get(i - 1).end() && NamedPlaces.within(mentions.get(i - 1).region(), m.region()));
            example[i] = examplesOfCount(text, m);
            reference[i] = listedAfterReference || isReferencePoint(text, spans, m) || example[i]
                || joinedToCountedDivisions(text, m) || isWholeOfPartsShare(text, spans, mentions, i)
                || isSellersMarket(text, spans, mentions, i);
        }
        for (int i = n - 2; i >= 0; i--) {
            // a first item's place right before a listed example (北京大兴、上海浦东等10个机场) is an example too, unless
            // it opens the list and every example of the list lies in it (德国杜塞尔多夫、汉堡、科隆等多个机场: Germany's
            // airports; but 河南省兰考县、四川省眉山市东坡区等100个单位: 眉山市 holds only the last); the places it is
            // written in (四川省 of 四川省眉山市) are examples with it
            if (!reference[i] && example[i + 1] && mentions.get(i + 1).start() == mentions.get(i).end()
                    && !(opensList(text, mentions, i) && containsEveryExampleAfter(mentions, example, i))) {
                reference[i] = true;
                example[i] = true;
            }
        }
        List<PlaceMention> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!reference[i]) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }

    /** Whether the place is named inside a theme's quotes (以“畅游幸福新西藏·携手开创新征程”为主题). */
    private static boolean inTheme(String text, PlaceMention mention) {
        int open = mention.start() - 1;
        while (open >= 0 && mention.start() - open <= MAX_THEME && !text.startsWith(THEME_OPENING, open)) {
            open--;
        }
        if (open < 0 || mention.start() - open > MAX_THEME) {
            return false;
        }
        int end = Math.min(text.length(), open + THEME_OPENING.length() + MAX_THEME + THEME_CLOSING);
        Matcher theme = THEME.matcher(text).region(open, end);
        return theme.lookingAt() && mention.end() <= theme.end();
    }

    /** Whether the run of names the place at {@code i} ends (四川省眉山市) is no later item of a list (…兰考县、四川省眉山市). */
    private static boolean opensList(String text, List<PlaceMention> mentions, int i) {
        int first = i;
        while (first > 0 && mentions.get(first - 1).end() == mentions.get(first).start()) {
            first--;
        }
        return !followsListJoiner(text, mentions.get(first).start());
    }

    /** Whether the name starting at {@code at} is written right after a list's joiner (、四川省): a later item of a list. */
    private static boolean followsListJoiner(String text, int at) {
        return at > 0 && PlaceContext.LIST_JOINERS.indexOf(text.charAt(at - 1)) >= 0;
    }

    /** Whether the examples listed right after the place at {@code i} all lie in it. */
    private static boolean containsEveryExampleAfter(List<PlaceMention> mentions, boolean[] example, int i) {
        Region container = mentions.get(i).region();
        for (int j = i + 1; j < mentions.size() && example[j]; j++) {
            Region item = mentions.get(j).region();
            boolean inside = container.foreign() ? item.code().equals(container.code()) && !item.equals(container)
                : item.code().startsWith(container.code()) && !item.code().equals(container.code());
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the place, alone or in a list, gives examples of the things an amount right after it counts (南非、地中海等7条
     * 国际航线, 德国、美国等12条航线, 南京夫子庙片区、长沙五一商圈、西安城墙景区等多个集聚区): the fact is not about them. An
     * item listed after others may go on after the place's name (长沙五一商圈); a first one that does is where the rest
     * lies or what acts (德国杜塞尔多夫、汉堡、科隆等多个机场, 四川省组建了…等17个宣讲团). 湖北、河南等地 has no count.
     */
    private static boolean examplesOfCount(String text, PlaceMention place) {
        int titleEnd = Segmenter.titleEndAfter(text, place.end(), MAX_TITLE_AFTER_PLACE);
        if (titleEnd >= 0) {
            // a document's title listed as an example (《人工智能教育杭州倡议》等八项重要成果): its place names the document
            return countsExamples(TITLES_THEN_COUNT.matcher(text).region(titleEnd, text.length()), place);
        }
        boolean listedAfterOthers = followsListJoiner(text, place.start());
        if (!listedAfterOthers && (place.end() >= text.length() || EXAMPLES_CONTINUE.indexOf(text.charAt(place.end())) < 0)) {
            return false; // what most places are followed by: no list and no count (checked before the pattern, for speed)
        }
        Pattern count = listedAfterOthers ? ITEM_ENDING_IN_COUNT : COUNT_AFTER_EXAMPLES;
        return countsExamples(count.matcher(text).region(place.end(), text.length()), place);
    }

    /** Whether the count matches at the matcher's region start, a group of parties only after a country ({@link #PARTIES}). */
    private static boolean countsExamples(Matcher count, PlaceMention place) {
        return count.lookingAt() && (count.group(PARTIES) == null || place.region().level() == RegionLevel.COUNTRY);
    }

    /** Whether the place at {@code i} is the whole a share of a part named before it in its sentence is taken of. */
    private static boolean isWholeOfPartsShare(String text, DocumentSpans spans, List<PlaceMention> mentions, int i) {
        PlaceMention whole = mentions.get(i);
        if (!ComparisonBases.followsShareWord(text, whole.start())) {
            return false; // most places: no 占 before them, no sentence scanned
        }
        int sentenceStart = spans.sentenceAt(whole.start()).start();
        int first = i;
        while (first > 0 && mentions.get(first - 1).start() >= sentenceStart) {
            first--;
        }
        return first < i && ComparisonBases.isWholeOfPartsShare(text, whole, mentions.subList(first, i));
    }

    /** Whether the place is joined to a count of divisions right before it ({@link #COUNTED_DIVISIONS_BEFORE}). */
    private static boolean joinedToCountedDivisions(String text, PlaceMention place) {
        int at = place.start();
        if (at == 0 || PlaceContext.LIST_JOINERS.indexOf(text.charAt(at - 1)) < 0) {
            return false; // what most places are preceded by: no joiner (checked before the pattern, for speed)
        }
        return COUNTED_DIVISIONS_BEFORE.matcher(text).region(Math.max(0, at - MAX_COUNTED_DIVISIONS), at).find();
    }

    /**
     * Whether the place is only where a seller its clause names before it sells (科学图村生态畜牧业合作社在格尔木出售的40多只
     * 羔羊): a market, as a destination is (销往上海); the goods and what follows are the seller's. Without a seller named
     * (在上海销售新能源车12万辆) the place is where the sales are counted.
     */
    private static boolean isSellersMarket(String text, DocumentSpans spans, List<PlaceMention> mentions, int i) {
        PlaceMention market = mentions.get(i);
        if (i == 0 || market.start() == 0 || text.charAt(market.start() - 1) != MARKET_BEFORE
                || !SELLING.matcher(text).region(market.end(), text.length()).lookingAt()) {
            return false;
        }
        int clauseStart = spans.clauseAt(market.start()).start();
        return mentions.get(i - 1).start() >= clauseStart && mentions.get(i - 1).end() < market.start();
    }

    private static boolean isRecipient(String text, PlaceMention mention) {
        return mention.start() > 0 && text.charAt(mention.start() - 1) == '向'
            && RECIPIENT.matcher(text).region(mention.end(), text.length()).lookingAt();
    }

    /** Whether the place is a distance's point of reference named with its title (距离首都雷克雅未克). */
    private static boolean isDistanceToTitled(String text, PlaceMention mention) {
        return REFERENCE_TITLES.stream().anyMatch(title -> text.startsWith(title, mention.start() - title.length())
            && DISTANCE_WORDS.stream().anyMatch(word -> text.startsWith(word, mention.start() - title.length() - word.length())));
    }

    /**
     * Whether the place is a seat of government named in passing, its clause ending right after it (县人民政府驻灵泉镇。),
     * not the subject of the clause it opens (县政府驻地灵泉镇常住人口3.1万人).
     */
    private static boolean isSeatInPassing(String text, PlaceMention mention) {
        int after = mention.end();
        return SEAT_WORDS.stream().anyMatch(word -> text.startsWith(word, mention.start() - word.length()))
            && (after >= text.length() || SEAT_ENDS.indexOf(text.charAt(after)) >= 0);
    }

    /** Whether the place is written after a direction and a verb of a neighbour (北靠兴县). */
    private static boolean isNeighbourAfterDirection(String text, PlaceMention mention) {
        int at = mention.start();
        return at >= 2 && NEIGHBOUR_VERBS.indexOf(text.charAt(at - 1)) >= 0 && DIRECTIONS.indexOf(text.charAt(at - 2)) >= 0;
    }

    /** Whether a direction from the place follows its name (鹤壁市区以南): the place is where the subject is measured from. */
    private static boolean isDirectionFrom(String text, PlaceMention mention) {
        int at = mention.end();
        return at < text.length() && DIRECTION_FROM_FIRST.indexOf(text.charAt(at)) >= 0
            && DIRECTION_FROM.matcher(text).region(at, text.length()).lookingAt();
    }

    /**
     * Whether the place is named only as a point of reference: a neighbour, a seat, a distance, a direction, a base, a
     * destination.
     */
    static boolean isReferencePoint(String text, DocumentSpans spans, PlaceMention mention) {
        if (WORDS_BEFORE.stream().anyMatch(word -> text.startsWith(word, mention.start() - word.length()))
                || isSeatInPassing(text, mention) || isNeighbourAfterDirection(text, mention) || isDirectionFrom(text, mention)
                || isDistanceToTitled(text, mention)
                || ComparisonBases.isBase(text, mention.start(), mention.end()) || isRecipient(text, mention)
                || inTheme(text, mention)) {
            return true;
        }
        String clause = spans.clauseAt(mention.start()).of(text);
        return CLAUSE.find(CLAUSE.matcher(clause), clause, 0) && !isNeighbourClauseSubject(text, spans, mention);
    }

    /** Whether the place is what a neighbour clause is about (哈尔盖镇北与祁连县默勒镇隔山相望), not one of its neighbours. */
    private static boolean isNeighbourClauseSubject(String text, DocumentSpans spans, PlaceMention mention) {
        int at = mention.end();
        if (at < text.length() && DIRECTIONS.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at < text.length() && NEIGHBOUR_JOINERS.indexOf(text.charAt(at)) >= 0
            && opensClause(text, spans, mention.start());
    }

    /**
     * Whether a place stands where a clause's subject does: at the clause's start, or after a time that opens it
     * (前三季度阳江规上工业); not after a verb or preposition (赴哈尔滨市考察, 低于同期深圳).
     */
    static boolean opensClause(String text, DocumentSpans spans, int start) {
        int clauseStart = spans.clauseAt(start).start();
        return clauseStart == start || OPENING_TIME.matcher(text).region(clauseStart, start).matches();
    }
}
