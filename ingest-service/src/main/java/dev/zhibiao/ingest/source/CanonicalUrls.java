package dev.zhibiao.ingest.source;

import java.net.URI;
import java.util.Locale;

/** URLs compared as the same story: scheme-less, lower-case host, no default port, no fragment, no trailing slash. */
final class CanonicalUrls {
    private CanonicalUrls() {
    }

    static String normalize(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null) {
                return url.strip();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 || port == 443;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return "//" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }
}
