package dev.zhibiao.query.service;

import java.util.List;

/** One page of a result, with the total number of matches. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
