package dev.zhibiao.engine.table;

import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a table says about the amount standing alone in one of its cells: the headings of its column, the labels of
 * its row (nearest first) and the table's caption. An amount in a table has no sentence around it; these name what it
 * measures, where and when.
 */
public final class TableCell {
    /** Notes in brackets (units 产量（万吨）, signs 同比增长（±%）, counts 白云山（1个）): not part of a label. */
    private static final Pattern BRACKETED = Pattern.compile("[（(][^（()）]*[）)]");
    /** Marks of a sub-item (#水稻, 其中：非农业) and letter spacing in narrow cells (粮 食). */
    private static final Pattern ITEM_MARKS = Pattern.compile("^[#＃]|^其中[：:]|\\s+");
    /** Headings that say "the value" and name nothing (指标值, 数值). */
    private static final Pattern VALUE_HEADING = Pattern.compile("^(?:指标值|数值|数量|数据|金额|绝对数|绝对值|指标|值)$");
    /** The fewest Han characters a label has once its bracketed notes are removed; a unit heading (户, %) has fewer. */
    private static final int MIN_LABEL_HAN = 2;

    private final String text;
    private final List<Span> columnHeadings;
    private final List<Span> rowLabels;
    private final List<Span> caption;

    TableCell(String text, List<Span> columnHeadings, List<Span> rowLabels, List<Span> caption) {
        this.text = text;
        this.columnHeadings = List.copyOf(columnHeadings);
        this.rowLabels = List.copyOf(rowLabels);
        this.caption = List.copyOf(caption);
    }

    /** Where to look for the period, most specific first: the column's headings (2017年), the row's labels, the caption. */
    public List<Span> periodScopes() {
        List<Span> scopes = new ArrayList<>(columnHeadings);
        scopes.addAll(rowLabels);
        scopes.addAll(caption);
        return scopes;
    }

    /** Where to look for the place, most specific first: the row's labels (烂山村, then its town), the caption. */
    public List<Span> placeScopes() {
        List<Span> scopes = new ArrayList<>(rowLabels);
        scopes.addAll(caption);
        return scopes;
    }

    /**
     * What the amount measures: the row's label unless it is a place (地区生产总值, 小计), then the column's heading
     * (贫困发生率), without notes and without headings that only say "value" (指标值).
     *
     * @param isPlace whether a cell names a place (a row headed 烂山村 says where, not what)
     */
    public String metric(Predicate<Span> isPlace) {
        StringBuilder label = new StringBuilder();
        if (!rowLabels.isEmpty() && !isPlace.test(rowLabels.get(0))) {
            label.append(clean(rowLabels.get(0)));
        }
        for (Span heading : columnHeadings) {
            String h = clean(heading);
            if (isLabel(h) && !VALUE_HEADING.matcher(h).matches() && label.indexOf(h) < 0) {
                label.append(h);
            }
        }
        return label.toString();
    }

    private String clean(Span cell) {
        return BRACKETED.matcher(ITEM_MARKS.matcher(cell.of(text)).replaceAll("")).replaceAll("");
    }

    /** Whether a cell is a label, not an amount or a unit: it has words besides its bracketed notes. */
    static boolean isLabel(String cell) {
        String bare = BRACKETED.matcher(cell).replaceAll("");
        int han = 0;
        for (int i = 0; i < bare.length(); i++) {
            if (HanCharacters.isHan(bare.charAt(i))) {
                han++;
            }
        }
        return han >= MIN_LABEL_HAN;
    }
}
