package dev.zhibiao.cli;

import dev.zhibiao.contract.IndicatorRecord;

import java.util.List;

/** One output line of {@code zhibiao extract}: the indicators of one input. */
record ExtractionLine(String source, String postId, List<IndicatorRecord> indicators) {
}
