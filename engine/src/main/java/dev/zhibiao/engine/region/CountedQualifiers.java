package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.ArabicDigits;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Places written right after an amount that qualify what it counts: a part of the context's place (又抓获3名莫斯科州恐袭
 * 事件涉案人员 → 莫斯科州), the country of the people counted (20多名伊朗安全机构指挥官) or their side (15具以方被扣押人员
 * 遗体). What is counted belongs there, not to the place of the clause's actor; a destination, an origin, an example, a
 * note's place or the next amount's is no qualifier.
 */
final class CountedQualifiers {
    /** How many characters a qualifier may write before an amount's first numeral (超过, 将近, 不少于). */
    private static final int MAX_QUALIFIER_BEFORE_NUMERAL = 4;
    /** Chinese numerals an amount may open with (近一半, 超过两千名); not 多, which opens qualifiers too (多达). */
    private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十百千";
    /** What a numeral may go on with (3万余, 20多): still the amount, no word between it and a place. */
    private static final String LARGE_UNITS_AND_APPROXIMATES = "万亿多余";
    /** 华 for China as where people come, stay or study (来华旅游, 在华留学, 访华): the nation is their scene. */
    private static final Pattern CHINA_AS_SCENE = Pattern.compile("[来访赴在抵留驻旅]华");
    /** Measure words of people: a country right after one says whose people are counted (20多名伊朗安全机构指挥官). */
    private static final String PERSON_MEASURES = "名位";
    /** Measure words of people and of their bodies (15具…遗体): a side written right after one says whose they are. */
    private static final String PEOPLE_AND_BODY_MEASURES = PERSON_MEASURES + "具";
    /** What follows a country's first character when news writes it as a side in talks or a conflict (以方, 俄方, 中方). */
    private static final char SIDE = '方';
    /** Characters before 方 that make a word of it, no country's side (西方记者, 南方, 多方, 双方, 军方, 警方, 地方). */
    private static final String NOT_A_SIDE = "东西南北多双对各我官军警地校院检上下前后左右";
    /** Words before a place that make it a destination, origin, route, link or example (驰援武汉, 从昆明出发, 连接贵阳, 如郑州). */
    private static final List<String> NOT_OF_THE_FACT_BEFORE = Stream.of(List.of("来自", "从", "自"),
        PlaceContext.DESTINATION_MARKS, List.of("投向", "连接", "如", "被", "比", "较", "于")).flatMap(List::stream).toList();
    /** The words between a fact's amount and a part named after it: the amount and a noun or two (3名莫斯科州…). */
    private static final int MAX_GAP_BEFORE_PART = 6;
    /** 其中 opens a breakdown: a place after it is a part's, not the whole's. */
    private static final String AMONG = "其中";

    private final String text;
    private final DocumentSpans spans;
    private final NamedPlaces named;
    private final Asides asides;

    CountedQualifiers(String text, DocumentSpans spans, NamedPlaces named, Asides asides) {
        this.text = text;
        this.spans = spans;
        this.named = named;
        this.asides = asides;
    }

    /** Where the amount at the offset writes its first numeral, past a qualifier before it (近6万名, 超过600名). */
    int firstNumeralFrom(int offset) {
        int limit = Math.min(text.length(), offset + MAX_QUALIFIER_BEFORE_NUMERAL);
        for (int at = offset; at < limit; at++) {
            if (ArabicDigits.is(text.charAt(at)) || CHINESE_DIGITS.indexOf(text.charAt(at)) >= 0) {
                return at;
            }
        }
        return offset;
    }

    /**
     * The country of the people an amount counts, named right after its measure word in its clause (以色列已打死20多名
     * 伊朗安全机构指挥官 → 伊朗): where they were killed, held or hurt, rather than the country that acted on them.
     */
    Optional<Region> nationalityOfCounted(int offset) {
        Span clause = spans.clauseAt(offset);
        return named.firstSubjectAfter(offset)
            .filter(p -> p.region().level() == RegionLevel.COUNTRY && p.end() <= clause.end()
                && p.start() - offset <= MAX_GAP_BEFORE_PART && PERSON_MEASURES.indexOf(text.charAt(p.start() - 1)) >= 0
                && isPartOfFact(offset, p))
            .map(PlaceMention::region)
            .or(() -> sideOfCounted(offset, clause));
    }

