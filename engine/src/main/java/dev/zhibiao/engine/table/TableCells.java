package dev.zhibiao.engine.table;

import dev.zhibiao.engine.post.PostTable;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Segmenter;
import dev.zhibiao.engine.text.Span;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds the table cell an amount stands alone in, with its headings, labels and caption. Immutable. */
public final class TableCells {
    /** A caption is a short line without a sentence end right before the table (2012年地区生产总值 / 单位：亿元). */
    private static final int MAX_CAPTION = 60;
    private static final int MAX_CAPTION_LINES = 2;
    /** What may stand around an amount alone in its cell: blanks and brackets (（22个）). */
    private static final String CELL_PADDING = " （）()";
    /** A cell holding a number alone (3180, 27.32%, -1.6): a value, not a heading. */
    private static final Pattern VALUE = Pattern.compile("[-+−]?[0-9０-９][0-9０-９.,，]*\\s*[%％]?");
    private static final Set<String> UNIT_HEADINGS = Set.of("单位", "计量单位");

    private final String text;
    private final List<PostTable> tables;
    private final DocumentSpans spans;
    /** For each table, how many rows at its top are headings. */
    private final Map<PostTable, Integer> headingRows = new IdentityHashMap<>();

    public TableCells(String text, List<PostTable> tables, DocumentSpans spans) {
        this.text = text;
        this.tables = tables;
        this.spans = spans;
        tables.forEach(t -> headingRows.put(t, countHeadingRows(t)));
    }

    /** The cell that holds only the amount [start, end), below the table's headings; empty for any other amount. */
    public Optional<TableCell> cellOf(int start, int end) {
        for (PostTable table : tables) {
            int[] slot = table.slotOf(start);
            if (slot == null) {
                continue;
            }
            Span cell = table.cell(slot[0], slot[1]);
            int headings = headingRows.get(table);
            if (end > cell.end() || slot[0] < headings || !padding(cell.start(), start) || !padding(end, cell.end())) {
                return Optional.empty();
            }
            return Optional.of(new TableCell(text, columnHeadings(table, headings, slot[1]),
                rowLabels(table, slot[0], slot[1], cell), caption(table)));
        }
        return Optional.empty();
    }

    private boolean padding(int from, int to) {
        for (int i = from; i < to; i++) {
            if (CELL_PADDING.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The rows at the top that hold no value cell: the table's headings (a year heading 2017年 is no value). */
    private int countHeadingRows(PostTable table) {
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(r); c++) {
                Span cell = table.cell(r, c);
                if (cell != null && VALUE.matcher(cell.of(text)).matches()) {
                    return r;
                }
            }
        }
        return table.rows();
    }

    private static List<Span> columnHeadings(PostTable table, int headingRows, int column) {
        Set<Span> headings = new LinkedHashSet<>();
        for (int r = 0; r < headingRows; r++) {
            Span heading = table.cell(r, column);
            if (heading != null) {
                headings.add(heading);
            }
        }
        return new ArrayList<>(headings);
    }

    /** The label cells left of the amount in its row, nearest first (烂山村, then its town 白云山). */
    private List<Span> rowLabels(PostTable table, int row, int column, Span own) {
        Set<Span> labels = new LinkedHashSet<>();
        for (int c = column - 1; c >= 0; c--) {
            Span cell = table.cell(row, c);
            if (cell != null && !cell.equals(own) && TableCell.isLabel(cell.of(text)) && !isUnitColumn(table, c)) {
                labels.add(cell);
            }
        }
        return new ArrayList<>(labels);
    }

    /** Whether the column holds units (指标 | 单位 | 本年: 亿元 is no label of the row). */
    private boolean isUnitColumn(PostTable table, int column) {
        return columnHeadings(table, headingRows.get(table), column).stream()
            .anyMatch(h -> UNIT_HEADINGS.contains(h.of(text).replace(" ", "")));
    }

    /** The caption lines of all the post's tables, in table order, nearest line first. */
    public List<Span> captions() {
        List<Span> all = new ArrayList<>();
        tables.forEach(t -> all.addAll(caption(t)));
        return all;
    }

    /** The short lines right before the table, nearest first. */
    private List<Span> caption(PostTable table) {
        List<Span> lines = new ArrayList<>();
        int before = table.start() - 1;
        while (before > 0 && lines.size() < MAX_CAPTION_LINES) {
            Span line = spans.paragraphAt(before - 1);
            String s = line.of(text);
            if (s.length() > MAX_CAPTION || s.chars().anyMatch(ch -> Segmenter.SENTENCE_ENDS.indexOf(ch) >= 0) || inTable(line)) {
                break;
            }
            lines.add(line);
            before = line.start() - 1;
        }
        return lines;
    }

    private boolean inTable(Span line) {
        return tables.stream().anyMatch(t -> t.slotOf(line.start()) != null);
    }
}
