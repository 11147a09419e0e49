package dev.zhibiao.engine.post;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Lays an HTML table's cells out on its grid, honouring rowspan and colspan. */
final class TableReader {
    private static final Set<String> SECTIONS = Set.of("thead", "tbody", "tfoot");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final String CAPTION = "caption";
    /** More rows or columns than one cell of a real table spans; a larger span is read as this many. */
    private static final int MAX_SPAN = 100;
    /** More slots than a news table has: the grid stops there, so a hostile table costs bounded memory. */
    private static final int MAX_SLOTS = 50_000;
    /** A slot no cell covers yet. */
    private static final int FREE = -2;

    private final List<int[]> grid = new ArrayList<>();
    private int slots;

    private TableReader() {
    }

    /** Reads the table, adding its caption and then each non-blank cell to {@code out} as a paragraph, in document order. */
    static BodyText.TableLayout read(Element table, BodyText.Paragraphs out) {
        TableReader reader = new TableReader();
        table.children().stream().filter(e -> e.normalName().equals(CAPTION)).forEach(out::addCell); // read before the cells
        List<Element> rows = rows(table);
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                if (!CELLS.contains(cell.normalName())) {
                    continue;
                }
                int paragraph = out.addCell(cell);
                while (reader.at(r, c) != FREE) {
                    c++;
                }
                int width = span(cell, "colspan");
                reader.cover(r, c, span(cell, "rowspan"), width, paragraph);
                c += width;
            }
        }
        int[][] layout = new int[rows.size()][];
        for (int r = 0; r < layout.length; r++) {
            layout[r] = r < reader.grid.size() ? reader.grid.get(r) : new int[0];
            for (int c = 0; c < layout[r].length; c++) {
                layout[r][c] = Math.max(-1, layout[r][c]);
            }
        }
        return new BodyText.TableLayout(layout);
    }

    private int at(int r, int c) {
        return r < grid.size() && c < grid.get(r).length ? grid.get(r)[c] : FREE;
    }

    private void cover(int r, int c, int height, int width, int paragraph) {
        for (int i = r; i < r + height && slots < MAX_SLOTS; i++) {
            while (grid.size() <= i) {
                grid.add(new int[0]);
            }
            int[] row = grid.get(i);
            if (row.length < c + width) {
                int old = row.length;
                row = Arrays.copyOf(row, c + width);
                Arrays.fill(row, old, row.length, FREE);
                grid.set(i, row);
            }
            Arrays.fill(row, c, c + width, paragraph);
            slots += width;
        }
    }

    private static int span(Element cell, String attribute) {
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(cell.attr(attribute).trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (SECTIONS.contains(child.normalName())) {
                child.children().stream().filter(e -> e.normalName().equals("tr")).forEach(rows::add);
            }
        }
        return rows;
    }
}
