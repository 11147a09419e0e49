package dev.zhibiao.engine.quantity;

import dev.zhibiao.engine.text.HanCharacters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Units and measure words that may follow a numeral, matched longest first (平方公里 before 公里, 人次 before 人).
 * Also lists the suffixes that make a numeral a date, a time or an ordinal (2021年 is handled apart: see
 * {@link NonQuantities}).
 */
final class UnitLexicon {
    enum Kind {
        /** Counts with a measure word: 个 名 户 件 … */
        COUNT,
        CURRENCY,
        /** %, 个百分点, 基点, 成, 折. */
        SHARE,
        /** Physical measures: 亩 公顷 吨 米 千瓦时 … */
        MEASURE,
        /** Durations: 年 天 小时 个月 … */
        DURATION,
        AGE,
        MULTIPLE,
        /** A numeral followed by these is a date, time, ordinal or name part (5月, 20日, 雪龙2号, 70周年): never a quantity. */
        NEVER
    }

    /** One lexicon entry: the unit as written, the unit to report, and its kind. */
    record Unit(String written, String unit, Kind kind) {
    }

    /**
     * Measure words of counts; 股 counts shares, stocks and currents of air (5624股, 26股获买入评级, 两股冷空气), not in 股指 or
     * 股市; 省 and 国 count provinces and countries (涉及3省, 19国外长: see
     * {@link NonQuantities#isPlaceName}); 尾 counts fish, 羽 poultry, 手 futures lots, 票 votes, 段 sections (数万尾华子鱼, 3000万羽,
     * 3.32万手, 363票, 4段河流); 眼 counts wells and springs (打井34眼), 班 scheduled runs (每周70班), 遍 repetitions,
     * 车道 lanes, 章 chapters (共7章52条), 具 bodies, 孔 a bridge's spans, 局 games, 金/银/铜 medals (3金2银3铜), 站 a
     * tour's stages (连续两站夺冠), 分 the points of a score (满意度得分83.3分), 字 characters of a text (刻辞180余字; only after
     * digits: 十字, 八字方针 and 四字成语 are words, see {@link NonQuantities#isCharacterWord}), 响 the rounds of a salute
     * (鸣礼炮21响).
     */
    private static final String COUNT = "个 個 名 人 位 口 件 条 條 次 户 戶 份 期 面 株 棵 家 所 项 項 人次 户次 批次 批 场次 場次 场 場 座 辆 輛 台 套 架 架次 艘 只 隻 头 頭 "
        + "盏 处 處 间 間 栋 幢 张 張 本 册 部 篇 门 類 类 种 種 款 枚 支 根 颗 粒 块 片 匹 把 层 宗 笔 筆 单 例 起 趟 轮 列 节 对 對 双 雙 组 "
        + "队 箱 包 袋 瓶 桶 车次 辆次 台次 人日 工日 床 道 项次 口人 尾 羽 剂 剂次 手 票 段 部门 部委 集 省 省份 省区 省市 国 股 档 席 席位 成员国 眼 班 遍 车道 章 "
        + "具 孔 台套 部分 局 金 银 铜 站 分 盆 字 响 方面 航班 "
        // titles, wins and losses in a row (奥运十连冠, 三连胜)
        + "连冠 连胜 连败";
    /**
     * People counted without a measure word only in large numbers (14亿多中国人, 约9亿成员): with a small numeral the
     * noun is part of a name or a share's word (三八妇女节, 市二人民医院, 超三成员工).
     */
    static final String PEOPLE_IN_MULTITUDES = "中国人 中国人民 人民 成员 会员 网民 网友 农民工 毕业生 考生 志愿者 选民 人员 工作人员 "
        + "医护人员 官兵 士兵 军人 运动员 移民 华人 华侨 外国人 牧民 渔民 儿童 老人 妇女";
    /** People counted without a measure word (约20万群众, 数千民众): reported as 人; not 市民, which 12345市民热线 names. */
    private static final String PEOPLE = "群众 民众 百姓 平民 难民 灾民 人口 居民 村民 农民 农户 用户 游客 旅客 乘客 观众 学生 党员 干部 职工 员工 工人 患者 贫困人口 劳动力 "
        // growers and their households (25万种植户、70万果农), which a measure word's 种 must not cut
        + "果农 菜农 茶农 棉农 种植户 养殖户 "
        // the people a poverty-return watch list follows (超过700万监测对象)
        + "监测对象 "
        + PEOPLE_IN_MULTITUDES;
    /** People nouns that count households. */
    private static final Set<String> PEOPLE_HOUSEHOLDS = Set.of("农户", "用户", "种植户", "养殖户");
    private static final Set<String> PEOPLE_WORDS = Set.of(PEOPLE.split(" "));
    /**
     * People named before a word of how many they are (护士总量, 用户数量, 开发者数量): the unit of the count; professions
     * too, which are counted with a measure word after a numeral (20万名护士) and so are no units themselves.
     */
    private static final WordTable<String> PEOPLE_BEFORE_COUNT = peopleBeforeCount("护士 医生 医师 教师");
    /** 开发者, 消费者, 参与者: people named by what they do. */
    private static final char DOER = '者';
    /** 前者, 后者, 或者, 再者: 者 there refers back to things compared, no people (as after a numeral: 两者, 三者). */
    private static final String NOT_DOING = "前后或再";
    private static final char MAJOR = '大';
    /** 一大片区域 is a large area: 片区 there is part of 片区域, no part counted. */
    private static final char AREA_TAIL = '域';
    private static final List<String> MAJOR_PARTS = List.of("板块", "片区", "系列");
    /**
     * Words before a people noun (180万入境乘客, 1.8万农技人员, 3.2万巴勒斯坦人, 700万防止返贫致贫监测对象) are at most six
     * characters of Han.
     */
    private static final int MAX_PEOPLE_MODIFIER = 6;
    /** Persons and households, which end a people noun after words (巴勒斯坦人, 商品鹅养殖户) as their measure word. */
    private static final Set<String> PERSON_AND_HOUSEHOLD = Set.of("人", "户");
    private static final char COUNTRY_END = '国';
    /**
     * Hours in a letter, read only before a mark, a joiner or a qualifier (日照时间2155h和…, 2000h左右): before other words
     * it names a service (24h营业, 24h不打烊).
     */
    private static final String HOURS = "h";
    private static final String AFTER_HOURS = "和与及或左以多余";
    private static final char PERSON = '人';
    /** Characters no such word holds: qualifiers, particles and joiners (10万以上居民, 3万多名, 5万和…). */
    private static final String NOT_IN_MODIFIER = "以上下左右多余近约的和与及或等个名";
    private static final String CURRENCY = "元 块 美元 美金 美圆 美刀 欧元 日元 英镑 港元 港币 澳元 澳门元 韩元 卢布 卢比 人民币 台币 新台币 新元 "
        + "加元 瑞郎 瑞士法郎 法郎 奈拉 比特币 个比特币 泰铢 林吉特 越南盾 兰特 雷亚尔 里拉";
    private static final String SHARE = "% ％ ‰ 个百分点 個百分點 百分点 百分點 个千分点 個千分點 千分点 千分點 基点 基點 个基点 個基點";
    /**
     * Physical units; 立 is 立方米 as quarries write it (开采石子60万立), 方 as builders and gas suppliers do (土方30万方,
     * 5000方混凝土; a party after a Chinese numeral, see {@link NonQuantities#isParty}); 级 an earthquake's magnitude or a
     * wind force, not a grade (see {@link NonQuantities#isGrade}); 总吨 and 载重吨 a ship's size (15万载重吨).
     */
    private static final String MEASURE = "亩 畝 公顷 平方米 平米 平方公里 平方千米 公里 千米 米 厘米 毫米 公分 吨 噸 千克 公斤 克 斤 微克 毫克 "
        + "吨标准煤 吨标煤 升 千升 毫升 立方米 立方 千瓦 千瓦时 瓦 兆瓦 度 标准箱 标箱 TEU 吨公里 延米 海里 英里 英尺 平方英尺 盎司 桶 字节 兆字节 千字节 比特 "
        + "千卡 卡路里 摄氏度 ℃ 标方 人公里 座次 延长米 高斯 kg KG km KM cm CM mm MM m 立 方 级 总吨 载重吨 "
        // electricity, frequency, pressure, sound, small lengths, data and energy, as science and industry news write them
        + "伏 伏特 千伏 V kV 毫安 安培 mA mAh 毫安时 欧姆 Ω 瓦时 Wh kWh MWh GWh TWh W kW MW GW 吉瓦 太瓦 兆瓦时 吉瓦时 太瓦时 mS/cm S/cm "
        + "赫兹 Hz kHz MHz GHz 兆赫 帕 千帕 兆帕 Pa kPa MPa 分贝 dB 纳米 nm 微米 μm 光年 英寸 英亩 克拉 磅 加仑 "
        + "GB TB PB MB KB Gbps Mbps 焦耳 千焦 兆焦 毫西弗 微西弗 MP 像素 "
        // speeds, flows, areas, volumes and densities in SI letters, written as one unit (风速3.2m/s, 流量5m³/s, 120m²,
        // 0.5mg/m³ via the rate's slash); a degree sign or its letter C for ℃ (25°C; the bare C: see LatinCelsius)
        + "m/s km/h m³/s m³ m² km² mg μg °C "
        // the same as typed without superscripts or in mixed case, reported as written (治理河流70Km, 面积31.51km2,
        // 120m2, 库容500m3), and tonnes (载重30t)
        + "Km km2 m2 m3 t "
        // the CJK compatibility symbols of units, as county profiles type them (年降雨量2072㎜, 118.99千卡/㎡), as written
        + "㎡ ㎢ ㎞ ㎏ ㎎ ㎝ ㎜ ㎥ ㏄ ㎖ ㎘ ㏊ ㎾ ㎿ ㎐ ㎑ ㎒ ㎓";
    /** Durations; h is hours as profiles type them (年日照时间2155h, see {@link #HOURS}). */
    private static final String DURATION = "年 个月 個月 周 週 个星期 星期 天 小时 小時 个小时 分钟 分鐘 秒 秒钟 个工作日 工作日 年次 个季度 h";
    private static final String AGE = "岁 歲 周岁 週歲 周大 天大 个月大 月大";
    private static final String MULTIPLE = "倍";
    private static final String NEVER = "日 月 月份 月底 月初 月末 月中 号 號 时 時 周年 週年 季度 世纪 年代 年级 届 中全会 版 代 点钟 号文 号线 号楼 级台风 手机 股指 股市 股价 股份 股东 股权 "
        // shifts (四班倒), glances (一眼望去)
        + "班倒 眼望 眼看 眼就 眼便 眼认 眼瞥 "
        // the dog days (三伏天, 数九寒天 has no unit)
        + "伏天 具有 具备 具体 局面 局势 局部 局长 局限 站式 站长 站台 局两胜 局三胜 局四胜 孔桥 "
        // troops (30万部队, 92730部队): a force or its number, no count of works (部)
        + "部队 "
        // words 方 begins (3方案, 5方式), no cubic metres; 方面 counts aspects (提出4方面建议), see COUNT
        + "方案 方式 方向 方法 方针 方位 方阵 方队 方舱 方便 方言 方程";

