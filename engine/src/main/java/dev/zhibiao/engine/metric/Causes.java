package dev.zhibiao.engine.metric;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cause making the things counted after it come to a state (台风导致日本约12万户家庭断电, 干旱导致该市超过2.5万名居民处于
 * 严重缺水状态): what befell them says which are counted; the cause and where it struck do not name them.
 */
final class Causes {
    /** Where or how long the state lasted (滞留在机场长达10小时): no part of what befell the things. */
    private static final Pattern STATE_EXTENT = Pattern.compile("在|长达|达|至");
    private static final String OF = Phrases.MODIFIER;

    private Causes() {
    }

    /**
     * The counted noun and what befell it (家庭断电), when a cause stands in the words before the amount ({@code left}) and
     * a short state follows the noun, no death or injury ({@link Casualties} names those by their event); empty otherwise.
     */
    static Optional<String> befell(QuantityScope scope, String left) {
        if (!Casualties.CAUSE.matcher(left).find()) {
            return Optional.empty();
        }
        String predicate = scope.predicateAfter();
        String noun = scope.nounAfter();
        if (noun.isEmpty() || !predicate.startsWith(noun) || predicate.contains(OF) || Casualties.CASUALTY_WORD.matcher(predicate).find()) {
            return Optional.empty();
        }
        Matcher extent = STATE_EXTENT.matcher(predicate).region(noun.length(), predicate.length());
        String befell = extent.find() ? predicate.substring(0, extent.start()) : predicate;
        return befell.length() - noun.length() <= MetricLabeler.MAX_PIVOT_PREDICATE ? Optional.of(befell) : Optional.empty();
    }
}
