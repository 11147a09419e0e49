package dev.zhibiao.engine.quality;

import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.contract.RegionRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of the shared scorer ({@code shared/tools/score-indicators}), computed the same way: a prediction
 * matches a gold item on value (relative tolerance 1e-6) and unit (person classifiers are one unit); among equal
 * candidates the same span wins, then the closest metric. Attributes are scored on matched items only, and a
 * whole fact is a match whose every annotated attribute is right.
 */
final class IndicatorScore {
    private static final Set<String> PERSON_UNITS = Set.of("名", "人", "位", "口");
    private static final double METRIC_AGREEMENT = 0.5;

    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int wholeFacts;
    private final Map<String, int[]> attributes = new HashMap<>();
    private final List<String> errors = new ArrayList<>();

    /** Scores the predictions of one post against its annotation. */
    void add(GoldAnnotation gold, List<IndicatorRecord> predictions) {
        boolean[] used = new boolean[predictions.size()];
        for (GoldAnnotation.Item item : gold.required()) {
            int hit = bestCandidate(item, predictions, used);
            if (hit < 0) {
                falseNegatives++;
                errors.add(gold.post() + "  missed  " + item.text());
                continue;
            }
            used[hit] = true;
            truePositives++;
            if (attributesRight(item, predictions.get(hit), gold.post())) {
                wholeFacts++;
            }
        }
        List<GoldAnnotation.Item> acceptable = new ArrayList<>(gold.acceptable());
        for (int i = 0; i < predictions.size(); i++) {
            if (used[i]) {
                continue;
            }
            IndicatorRecord p = predictions.get(i);
            int accepted = indexOfMatch(acceptable, p);
            if (accepted >= 0) {
                acceptable.remove(accepted);
            } else {
                falsePositives++;
                errors.add(gold.post() + "  extra   " + p.text() + "  (" + p.value().toPlainString() + " " + p.unit() + ")");
            }
        }
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double factF1() {
        double p = ratio(wholeFacts, truePositives + falsePositives);
        double r = ratio(wholeFacts, truePositives + falseNegatives);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matched items whose attribute ("qualifier", "region", "metric", "year") is right, 1 when none is annotated. */
    double attributeAccuracy(String attribute) {
        int[] counts = attributes.getOrDefault(attribute, new int[2]);
        return counts[1] == 0 ? 1 : (double) counts[0] / counts[1];
    }

    /** @param withErrors also list each error (item, expected and found) */
    String report(boolean withErrors) {
        StringBuilder out = new StringBuilder();
        for (String attribute : List.of("qualifier", "region", "metric", "year")) {
            int[] c = attributes.getOrDefault(attribute, new int[2]);
            out.append(String.format("%s %d/%d  ", attribute, c[0], c[1]));
        }
        out.append(String.format("%ntp %d fp %d fn %d  precision %.3f recall %.3f  whole facts %d  fact-f1 %.3f%n",
                truePositives, falsePositives, falseNegatives, precision(), recall(), wholeFacts, factF1()));
        if (withErrors) {
            errors.forEach(e -> out.append("  ").append(e).append('\n'));
        }
        return out.toString();
    }

    private boolean attributesRight(GoldAnnotation.Item item, IndicatorRecord p, String post) {
        String predictedQualifier = p.qualifier() == null ? "EXACT" : p.qualifier().toUpperCase();
        boolean all = count("qualifier", predictedQualifier.equals(item.qualifier() == null ? "EXACT" : item.qualifier()),
                post, item, predictedQualifier);
        if (item.region() != null && !item.region().isEmpty()) {
            all &= count("region", regionName(p.region()).contains(item.region()), post, item,
                    p.region() == null ? null : p.region().name());
        }
        if (item.metric() != null && !item.metric().isEmpty()) {
            all &= count("metric", dice(p.metric(), item.metric()) >= METRIC_AGREEMENT, post, item, p.metric());
        }
        if (item.year() != null && !item.year().isEmpty()) {
            all &= count("year", p.period() != null && p.period().contains(item.year()), post, item,
                    p.period());
        }
        return all;
    }

    private boolean count(String attribute, boolean right, String post, GoldAnnotation.Item item, String predicted) {
        int[] c = attributes.computeIfAbsent(attribute, a -> new int[2]);
        c[1]++;
        if (right) {
            c[0]++;
        } else {
            errors.add(String.format("%s  %-7s %s  gold %s  got %s", post, attribute, item.text(),
                    switch (attribute) {
                        case "qualifier" -> item.qualifier();
                        case "region" -> item.region();
                        case "metric" -> item.metric();
                        default -> item.year();
                    }, predicted));
        }
        return right;
    }

    /** The scorer's max(): the first candidate with the best (same span, metric Dice) key. */
    private static int bestCandidate(GoldAnnotation.Item item, List<IndicatorRecord> predictions, boolean[] used) {
        int best = -1;
        boolean bestSameSpan = false;
        double bestDice = -1;
        for (int i = 0; i < predictions.size(); i++) {
            IndicatorRecord p = predictions.get(i);
            if (used[i] || !matches(p, item)) {
                continue;
            }
            boolean sameSpan = item.text().equals(p.text());
            double dice = dice(p.metric(), item.metric());
            if (best < 0 || sameSpan && !bestSameSpan || sameSpan == bestSameSpan && dice > bestDice) {
                best = i;
                bestSameSpan = sameSpan;
                bestDice = dice;
            }
        }
        return best;
    }

    private static int indexOfMatch(List<GoldAnnotation.Item> items, IndicatorRecord p) {
        for (int j = 0; j < items.size(); j++) {
            if (matches(p, items.get(j))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean matches(IndicatorRecord p, GoldAnnotation.Item item) {
        double a = p.value().doubleValue();
        double b = item.value();
        return Math.abs(a - b) <= 1e-6 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)))
                && unitKey(p.unit()).equals(unitKey(item.unit()));
    }

    private static String unitKey(String unit) {
        String u = unit == null ? "" : unit.strip();
        return PERSON_UNITS.contains(u) ? "人" : u;
    }

    /** Name, full name and path together, as the scorer joins them. */
    private static String regionName(RegionRef region) {
        if (region == null) {
            return "";
        }
        return String.join(" ", nullToEmpty(region.name()), nullToEmpty(region.fullName()),
                region.path() == null ? "" : String.join(" ", region.path()));
    }

    /** Character-bag Dice overlap of two labels, 0..1. */
    static double dice(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> bag = new HashMap<>();
        a.codePoints().forEach(c -> bag.merge(c, 1, Integer::sum));
        int common = 0;
        for (int c : b.codePoints().toArray()) {
            if (bag.getOrDefault(c, 0) > 0) {
                bag.merge(c, -1, Integer::sum);
                common++;
            }
        }
        return 2.0 * common / (a.codePointCount(0, a.length()) + b.codePointCount(0, b.length()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
