package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.HanCharacters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list item headed by a township written without its suffix (长寨：596套2470人…; 广顺：1382套…): the township of the
 * post's place that the head plus 镇, 乡 or 街道 names. Written anywhere else, such a short name is too often a word.
 */
final class ItemHeadPlaces {
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("镇", "乡", "街道");
    /** What ends an item's head or a label heading what follows it (长寨：, 办理流程：). */
    static final String COLONS = "：:";
    private static final String TOWNSHIP_LEVEL_WORDS = "镇乡";
    /** Characters of a township's name written before its level word when the rest is left out (凉水 of 凉水河子镇). */
    private static final int MAX_SHORTENED = 3;
    /** Words a township's name follows (以凉水镇为主, 在凉水镇). */
    private static final String PREPOSITIONS = "在以于到从至和与及、是";
    private static final int MIN_HEAD = 2;
    private static final int MAX_HEAD = 4;
    /** A short name repeated this often is the story's township (丹灶 for 丹灶镇). */
    private static final int MIN_REPEATS = 3;
    private static final int SHORT_NAME = 2;
    private static final char CJK_FIRST = '\u4e00';
    private static final char CJK_LAST = '\u9fff';
    /** Words that take the story to a place (在丹灶投产, 落户丹灶, 走进丹灶小镇). */
    private static final List<String> LOCATIVES = List.of("在", "到", "于", "走进", "来到", "落户", "位于", "地处");
    /** Pairs of zeros ending a division's code (451022000000 → 451022). */
    private static final Pattern TRAILING_ZEROS = Pattern.compile("(00)+$");

    private ItemHeadPlaces() {
    }

    /**
     * The mentions with the township a title names without its suffix (a profile page titled 山心 whose text names 兴业县,
     * which holds 山心镇), first: a title of a short name alone is the page's subject, where the text may write it only
     * in other words (镇人民政府驻山心圩). Only under a county the text names, and only when exactly one township there
     * has that name.
     */
    static List<PlaceMention> withTitleTownship(String text, int titleEnd, List<PlaceMention> mentions, PlaceLexicon lexicon) {
        String title = text.substring(0, titleEnd).strip();
        int start = text.indexOf(title);
        if (title.length() < MIN_HEAD || title.length() > MAX_HEAD || !title.chars().allMatch(c -> HanCharacters.isHan((char) c))
                || mentions.stream().anyMatch(p -> p.start() < titleEnd)) {
            return mentions;
        }
        List<String> counties = mentions.stream().map(PlaceMention::region)
            .filter(r -> !r.foreign() && r.level() == RegionLevel.COUNTY).map(ItemHeadPlaces::descendantsPrefix).distinct().toList();
        Optional<Region> township = counties.isEmpty() ? Optional.empty() : township(title, counties, lexicon);
        if (township.isEmpty()) {
            return mentions;
        }
        List<PlaceMention> out = new ArrayList<>(mentions.size() + 1);
        out.add(new PlaceMention(start, start + title.length(), title, township.get()));
        out.addAll(mentions);
        return out;
    }

