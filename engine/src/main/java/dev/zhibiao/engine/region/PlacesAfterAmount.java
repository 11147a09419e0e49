package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the words after an amount say what it counts is: at a locative 在 or after a verb of staying (上千名成员在首都
 * 索非亚举行抗议, 三名航天员已进驻中国空间站), after a verb of entering (两辆燃料卡车进入加沙地带), at a strike's target
 * (对俄罗斯总统官邸克里姆林宫发动袭击), or at a locative opening the next clause (…投资5000万元，在孤山子镇隆兴村新建选矿厂).
 */
final class PlacesAfterAmount {
    /** Words between 在 and the place it names (在首都索非亚, 在当地). */
    private static final int MAX_BEFORE_LOCATIVE_PLACE = 2;
    /**
     * The amount and its noun before the locative (超过150头伪虎鲸在); further on, or behind a 的, the 在 belongs to
     * another phrase (九部门联合开展的…活动今天在新疆喀什举行).
     */
    private static final int MAX_SUBJECT_BEFORE_LOCATIVE = 12;
    /** Verbs of holding an event, after the place it is held in. */
    private static final Pattern HELD = Pattern.compile("(?:隆重|正式)?(?:举行|举办|召开|开幕|闭幕|进行|开展)");
    /** 为期 before a length of time: the length of the event it describes. */
    private static final String EVENT_LENGTH = "为期";
    /** The length, 的 and the event's name and day before its 在 (两天的2024陆家嘴论坛今天（6月19日）在). */
    private static final int MAX_EVENT_BEFORE_LOCATIVE = 30;
    /** 居住在美国的古巴公民 live there: not where they are counted. */
    private static final String RESIDING = "住活生";
    /** Verbs saying the counted subject came to stay where they name (三名航天员已进驻中国空间站, 两个乘组将会师中国空间站). */
    private static final List<String> STAY_VERBS = List.of("进驻", "入驻", "会师", "驻扎", "抵达", "到达", "飞抵");
    /** Verbs of staying, arriving and entering are two characters. */
    private static final int VERB_LENGTH = 2;
    /**
     * Verbs saying the counted things go into a place (两辆燃料卡车进入加沙地带): that place is the fact's, not the country
     * that lets or sends them (以色列允许…).
     */
    private static final List<String> ENTRY_VERBS = List.of("进入", "驶入", "运入", "送入");
    /** First characters of the verbs of staying and entering: most characters begin none. */
    private static final String VERB_FIRST_CHARACTERS = Stream.concat(STAY_VERBS.stream(), ENTRY_VERBS.stream())
        .map(verb -> verb.substring(0, 1)).distinct().collect(Collectors.joining());

    private final String text;
    private final DocumentSpans spans;
    private final NamedPlaces named;

    PlacesAfterAmount(String text, DocumentSpans spans, NamedPlaces named) {
        this.text = text;
        this.spans = spans;
        this.named = named;
    }

    /**
     * Where the counted subject is, said after it in its clause (保加利亚复兴党上千名成员在首都索非亚举行抗议): the place of a
     * locative 在, written right after it or after a word or two (首都, 当地).
     */
    Optional<Region> locativeAfter(int offset, Span clause) {
        // the length of an event (为期两天的2024陆家嘴论坛今天在上海举行) is the event's, held where its 在 says
        boolean eventLength = offset >= EVENT_LENGTH.length() && text.startsWith(EVENT_LENGTH, offset - EVENT_LENGTH.length());
        int limit = Math.min(clause.end(), offset + (eventLength ? MAX_EVENT_BEFORE_LOCATIVE : MAX_SUBJECT_BEFORE_LOCATIVE) + 1);
        int scan = offset;
        while (scan < limit && text.charAt(scan) != PlaceContext.LOCATIVE
                && (eventLength || text.charAt(scan) != PlaceContext.MODIFIER_END)) {
            scan++;
        }
        int at = scan;
        int verbAt = verbAt(offset, limit, STAY_VERBS);
        int placeFrom;
        if (verbAt >= 0 && verbAt < at) {
            placeFrom = verbAt + VERB_LENGTH;
        } else if (at < limit && text.charAt(at) == PlaceContext.LOCATIVE
                && (at == 0 || RESIDING.indexOf(text.charAt(at - 1)) < 0)) {
            placeFrom = at + 1;
        } else {
            return Optional.empty();
        }
        if (eventLength) {
            // only where the event is held (在上海举行), not a place of anything else it names (资助在美国学习的学生)
            return notListed(mentionRightAfter(placeFrom, clause)
                .filter(p -> HELD.matcher(text).region(p.end(), clause.end()).lookingAt()));
        }
        return placeRightAfter(placeFrom, clause);
    }

