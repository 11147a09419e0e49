package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.Span;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that opens with a quote and names its speaker after it (“…我们出租商业门面年收入137万元…”小碧乡黄泥哨村
 * 党支部书记说。): the figures the speaker quotes are of the township or village the speaker's title names — not one the
 * speaker spoke at (在…介绍), nor for a quote of a whole scope (全县). Asked only where the paragraph names no place before
 * the figure.
 */
final class QuotedSpeakers {
    private static final char OPENING_QUOTE = '“';
    private static final char CLOSING_QUOTE = '”';
    /**
     * The speaker's words after the quote, up to a verb of saying (小碧乡黄泥哨村党支部书记王某说) or the speaker's role when
     * the words go on to what the speaker does (潘庄子村民周连春看着满棚的香菇), no clause mark between.
     */
    private static final Pattern SPEAKER = Pattern.compile(
        "[^，,。；;：:“”\\n]{2,30}?(?:说|介绍|表示|告诉记者|细数|坦言|村民|农民|书记|主任|村长|社长|负责人)");

    /** A place after 在 in the speaker's words is where the speaker spoke (局长在石桥镇妥乐村介绍), not whose the quote is. */
    private static final char VENUE = '在';
    /**
     * Scopes a quote may speak of (全县, 全市, 我们县, 县财政): then its figures are that scope's, not the speaker's
     * village's.
     */
    private static final Pattern SCOPES = Pattern.compile("全[国省市县区乡镇]|我们?[县市区省]|县[里财委政]");

    private final String text;
    private final List<PlaceMention> mentions;

    QuotedSpeakers(String text, List<PlaceMention> mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    /** The township or village the speaker of the quote opening the paragraph is of, when the offset is in that quote. */
    Optional<Region> placeAt(Span paragraph, int offset) {
        if (paragraph.start() >= text.length() || text.charAt(paragraph.start()) != OPENING_QUOTE) {
            return Optional.empty();
        }
        int close = text.indexOf(CLOSING_QUOTE, paragraph.start());
        if (close < 0 || close >= paragraph.end() || offset > close) {
            return Optional.empty();
        }
        Matcher speaker = SPEAKER.matcher(text).region(close + 1, paragraph.end());
        if (!speaker.lookingAt()) {
            return Optional.empty();
        }
        int end = speaker.end();
        String quote = text.substring(paragraph.start(), close);
        if (SCOPES.matcher(quote).find()) {
            return Optional.empty(); // “去年全县接待游客…”: the quote speaks of the whole county, wherever it is said
        }
        return mentions.stream()
            .filter(p -> p.start() > close && p.end() <= end && text.charAt(p.start() - 1) != VENUE
                && p.region().level().compareTo(RegionLevel.TOWNSHIP) >= 0 && !p.region().foreign())
            .map(PlaceMention::region)
            .reduce((a, b) -> b.level().compareTo(a.level()) >= 0 ? b : a);
    }
}