    /** Units to report differently from how they are written. */
    private static final Map<String, String> REPORTED = Map.ofEntries(
        Map.entry("％", "%"), Map.entry("百分点", "个百分点"), Map.entry("百分點", "个百分点"),
        Map.entry("個百分點", "个百分点"), Map.entry("千分点", "个千分点"), Map.entry("千分點", "个千分点"),
        Map.entry("個千分點", "个千分点"), Map.entry("周岁", "岁"), Map.entry("週歲", "岁"), Map.entry("歲", "岁"),
        Map.entry("美圆", "美元"), Map.entry("美金", "美元"), Map.entry("港币", "港元"),
        Map.entry("基點", "基点"), Map.entry("个基点", "基点"), Map.entry("個基點", "基点"), Map.entry("個月", "个月"), Map.entry("小時", "小时"), Map.entry("个小时", "小时"),
        Map.entry("周大", "周"), Map.entry("天大", "天"), Map.entry("个月大", "个月"), Map.entry("月大", "个月"),
        Map.entry("口人", "口"), Map.entry("人民币", "元"), Map.entry("个比特币", "比特币"), Map.entry("KG", "kg"), Map.entry("KM", "km"), Map.entry("CM", "cm"), Map.entry("MM", "mm"),
        Map.entry("°C", "℃"));