    /**
     * The place written right after a verb of entering (进入加沙地带) that follows the amount in its clause, within the
     * words of the counted subject and before any 的.
     */
    Optional<Region> placeEnteredAfter(int offset, Span clause) {
        int limit = Math.min(clause.end(), offset + MAX_SUBJECT_BEFORE_LOCATIVE + 1);
        int verbAt = verbAt(offset, limit, ENTRY_VERBS);
        if (verbAt < 0) {
            return Optional.empty();
        }
        return placeRightAfter(verbAt + VERB_LENGTH, clause);
    }

    /** The target a strike written after the amount in its clause was aimed at ({@link StrikeTargets}), if named. */
    Optional<Region> placeStruckAfter(int offset, Span clause) {
        int target = StrikeTargets.targetStart(text, offset, clause.end());
        if (target < 0) {
            return Optional.empty();
        }
        Optional<PlaceMention> struck = mentionRightAfter(target, clause);
        if (struck.isPresent() && struck.get().end() < text.length() && text.charAt(struck.get().end()) == PlaceContext.EXAMPLES_END) {
            // 对基辅等地发动袭击: the places struck lie in the example's country, not in the example alone
            Region example = struck.get().region();
            return example.foreign() && example.level() != RegionLevel.COUNTRY
                ? ForeignCountries.countryOf(example) : Optional.empty();
        }
        return notListed(struck);
    }

    /**
     * The place a locative opening the next clause of the sentence names (…公司投资5000万元，在孤山子镇隆兴村新建选矿厂):
     * where the firm spends or builds, rather than where it is registered.
     */
    Optional<Region> locativeOpeningNextClause(Span clause, Span sentence) {
        int k = clause.end();
        while (k < sentence.end() && PlaceContext.SCENE_END.indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        if (k + 1 >= sentence.end() || text.charAt(k) != PlaceContext.LOCATIVE) {
            return Optional.empty();
        }
        return placeRightAfter(k + 1, spans.clauseAt(k + 1)).filter(place -> !place.foreign());
    }

    /**
     * The place written at {@code from} or a word or two after it in the clause, the last of the names written back to
     * back there; none when it opens a list (分布在广州、深圳等地: where they spread, not one place they are in).
     */
    private Optional<Region> placeRightAfter(int from, Span clause) {
        return notListed(mentionRightAfter(from, clause));
    }

    /** The place (the last of a run of names) written a few characters after {@code from}, within the clause. */
    private Optional<PlaceMention> mentionRightAfter(int from, Span clause) {
        return named.firstSubjectAfter(from - 1)
            .filter(p -> p.start() <= from + MAX_BEFORE_LOCATIVE_PLACE && p.end() <= clause.end()
                && HanCharacters.isAllHan(text, from, p.start()))
            .map(named::lastOfRunWithin);
    }

    /** The mention's place unless a list goes on after it (北京、上海: one of several). */
    private Optional<Region> notListed(Optional<PlaceMention> mention) {
        return mention.filter(p -> p.end() >= text.length() || PlaceContext.LIST_JOINERS.indexOf(text.charAt(p.end())) < 0)
            .map(PlaceMention::region);
    }

    /** Where the first of the two-character verbs stands in [from, to) before any 的, or -1. */
    private int verbAt(int from, int to, List<String> verbs) {
        for (int k = from; k + VERB_LENGTH <= to; k++) {
            if (text.charAt(k) == PlaceContext.MODIFIER_END) {
                return -1;
            }
            if (VERB_FIRST_CHARACTERS.indexOf(text.charAt(k)) < 0) {
                continue;
            }
            for (String verb : verbs) {
                if (text.startsWith(verb, k)) {
                    return k;
                }
            }
        }
        return -1;
    }
}
