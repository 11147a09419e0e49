package dev.zhibiao.engine.post;

import dev.zhibiao.engine.text.Span;

/**
 * A table of a post, laid out on its grid: the span of the post's text that each slot holds. A cell spanning rows or
 * columns fills every slot it covers; a blank slot holds null. Rows may differ in length. Immutable.
 */
public final class PostTable {
    private final Span[][] slots;

    PostTable(Span[][] slots) {
        this.slots = slots;
    }

    public int rows() {
        return slots.length;
    }

    public int columns(int row) {
        return slots[row].length;
    }

    /** The cell at this slot, or null when it is blank or outside the row. */
    public Span cell(int row, int column) {
        return column < slots[row].length ? slots[row][column] : null;
    }

    /** The slot whose cell holds this offset: {row, column} of its first slot, or null when the table does not hold it. */
    public int[] slotOf(int offset) {
        for (int r = 0; r < slots.length; r++) {
            for (int c = 0; c < slots[r].length; c++) {
                if (slots[r][c] != null && slots[r][c].start() <= offset && offset < slots[r][c].end()) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }

    /** Where the table starts in the post's text: its first cell, or -1 when every cell is blank. */
    public int start() {
        int start = -1;
        for (Span[] row : slots) {
            for (Span cell : row) {
                if (cell != null && (start < 0 || cell.start() < start)) {
                    start = cell.start();
                }
            }
        }
        return start;
    }
}