    /** Entries by first character, longest first. */
    private static final CharKeyedTable<Unit[]> BY_FIRST_CHAR = index();

    /**
     * The kind of each unit asked, remembered: the labeler asks it of an amount's unit many times over (a few dozen units
     * in all), and a lexicon match tries every unit written with the same first character.
     */
    private static final Map<String, Optional<Kind>> KINDS_BY_UNIT = new ConcurrentHashMap<>();
    private static final int MAX_KINDS_REMEMBERED = 10_000;

    private UnitLexicon() {
    }

    private static CharKeyedTable<Unit[]> index() {
        Map<String, Unit> all = new HashMap<>();
        // first, so that every written list below wins a clash
        Set<Character> oneCharacterUnits = new HashSet<>();
        for (String list : List.of(NEVER, MULTIPLE, AGE, DURATION, MEASURE, SHARE, CURRENCY, COUNT)) {
            Arrays.stream(list.split(" ")).filter(w -> w.length() == 1).forEach(w -> oneCharacterUnits.add(w.charAt(0)));
        }
        CurrencyNames.inUse(oneCharacterUnits::contains).forEach(name -> all.put(name, new Unit(name, name, Kind.CURRENCY)));
        add(all, NEVER, Kind.NEVER);
        add(all, MULTIPLE, Kind.MULTIPLE);
        add(all, AGE, Kind.AGE);
        add(all, DURATION, Kind.DURATION);
        add(all, MEASURE, Kind.MEASURE);
        add(all, SHARE, Kind.SHARE);
        add(all, CURRENCY, Kind.CURRENCY);
        add(all, COUNT, Kind.COUNT);
        for (String w : PEOPLE_WORDS) {
            all.put(w, new Unit(w, peopleUnit(w), Kind.COUNT));
        }
        Map<Character, List<Unit>> grouped = new HashMap<>();
        for (Unit u : all.values()) {
            grouped.computeIfAbsent(u.written().charAt(0), k -> new ArrayList<>()).add(u);
        }
        Map<Character, Unit[]> index = new HashMap<>();
        grouped.forEach((c, list) -> {
            list.sort(Comparator.comparingInt((Unit u) -> u.written().length()).reversed());
            index.put(c, list.toArray(Unit[]::new));
        });
        return new CharKeyedTable<>(index);
    }

