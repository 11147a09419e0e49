package dev.zhibiao.query.service;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.query.domain.Indicator;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts the indicator rows of events with one {@code COPY … FROM STDIN} (text format): the fastest bulk path
 * into PostgreSQL, and a single round trip however many rows (docs/benchmarks-query.md, "Write throughput").
 */
final class IndicatorCopy {
    private static final String COPY = """
            COPY indicator (post_id, ordinal, value, max_value, unit, qualifier, text, metric, region_code, region_name,
                            region_level, region_path, period, year, sentence, start_offset, end_offset, change, basis,
                            ref_date, ref_precision) FROM STDIN""";
    private static final String NULL = "\\N";

    private IndicatorCopy() {
    }

    static void copy(Connection connection, List<IndicatorsExtracted> events) throws SQLException {
        StringBuilder rows = new StringBuilder();
        for (IndicatorsExtracted event : events) {
            var indicators = IndicatorMapper.indicatorsOf(event);
            for (int i = 0; i < indicators.size(); i++) {
                appendRow(rows, IndicatorMapper.toEntity(event.post().id(), event.post().publishedAt(), i, indicators.get(i)));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rows back from memory", e);
        }
    }

    private static void appendRow(StringBuilder out, Indicator r) {
        Object[] columns = {r.postId, r.ordinal, r.value == null ? null : r.value.toPlainString(),
                r.maxValue == null ? null : r.maxValue.toPlainString(), r.unit, r.qualifier, r.text, r.metric,
                r.regionCode, r.regionName, r.regionLevel, r.regionPath, r.period, r.year, r.sentence, r.startOffset,
                r.endOffset, r.change, r.basis, r.refDate, r.refPrecision};
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            appendValue(out, columns[i]);
        }
        out.append('\n');
    }

    /** COPY text format: \N is null; backslash, tab, newline and carriage return are escaped. */
    private static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append(NULL);
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
