package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts after 分别 or 各为, paired one by one with the places the sentence names before the word (南围子村…基地及西街村
 * …大棚，经营性收入各为25万元、46.2万元 → 南围子村 for the first).
 */
final class RespectivePlaces {
    private static final Pattern RESPECTIVELY = Pattern.compile(PlaceContext.RESPECTIVE_WORDS);
    /** What separates the amounts a 分别 pairs (25万元、46.2万元, 5%和6%). */
    private static final String AMOUNT_SEPARATORS = "、和及与";
    /** What ends the list of amounts a 分别 pairs: the clause's end. */
    private static final String AMOUNT_LIST_ENDS = "，,。；;：:！!？?\n";

    private final String text;
    private final NamedPlaces named;
    private final Set<PlaceMention> origins;
    private final Attributions attributions;
    /** Whether the post writes 分别 or 各为 at all: most do not, and no amount looks further. */
    private final boolean pairsRespectively;

    RespectivePlaces(String text, NamedPlaces named, Set<PlaceMention> origins, Attributions attributions) {
        this.text = text;
        this.named = named;
        this.origins = origins;
        this.attributions = attributions;
        this.pairsRespectively = PlaceContext.RESPECTIVELY_IN_POST.find(PlaceContext.RESPECTIVELY_IN_POST.matcher(text), text, 0);
    }

    /**
     * The place the amount at the offset is paired with: the i-th of the places the sentence names before the word, when
     * it names as many places as amounts follow; a name run within another (吉林省长春市) is one place. Empty otherwise,
     * as when the amounts pair with years or things instead.
     */
    Optional<Region> placeAt(int offset, Span sentence) {
        if (!pairsRespectively) {
            return Optional.empty();
        }
        Matcher word = RESPECTIVELY.matcher(text).region(sentence.start(), Math.min(offset, sentence.end()));
        int wordStart = -1;
        int wordEnd = -1;
        while (word.find()) {
            wordStart = word.start();
            wordEnd = word.end();
        }
        if (wordEnd < 0) {
            return Optional.empty();
        }
        int index = 0;
        for (int k = wordEnd; k < offset; k++) {
            char c = text.charAt(k);
            if (AMOUNT_LIST_ENDS.indexOf(c) >= 0) {
                return Optional.empty();
            }
            index += AMOUNT_SEPARATORS.indexOf(c) >= 0 ? 1 : 0;
        }
        int amounts = index + 1;
        for (int k = offset; k < sentence.end() && AMOUNT_LIST_ENDS.indexOf(text.charAt(k)) < 0; k++) {
            amounts += AMOUNT_SEPARATORS.indexOf(text.charAt(k)) >= 0 ? 1 : 0;
        }
        if (amounts < 2) {
            return Optional.empty();
        }
        List<PlaceMention> mentions = new ArrayList<>();
        int runEnd = -1;
        for (PlaceMention p : named.subjects()) {
            // only where the facts are: not a venue (在北京举行的发布会上), an origin nor a source (记者从…哈尔滨局…获悉),
            // nor a reference to the story's place outside the list (位居全省第一、第二位的是滑县和固始县; but 该市和郑州市)
            if (p.start() < sentence.start() || p.end() > wordStart || origins.contains(p)
                    || attributions.namesSource(p) || BackReferences.isReference(p) && !joined(p)
                    || p.start() > 0 && text.charAt(p.start() - 1) == PlaceContext.LOCATIVE) {
                continue;
            }
            if (p.start() < runEnd) {
                continue;
            }
            PlaceMention last = named.lastOfRunWithin(p);
            runEnd = last.end();
            mentions.add(last);
        }
        List<Region> places = mentions.stream().map(PlaceMention::region).distinct().toList();
        if (places.size() == amounts) {
            return Optional.of(places.get(index));
        }
        // places of earlier facts before the list this 分别 pairs (排第三位的永城市…，分列第四至七位的是唐河县、太康县…;
        // 滑县、浚县、内黄县三县中，滑县和浚县…分别): the list right before the word, of distinct places
        List<PlaceMention> list = mentions.size() > amounts ? mentions.subList(mentions.size() - amounts, mentions.size()) : List.of();
        return listed(list) && list.stream().map(PlaceMention::region).distinct().count() == amounts
            ? Optional.of(list.get(index).region()) : Optional.empty();
    }

    /** Whether a joiner stands right before or after the place: it is one of a list (该市和郑州市, 全市和全省). */
    private boolean joined(PlaceMention p) {
        return p.end() < text.length() && PlaceContext.LIST_JOINERS.indexOf(text.charAt(p.end())) >= 0
            || p.start() > 0 && PlaceContext.LIST_JOINERS.indexOf(text.charAt(p.start() - 1)) >= 0;
    }

    /** Whether the places are one list: each joined to the next by a single joiner (唐河县、太康县和邓州市). */
    private boolean listed(List<PlaceMention> places) {
        if (places.isEmpty()) {
            return false;
        }
        for (int i = 1; i < places.size(); i++) {
            int gap = places.get(i).start() - places.get(i - 1).end();
            if (gap != 1 || PlaceContext.LIST_JOINERS.indexOf(text.charAt(places.get(i - 1).end())) < 0) {
                return false;
            }
        }
        return true;
    }
}