    private static WordTable<String> peopleBeforeCount(String professions) {
        Map<String, String> units = new HashMap<>(WordTable.all(professions, "人"));
        for (String w : PEOPLE_WORDS) {
            units.put(w, peopleUnit(w));
        }
        return new WordTable<>(units);
    }

    /** The unit people named so are counted in: 户 for households (农户, 用户), else 人. */
    private static String peopleUnit(String people) {
        return PEOPLE_HOUSEHOLDS.contains(people) ? "户" : "人";
    }

    /** The unit of the people named right before {@code end} (护士, 用户, 开发者), or null. */
    static String peopleUnitEndingAt(CharSequence t, int end) {
        String noun = PEOPLE_BEFORE_COUNT.endingAt(t, end, 0);
        if (noun != null) {
            return PEOPLE_BEFORE_COUNT.value(noun);
        }
        if (end < 2 || t.charAt(end - 1) != DOER) {
            return null;
        }
        char doing = t.charAt(end - 2);
        return HanCharacters.isHan(doing) && NOT_DOING.indexOf(doing) < 0 && !NumeralChars.isChineseNumeral(doing) ? "人" : null;
    }

    /** Later kinds in {@link #index()} win a clash: 块 is read as a count (3块地) rather than money. */
    private static void add(Map<String, Unit> all, String words, Kind kind) {
        for (String w : words.split(" ")) {
            all.put(w, new Unit(w, REPORTED.getOrDefault(w, w), kind));
        }
    }

    /**
     * People counted in large numbers with words before their noun (180万入境乘客, 1.6万商品鹅养殖户): the noun's
     * unit, written over the words and the noun; null when no people noun follows so.
     */
    static Unit peopleAfterModifier(CharSequence t, int i) {
        for (int length = 1; length <= MAX_PEOPLE_MODIFIER && i + length < t.length(); length++) {
            char c = t.charAt(i + length - 1);
            if (!HanCharacters.isHan(c) || NOT_IN_MODIFIER.indexOf(c) >= 0
                    || match(t, i + length - 1) != null && !endsCountrysName(t, i, length)) {
                return null;
            }
            Unit noun = match(t, i + length);
            if (isPeopleNoun(noun)) {
                Unit head = overlappingHead(t, i + length, noun);
                noun = head == null ? noun : head;
                return new Unit(t.subSequence(i, i + length + noun.written().length()).toString(), noun.unit(), noun.kind());
            }
        }
        return null;
    }

