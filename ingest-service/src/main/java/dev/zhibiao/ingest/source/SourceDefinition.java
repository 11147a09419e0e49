package dev.zhibiao.ingest.source;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One configured source.
 *
 * @param id         stable name, also the state file name: lower-case letters, digits, '.', '_' and '-'
 * @param type       what {@code location} is
 * @param location   folder path or http(s) URL
 * @param interval   poll/watch interval, null for a source that runs until it has succeeded once
 * @param categories front-matter categories for posts built from web pages
 * @param managed    true when added over REST (persisted in the state directory), false when from configuration
 */
public record SourceDefinition(String id, SourceKind type, String location, Duration interval, List<String> categories,
                               boolean managed) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public SourceDefinition {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public boolean repeats() {
        return interval != null;
    }
}
