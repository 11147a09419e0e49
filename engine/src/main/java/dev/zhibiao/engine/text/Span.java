package dev.zhibiao.engine.text;

/** A half-open character range [start, end) of a text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