    /**
     * Whether the words end with 国 of a country's name before its people (超22.5万美国人, 3万多德国人): no count of
     * countries (19国) there, though 国 is its unit.
     */
    private static boolean endsCountrysName(CharSequence t, int i, int length) {
        return length >= 2 && t.charAt(i + length - 1) == COUNTRY_END && i + length < t.length()
            && t.charAt(i + length) == PERSON;
    }

    private static boolean isPeopleNoun(Unit noun) {
        return noun != null && (PEOPLE_WORDS.contains(noun.written()) || PERSON_AND_HOUSEHOLD.contains(noun.written()));
    }

    /**
     * A people noun starting inside the one found and ending past it (外出务工人员: 工人 found, 人员 the head ending the
     * compound): the head's unit, written from the found noun's start to the head's end; null when none.
     */
    private static Unit overlappingHead(CharSequence t, int nounStart, Unit noun) {
        for (int inside = 1; inside < noun.written().length(); inside++) {
            Unit head = match(t, nounStart + inside);
            int end = nounStart + inside + (head == null ? 0 : head.written().length());
            if (isPeopleNoun(head) && end > nounStart + noun.written().length()) {
                return new Unit(t.subSequence(nounStart, end).toString(), head.unit(), head.kind());
            }
        }
        return null;
    }

    /**
     * The parts a whole is divided into, counted as its major ones (研发涉及4大板块, 全县划成六大片区, 三大系列): the part's
     * word is the unit. Other words after N大 (三大运营商, 两大主营业务) make a set phrase or a name, not a count.
     */
    static Unit majorParts(CharSequence t, int i) {
        if (i >= t.length() || t.charAt(i) != MAJOR) {
            return null;
        }
        for (String part : MAJOR_PARTS) {
            int end = i + 1 + part.length();
            if (NumeralScanner.regionMatches(t, i + 1, part) && !(end < t.length() && t.charAt(end) == AREA_TAIL)) {
                return new Unit(MAJOR + part, part, Kind.COUNT);
            }
        }
        return null;
    }

    /**
     * The longest unit written at {@code i}, or null; its {@code written} is the text it covers. An ASCII unit must not
     * run on into more letters, digits or a plus (5G, 9869.HK, 1V1, 10W+). A share word may have blanks between its
     * characters (个 百 分 点); other units are written solid (300人 次日 is not 人次).
     */
    static Unit match(CharSequence t, int i) {
        if (i >= t.length()) {
            return null;
        }
        Unit[] candidates = BY_FIRST_CHAR.get(t.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (Unit u : candidates) {
            int end = i + u.written().length();
            if (NumeralScanner.regionMatches(t, i, u.written())
                    && !(NumeralChars.isAsciiLetter(u.written().charAt(0)) && end < t.length() && runsOnAfterLetters(t.charAt(end)))
                    && !(u.written().equals(HOURS) && end < t.length() && HanCharacters.isHan(t.charAt(end))
                        && AFTER_HOURS.indexOf(t.charAt(end)) < 0)) {
                return u;
            }
            if (u.kind() == Kind.SHARE && u.written().length() > 1) {
                int spacedEnd = spacedEnd(t, i, u.written());
                if (spacedEnd > 0) {
                    return new Unit(t.subSequence(i, spacedEnd).toString(), u.unit(), u.kind());
                }
            }
        }
        return null;
    }

    /** A letter, digit or plus after a unit of letters makes a name or a format of it (5G, 9869.HK, 1V1, 10W+). */
    private static boolean runsOnAfterLetters(char c) {
        return NumeralChars.isAsciiLetter(c) || NumeralChars.isArabicDigit(c) || c == '+';
    }

    /** End of {@code word} written at {@code i} with blanks between its characters, else -1. */
    private static int spacedEnd(CharSequence t, int i, String word) {
        int k = i;
        for (int w = 0; w < word.length(); w++) {
            if (w > 0) {
                k = NumeralScanner.skipBlanks(t, k);
            }
            if (k >= t.length() || t.charAt(k) != word.charAt(w)) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /** The kind of a reported unit ("" for none). */
    static Kind kindOf(String unit) {
        Optional<Kind> known = KINDS_BY_UNIT.get(unit);
        if (known != null) {
            return known.orElse(null);
        }
        Unit u = match(unit, 0);
        Kind kind = u != null && u.written().length() == unit.length() ? u.kind() : null;
        if (KINDS_BY_UNIT.size() < MAX_KINDS_REMEMBERED) {
            KINDS_BY_UNIT.put(unit, Optional.ofNullable(kind));
        }
        return kind;
    }
}
