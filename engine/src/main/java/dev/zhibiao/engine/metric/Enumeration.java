package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * "A、B和C分别为x、y、z": the i-th amount after 分别 measures the i-th item named before it. Items written with a
 * shared head or tail (全国示范步行街客流量、营业额; 男性、女性人口) get it back.
 */
final class Enumeration {
    private static final String RESPECTIVELY = "分别";

    private Enumeration() {
    }

    /** The item the quantity is paired with, or "" when the clause is no such enumeration. */
    static String itemOf(QuantityScope scope) {
        String text = scope.text;
        int mark = text.lastIndexOf(RESPECTIVELY, scope.quantity.start());
        if (mark < scope.clause.start()) {
            return "";
        }
        List<Quantity> listed = scope.quantitiesIn(mark, scope.clause.end());
        int index = listed.indexOf(scope.quantity);
        String subjects = Affixes.strip(Phrases.afterFrame(text.substring(scope.clause.start(), mark)));
        if (subjects.isEmpty()) {
            subjects = Affixes.strip(Phrases.afterFrame(scope.previousClauseTopic()));
        }
        List<String> items = split(subjects);
        if (items.size() < 2 || index < 0 || index >= items.size()) {
            return "";
        }
        return withSharedWords(items, index);
    }

    private static String withSharedWords(List<String> items, int index) {
        String item = items.get(index);
        String first = items.get(0);
        String last = items.get(items.size() - 1);
        if (index > 0 && first.length() > item.length() + 1) {
            return first.substring(0, first.length() - item.length()) + item;
        }
        if (index < items.size() - 1 && last.length() > item.length() + 1) {
            return item + last.substring(item.length());
        }
        return item;
    }

    private static List<String> split(String subjects) {
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= subjects.length(); i++) {
            if (i == subjects.length() || QuantityScope.LIST_SEPARATORS.indexOf(subjects.charAt(i)) >= 0) {
                String item = Phrases.tidy(subjects.substring(start, i));
                if (!item.isEmpty()) {
                    items.add(item);
                }
                start = i + 1;
            }
        }
        return items;
    }
}
