package dev.zhibiao.query.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.zhibiao.contract.PostRecord;

import java.util.List;

/** A post with its clean text and all its indicators (offsets point into the text, for highlighting). */
public record PostDetail(@JsonUnwrapped PostRecord post, String extractorVersion, List<IndicatorView> indicators) {
}
