package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The thing a list's heading line counts (计划新建安置房2122套 over 长寨：596套): an item line naming only a place takes it.
 * Each heading is labelled once per unit, as if read alone.
 */
final class HeadingThings {
    /** The thing a list heading counts in a unit, by unit and the heading line's start: every item asks for it. */
    private final Map<HeadingUnit, String> thingsCounted = new HashMap<>();
    private final PlaceWords placeWords;

    HeadingThings(PlaceWords placeWords) {
        this.placeWords = placeWords;
    }

    /**
     * For an item line of a list (长寨：596套…), the label of the last amount of its unit in the heading line the items
     * follow ({@link SectionHeading#itemListHeadingStart}); "" when there is none or it counts nothing of the unit.
     */
    String thingOf(QuantityScope scope) {
        int headingStart = SectionHeading.itemListHeadingStart(scope.text, scope.paragraph.start(), scope.paragraph.end());
        return headingStart < 0 ? "" : thingCountedIn(scope.text, headingStart, scope.quantity);
    }

    /** A list heading line, by where it starts, and a unit its items count in. */
    private record HeadingUnit(int headingStart, String unit) {
    }

    /** The label of the heading line's last amount of the unit, once per heading; "" when it has none. */
    private String thingCountedIn(String text, int headingStart, Quantity item) {
        HeadingUnit key = new HeadingUnit(headingStart, item.unit());
        String known = thingsCounted.get(key);
        if (known == null) {
            Predicate<Quantity> sameUnit = MetricLabeler.sameUnit(item);
            // the heading line's own amounts, as label(text, quantity) spots them for a quantity alone: the heading is
            // labelled as if read by itself, untouched by this post's labeling
            List<Quantity> heading = AmountSpotter.inParagraphOf(text, headingStart);
            known = "";
            for (int i = heading.size() - 1; i >= 0; i--) {
                if (sameUnit.test(heading.get(i))) {
                    known = MetricLabeler.labelAlone(placeWords, text, heading.get(i), heading);
                    break;
                }
            }
            thingsCounted.put(key, known);
        }
        return known;
    }
}
