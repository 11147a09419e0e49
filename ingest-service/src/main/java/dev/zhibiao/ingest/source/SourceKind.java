package dev.zhibiao.ingest.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a source's location points at. */
public enum SourceKind {
    /** A directory of Jekyll/Hexo posts, e.g. a site's {@code _posts/} checkout. */
    FOLDER,
    /** An RSS 2.0 or Atom feed. */
    FEED,
    /** One article page. */
    PAGE,
    /** A sitemap (or sitemap index) listing article pages. */
    SITEMAP;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted kinds */
    @JsonCreator
    public static SourceKind of(String value) {
        return Arrays.stream(values()).filter(k -> k.id().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown source type '" + value
                        + "': use one of " + Arrays.stream(values()).map(SourceKind::id).collect(Collectors.joining(", "))));
    }
}
