package dev.zhibiao.query.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One page of a result.
 *
 * @param total      number of all matches; absent when the request asked not to count
 * @param nextCursor pass as {@code cursor} to get the page after this one; absent on the last page
 */
public record Page<T>(List<T> items, int page, int size, @JsonInclude(JsonInclude.Include.NON_NULL) Long total,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {

    public <R> Page<R> map(java.util.function.Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total, nextCursor);
    }
}
