package dev.zhibiao.ingest.source;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Checks a source definition before it is scheduled, for configuration and REST alike. */
final class SourceValidation {
    static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    private SourceValidation() {
    }

    /** @throws InvalidSourceException saying what is wrong and how to fix it */
    static void check(SourceDefinition source) {
        if (!SourceDefinition.isValidId(source.id())) {
            throw new InvalidSourceException("source id '" + source.id() + "' is not valid: use 1 to 64 lower-case "
                    + "letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (source.type() == null) {
            throw new InvalidSourceException("source " + source.id() + " needs a type: folder, feed, page or sitemap");
        }
        if (source.location() == null || source.location().isBlank()) {
            throw new InvalidSourceException("source " + source.id() + " needs a location: a folder path or a URL");
        }
        if (source.interval() != null && source.interval().compareTo(MIN_INTERVAL) < 0) {
            throw new InvalidSourceException("source " + source.id() + ": the interval must be at least "
                    + MIN_INTERVAL.toSeconds() + " s");
        }
        if (source.type() == SourceKind.FOLDER) {
            if (!Files.isDirectory(Path.of(source.location()))) {
                throw new InvalidSourceException("source " + source.id() + ": folder " + source.location()
                        + " does not exist or is not a directory");
            }
        } else if (!isHttpUrl(source.location())) {
            throw new InvalidSourceException("source " + source.id() + ": location " + source.location()
                    + " is not an absolute http(s) URL");
        }
    }

    private static boolean isHttpUrl(String location) {
        try {
            URI uri = URI.create(location.strip());
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
