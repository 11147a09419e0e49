package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facilities a sentence opens by counting what a place has (全市拥有公共图书馆6个，藏书289万册): the attributes after them
 * are theirs, not the place's.
 */
final class FacilitiesHad {
    /** Having (全市拥有公共图书馆6个): the things counted are the topic the clauses after it hold attributes of. */
    private static final Pattern HAVING = Pattern.compile("(?:拥有|共有|有)");
    /** 有 written right before the things counted in their clause (全县有医院20所), not inside a word (没有, 所有, 具有). */
    private static final Pattern HAVING_BEFORE = Pattern.compile("(?<![没所具享占持含只])有$");
    /** Units counting facilities or bodies (6个, 20所, 3座): what a clause of having counts. */
    private static final Set<String> FACILITY_UNITS = Set.of("个", "所", "座", "家", "处");
    /** Measures of a region itself (人口, 耕地面积): no facility counted in it owns them. */
    private static final Pattern REGION_MEASURE = Pattern.compile("人口|面积");
    /** Divisions and their committees (行政村, 村委会, 社区, 乡镇) are parts of the region, no facilities owning its measures. */
    private static final Pattern DIVISION_UNITS = Pattern.compile("[村乡镇区县]$|社区|村委会|居委会|街道");
    private static final String MODIFIER_END = Phrases.MODIFIER;

    private FacilitiesHad() {
    }

    /**
     * The facilities a sentence opens by counting (全市拥有公共图书馆6个，藏书289万册，全年读者累计64.3万人次 → 公共图书馆)
     * when the attribute opens its clause after them with another unit, right after them or after one fact of theirs; ""
     * otherwise (公共图书馆6个，文化馆7个 counts another facility in the same unit). A region's own measures (人口, 面积)
     * are not its villages' or its clinics' (全县有行政村120个，总人口35万人).
     */
    static String owner(QuantityScope scope, String label, NeighbourLabels labels) {
        if (label.length() < AttributeOwners.MIN_OWNER_LENGTH || label.length() > AttributeOwners.MAX_TOPIC_ATTRIBUTE
                || !Phrases.isChinese(label)
                || scope.quantity.change() != null || FACILITY_UNITS.contains(scope.quantity.unit())
                || REGION_MEASURE.matcher(label).find() || !AttributeOwners.openingWords(scope).equals(label)
                || scope.text.lastIndexOf(MetricLabeler.EXISTENTIAL, scope.quantity.start()) < scope.sentence.start()) {
            return "";
        }
        QuantityScope at = scope;
        for (Quantity previous = scope.previous(AttributeOwners.THING_FACT, true); previous != null;
                previous = at.previous(AttributeOwners.THING_FACT, true)) {
            String previousLabel = labels.neighbour(scope, previous);
            Matcher having = HAVING.matcher(previousLabel);
            String facilities = having.lookingAt() ? previousLabel.substring(having.end()) : previousLabel;
            String before = scope.text.substring(scope.of(previous).clause.start(), previous.start());
            if (FACILITY_UNITS.contains(previous.unit()) && before.endsWith(facilities)
                    && HAVING_BEFORE.matcher(before.substring(0, before.length() - facilities.length())).find()) {
                // the facts between are the facilities' own (藏书 → 公共图书馆藏书); a breakdown after them (其中打井34眼)
                // counts their parts, and things described (有进出口实绩的民营企业数量) or a measure are no facilities
                boolean theirs = at == scope || labels.neighbour(scope, at.quantity).startsWith(facilities);
                boolean parts = Phrases.lastBreakdown(scope.text, previous.end(), scope.quantity.start()) >= 0;
                return AttributeOwners.namesOwner(facilities) && theirs && !parts && !facilities.contains(MODIFIER_END)
                    && !MeasureWords.namesMeasure(facilities) && !DIVISION_UNITS.matcher(facilities).find() ? facilities : "";
            }
            if (at != scope) {
                return "";
            }
            at = scope.of(previous);
        }
        return "";
    }
}
