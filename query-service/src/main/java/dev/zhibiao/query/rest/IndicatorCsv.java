package dev.zhibiao.query.rest;

import dev.zhibiao.query.domain.Indicator;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes indicators as RFC 4180 CSV, one row per indicator, with the API's field names as the header. */
final class IndicatorCsv {
    /** Makes spreadsheet programs read the file as UTF-8, so Chinese shows correctly. */
    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final String MEDIA_TYPE = "text/csv";

    private record Column(String name, Function<Indicator, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("id", e -> e.id), new Column("postId", e -> e.postId),
            new Column("value", e -> e.value == null ? null : e.value.toPlainString()),
            new Column("max", e -> e.maxValue == null ? null : e.maxValue.toPlainString()),
            new Column("unit", e -> e.unit), new Column("qualifier", e -> e.qualifier), new Column("text", e -> e.text),
            new Column("metric", e -> e.metric), new Column("regionCode", e -> e.regionCode),
            new Column("regionName", e -> e.regionName), new Column("regionLevel", e -> e.regionLevel),
            new Column("regionPath", e -> e.regionPath), new Column("period", e -> e.period),
            new Column("change", e -> e.change), new Column("basis", e -> e.basis),
            new Column("sentence", e -> e.sentence), new Column("start", e -> e.startOffset),
            new Column("end", e -> e.endOffset));

    private IndicatorCsv() {
    }

    static void header(Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        out.write(COLUMNS.stream().map(Column::name).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    static void row(Writer out, Indicator e) throws IOException {
        out.write(COLUMNS.stream().map(c -> cell(c.value().apply(e))).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !isNumber(s)) {
            // a spreadsheet would run "=…" as a formula: text from posts must stay text
            s = "'" + s;
        }
        boolean quote = Arrays.stream(new String[]{",", "\"", "\n", "\r"}).anyMatch(s::contains);
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }
}
