package dev.zhibiao.ingest.rest;

import java.util.List;

/**
 * Body of {@code POST /api/sources}.
 *
 * @param type       folder, feed, page or sitemap
 * @param location   folder path or http(s) URL
 * @param interval   poll interval ("15m", "30s", "PT1H"); absent: run until it has succeeded once
 * @param categories front-matter categories for posts built from web pages
 */
public record SourceRequest(String id, String type, String location, String interval, List<String> categories) {
}
