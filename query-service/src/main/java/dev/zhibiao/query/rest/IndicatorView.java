package dev.zhibiao.query.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.query.domain.Indicator;
import dev.zhibiao.query.service.IndicatorMapper;

/** An indicator as the API shows it: the contract's indicator fields plus its id and post id. */
public record IndicatorView(long id, String postId, @JsonUnwrapped IndicatorRecord indicator) {
    static IndicatorView of(Indicator e) {
        return new IndicatorView(e.id, e.postId, IndicatorMapper.toRecord(e));
    }
}