    /**
     * {@link #nationalityOfCounted} for people counted where no place is named before them, when their clause names no
     * other place after them: 超过3万名乌克兰难民涌入波兰 are counted in 波兰, 近20万名俄罗斯游客来华 in the nation.
     */
    Optional<Region> nationalityOfCountedAlone(int offset) {
        Span clause = spans.clauseAt(offset);
        return nationalityOfCounted(offset).filter(country -> {
            int after = named.firstSubjectAfter(offset).map(PlaceMention::end).filter(end -> end <= clause.end()).orElse(offset);
            return !named.namesPlaceIn(after, clause.end()) && !CHINA_AS_SCENE.matcher(text).region(after, clause.end()).find();
        });
    }

    /**
     * The country of the people an amount counts, written as a side right after the measure word (哈马斯移交了15具以方
     * 被扣押人员遗体 → 以色列): the one country the post names that begins with the side's character. A side's character
     * stands for many countries (巴 for 巴勒斯坦 and 巴西), so only the post's own countries are meant.
     */
    private Optional<Region> sideOfCounted(int offset, Span clause) {
        int limit = Math.min(clause.end() - 2, offset + MAX_GAP_BEFORE_PART);
        for (int at = offset; at < limit; at++) {
            if (PEOPLE_AND_BODY_MEASURES.indexOf(text.charAt(at)) >= 0 && text.charAt(at + 2) == SIDE
                    && HanCharacters.isHan(text.charAt(at + 1)) && NOT_A_SIDE.indexOf(text.charAt(at + 1)) < 0) {
                char first = text.charAt(at + 1);
                List<Region> countries = named.mentions().stream().map(PlaceMention::region)
                    .filter(r -> r.level() == RegionLevel.COUNTRY && r.name().charAt(0) == first).distinct().toList();
                return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A part of the place the paragraph or post gives, named after the fact in a later clause of its sentence (能把烧饼卖到
     * 全球16个国家和地区，缙云走的就是… → 缙云县), when nothing but words lies between (no other amount: see
     * {@link #isPartOfFact}), nor 其中.
     */
    Optional<Region> partNamedLaterInSentence(int offset, Span sentence, Region outer) {
        return named.firstSubjectAfter(offset)
            .filter(first -> first.end() <= sentence.end() && !text.substring(offset, first.start()).contains(AMONG)
                && isPartOfFact(offset, first))
            .map(named::lastOfRunWithin)
            .filter(last -> !closesListOrLeadsAmount(last))
            .map(PlaceMention::region)
            .filter(place -> NamedPlaces.within(outer, place));
    }

    /**
     * A part of the place the context gives, named after the fact in its clause: what is counted belongs to it (俄罗斯
     * …，又抓获3名莫斯科州恐袭事件涉案人员 → 莫斯科州).
     */
    Optional<Region> partNamedLaterInClause(int offset, Span clause, Region outer) {
        return named.firstSubjectAfter(offset)
            .filter(p -> p.end() <= clause.end() && p.start() - offset <= MAX_GAP_BEFORE_PART
                && NamedPlaces.within(outer, p.region()) && isPartOfFact(offset, p))
            .map(PlaceMention::region);
    }

    /**
     * Whether the place right after an amount qualifies what is counted (3名莫斯科州恐袭事件涉案人员), not where it goes,
     * comes from or is linked to, nor an example or a list's first item, nor a note's or a quotation's place, nor the
     * place of the next amount (200万吨郑州市100万吨).
     */
    private boolean isPartOfFact(int offset, PlaceMention p) {
        String gap = text.substring(offset, p.start());
        return !closesListOrLeadsAmount(p) && !digitsAfterWords(gap) && NOT_OF_THE_FACT_BEFORE.stream().noneMatch(gap::endsWith)
            && !asides.openMarkBetween(offset, p.start()) && !OrganizationNames.begins(text, p);
    }

    /** Whether a joiner, 等 or an amount follows the place: it is a list's item or the next amount's place. */
    private boolean closesListOrLeadsAmount(PlaceMention p) {
        char after = p.end() < text.length() ? text.charAt(p.end()) : '。';
        return PlaceContext.LIST_JOINERS.indexOf(after) >= 0 || after == PlaceContext.EXAMPLES_END
            || Character.isDigit(after) || isNumeralOrUnit(after);
    }

    /** Whether digits follow words in the gap: a second amount (吨郑州市100万吨 is after; 3名 is the fact's own). */
    private static boolean digitsAfterWords(String gap) {
        boolean words = false;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (Character.isDigit(c) && words) {
                return true;
            }
            words |= HanCharacters.isHan(c) && !isNumeralOrUnit(c);
        }
        return false;
    }

    private static boolean isNumeralOrUnit(char c) {
        return CHINESE_DIGITS.indexOf(c) >= 0 || LARGE_UNITS_AND_APPROXIMATES.indexOf(c) >= 0;
    }
}