    /** The mentions with the townships that head list items added, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions, Optional<Region> dominant, PlaceLexicon lexicon) {
        List<PlaceMention> out = new ArrayList<>(mentions);
        boolean countyReport = dominant.filter(d -> !d.foreign() && d.level() == RegionLevel.COUNTY).isPresent();
        out.addAll(repeatedShortNames(text, mentions, citiesAndCounties(mentions, dominant), countyReport, lexicon));
        if (dominant.isEmpty() || dominant.get().foreign() || dominant.get().level().compareTo(RegionLevel.COUNTY) < 0) {
            out.sort(Comparator.comparingInt(PlaceMention::start));
            return out; // in a province, many townships share a short name
        }
        out.addAll(shortenedTownships(text, mentions, dominant.get(), lexicon));
        for (int line = 0; line >= 0 && line < text.length(); line = nextLine(text, line)) {
            int start = line;
            int colon = headEnd(text, start);
            if (colon < 0 || mentions.stream().anyMatch(p -> p.start() == start)) {
                continue;
            }
            String head = text.substring(start, colon);
            township(head, dominant.get(), lexicon).ifPresent(r -> out.add(new PlaceMention(start, colon, head, r)));
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    /**
     * A township of the post's city or county that the story is about, written again and again without its suffix
     * (丹灶是广东佛山的一个小镇…落户丹灶…丹灶就补齐了…): every place it is written, outside other names. Named fewer
     * times, a two-character short name is too often a word.
     */
    private static List<PlaceMention> repeatedShortNames(String text, List<PlaceMention> mentions, List<Region> within,
                                                         boolean countyReport, PlaceLexicon lexicon) {
        if (within.isEmpty()) {
            return List.of();
        }
        List<String> prefixes = within.stream().map(ItemHeadPlaces::descendantsPrefix).toList();
        List<PlaceMention> out = new ArrayList<>();
        for (String name : repeatedPairs(text)) {
            if (PlaceLexicon.isCommonNoun(name)) {
                continue;
            }
            Optional<Region> township = township(name, prefixes, lexicon);
            if (township.isEmpty() || DictionaryWords.isWord(name)) {
                continue;
            }
            List<PlaceMention> free = new ArrayList<>(); // written alone: not inside the full name (圣水镇) or another
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int start = at;
                int end = at + SHORT_NAME;
                if (mentions.stream().noneMatch(p -> p.start() < end && start < p.end())) {
                    free.add(new PlaceMention(start, end, name, township.get()));
                }
            }
            // outside a county's own report, the story must also go there once (在丹灶投产, 落户丹灶): 黄花 grown in 大同
            // is no 黄花乡
            if (free.size() >= MIN_REPEATS && (countyReport || free.stream().anyMatch(p -> afterLocative(text, p.start())))) {
                out.addAll(free);
            }
        }
        return out;
    }

    /**
     * Townships of the post's county written by the first characters of their name and their level word (凉水镇 for
     * 凉水河子镇 in a report of 柳河县): the one township of the county whose name begins so, the words standing after a
     * mark, a preposition or a place. Elsewhere, such a name is too often another township's or a word.
     */
    private static List<PlaceMention> shortenedTownships(String text, List<PlaceMention> mentions, Region county,
                                                         PlaceLexicon lexicon) {
        List<Region> townships = null; // looked up only when a name is written so: most posts write none
        List<PlaceMention> out = new ArrayList<>();
        for (int level = 0; level < text.length(); level++) {
            char levelWord = text.charAt(level);
            if (TOWNSHIP_LEVEL_WORDS.indexOf(levelWord) < 0) {
                continue;
            }
            for (int length = MAX_SHORTENED; length >= MIN_HEAD; length--) {
                int start = level - length;
                int end = level + 1;
                if (start < 0 || !text.substring(start, level).chars().allMatch(c -> isCommonIdeograph((char) c))
                        || !standsAlone(text, start, mentions)
                        || mentions.stream().anyMatch(p -> p.start() < end && start < p.end())) {
                    continue;
                }
                String stem = text.substring(start, level);
                if (townships == null) {
                    townships = lexicon.townshipsOf(county);
                }
                List<Region> found = townships.stream().filter(t -> t.name().length() > stem.length() + 1
                    && t.name().startsWith(stem) && t.name().charAt(t.name().length() - 1) == levelWord).toList();
                if (found.size() == 1 && lexicon.regionsNamed(stem + levelWord).stream().noneMatch(r -> r.code().startsWith(county.code()))) {
                    out.add(new PlaceMention(start, end, text.substring(start, end), found.get(0)));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a name may start at {@code start}: after a mark, a preposition, a place named, or at the text's start. */
    private static boolean standsAlone(String text, int start, List<PlaceMention> mentions) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return !HanCharacters.isHan(before) || PREPOSITIONS.indexOf(before) >= 0 || mentions.stream().anyMatch(p -> p.end() == start);
    }

    /**
     * Where a short name's township may lie: the post's city or county, else those it names (丹灶 in a story naming
     * 广东佛山); never a whole province, where too many share a short name.
     */
    private static List<Region> citiesAndCounties(List<PlaceMention> mentions, Optional<Region> dominant) {
        if (dominant.filter(ItemHeadPlaces::isCityOrCounty).isPresent()) {
            return List.of(dominant.get());
        }
        return mentions.stream().map(PlaceMention::region).filter(ItemHeadPlaces::isCityOrCounty).distinct().toList();
    }

    private static boolean isCityOrCounty(Region r) {
        return !r.foreign() && (r.level() == RegionLevel.PREFECTURE || r.level() == RegionLevel.COUNTY);
    }

    /**
     * The pairs of Han characters written at least {@link #MIN_REPEATS} times, counted in a table keyed by the two
     * characters (a post's every position is counted: no string is made until a pair qualifies).
     */
    private static List<String> repeatedPairs(String text) {
        int capacity = Integer.highestOneBit(Math.max(16, text.length() * 2)) * 2;
        int[] keys = new int[capacity];
        int[] counts = new int[capacity];
        List<String> out = new ArrayList<>();
        for (int i = 0; i + SHORT_NAME <= text.length(); i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            if (!isCommonIdeograph(first) || !isCommonIdeograph(second)) {
                continue;
            }
            int key = first << 16 | second;
            int slot = (key * 0x9E3779B1 >>> 8) & (capacity - 1);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = key;
            if (++counts[slot] == MIN_REPEATS) {
                out.add(text.substring(i, i + SHORT_NAME));
            }
        }
        return out;
    }


    private static boolean afterLocative(String text, int start) {
        return LOCATIVES.stream().anyMatch(w -> start >= w.length() && text.startsWith(w, start - w.length()));
    }

    private static boolean isCommonIdeograph(char c) {
        return c >= CJK_FIRST && c <= CJK_LAST; // the common ideographs: township names are written in them
    }

    private static int nextLine(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? -1 : newline + 1;
    }

    /** Where a short Han head followed by a colon ends at the start of a line, or -1. */
    private static int headEnd(String text, int start) {
        for (int i = start; i < Math.min(text.length(), start + MAX_HEAD + 1); i++) {
            char c = text.charAt(i);
            if (COLONS.indexOf(c) >= 0) {
                return i - start >= MIN_HEAD ? i : -1;
            }
            if (!HanCharacters.isHan(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static Optional<Region> township(String head, Region within, PlaceLexicon lexicon) {
        return township(head, List.of(descendantsPrefix(within)), lexicon);
    }

    /** The digits a place's descendants' codes begin with (451022000000 → 451022). */
    private static String descendantsPrefix(Region place) {
        return TRAILING_ZEROS.matcher(place.code()).replaceAll("");
    }

    /** The one township under the given code prefixes that the head plus 镇, 乡 or 街道 names, if exactly one. */
    private static Optional<Region> township(String head, List<String> prefixes, PlaceLexicon lexicon) {
        for (String suffix : TOWNSHIP_SUFFIXES) {
            String name = head + suffix;
            if (!lexicon.mayBeginName(name, name.length())) {
                continue;
            }
            List<Region> found = lexicon.regionsNamed(name).stream()
                .filter(r -> r.level() == RegionLevel.TOWNSHIP && prefixes.stream().anyMatch(r.code()::startsWith))
                .distinct().toList();
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }
}
