package dev.zhibiao.ingest.source.fetch;

import dev.zhibiao.ingest.config.SourcesConfig;
import dev.zhibiao.ingest.source.HttpValidators;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches URLs the way a well-behaved crawler does: robots.txt honoured (cached per host for an hour, a failure for a minute), at most
 * one request per host per {@code host-interval} (or the site's Crawl-delay), a User-Agent that says who we are,
 * connect and response timeouts, retries with exponential back-off for timeouts, 429 and 5xx, a body size limit.
 */
@ApplicationScoped
public class PoliteFetcher {
    private static final Duration ROBOTS_TTL = Duration.ofHours(1);
    private static final Duration ROBOTS_FAILURE_TTL = Duration.ofMinutes(1);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final SourcesConfig.Fetch config;
    private final HttpClient client;
    private final HostRateLimiter limiter = new HostRateLimiter();
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
    private final String productToken;

    public PoliteFetcher(SourcesConfig config) {
        this.config = config.fetch();
        this.client = HttpClient.newBuilder().connectTimeout(this.config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.productToken = this.config.userAgent().split("[/\\s]", 2)[0];
    }

    /**
     * GET {@code uri}, conditional on {@code validators} (If-None-Match / If-Modified-Since).
     *
     * @throws FetchException when robots.txt forbids it, on an error status, a timeout or an oversized body
     */
    public FetchedDocument get(URI uri, HttpValidators validators) throws FetchException {
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new FetchException("not an http(s) URL: " + uri);
        }
        RobotsRules rules = robotsOf(uri);
        String pathAndQuery = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (!rules.allows(pathAndQuery)) {
            throw new FetchException("robots.txt of " + origin(uri) + " disallows " + pathAndQuery);
        }
        HttpResponse<InputStream> response = send(uri, validators, rules.crawlDelay());
        return read(response);
    }

    private RobotsRules robotsOf(URI uri) throws FetchException {
        String origin = origin(uri);
        CachedRobots cached = robots.get(origin);
        if (cached != null && cached.validUntil.isAfter(Instant.now())) {
            if (cached.failure != null) {
                throw new FetchException(cached.failure);
            }
            return cached.rules;
        }
        RobotsRules rules;
        try {
            HttpResponse<InputStream> response = send(URI.create(origin + "/robots.txt"), HttpValidators.NONE,
                    Duration.ZERO);
            rules = RobotsRules.parse(CharsetDetector.decode(read(response).body(), null).text(), productToken);
        } catch (HttpStatusException e) {
            if (e.status < 500) {
                rules = RobotsRules.ALLOW_ALL;
            } else {
                throw unreachableRobots(origin, "answered HTTP " + e.status);
            }
        } catch (FetchException e) {
            throw unreachableRobots(origin, "could not be fetched: " + e.getMessage());
        }
        robots.put(origin, new CachedRobots(rules, null, Instant.now().plus(ROBOTS_TTL)));
        return rules;
    }

    /**
     * RFC 9309: an unreachable robots.txt means the whole site is off limits for now. Remembered for a while, so
     * the other items of a feed on a dead host fail at once instead of each waiting for timeouts.
     */
    private FetchException unreachableRobots(String origin, String why) {
        String failure = "robots.txt of " + origin + " " + why + "; nothing is fetched from that host until it answers";
        robots.put(origin, new CachedRobots(null, failure, Instant.now().plus(ROBOTS_FAILURE_TTL)));
        return new FetchException(failure);
    }

    private HttpResponse<InputStream> send(URI uri, HttpValidators validators, Duration crawlDelay)
            throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(config.requestTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,*/*;q=0.8");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        Duration interval = crawlDelay.compareTo(config.hostInterval()) > 0 ? crawlDelay : config.hostInterval();
        Duration backoff = config.retryBackoff();
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= config.retries();
            Duration wait = backoff;
            try {
                limiter.acquire(origin(uri), interval);
                HttpResponse<InputStream> response = client.send(request.build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status < 400) {
                    return response;
                }
                response.body().close();
                boolean retryable = status == 429 || status >= 500;
                if (!retryable || last) {
                    throw new HttpStatusException(uri, status, attempt + 1);
                }
                wait = retryAfter(response).orElse(backoff);
            } catch (HttpTimeoutException e) {
                if (last) {
                    throw new FetchException(uri + " timed out after " + config.requestTimeout().toMillis()
                            + " ms (" + (attempt + 1) + " attempt(s))", e);
                }
            } catch (IOException e) {
                if (last) {
                    throw new FetchException(uri + " could not be fetched (" + (attempt + 1) + " attempt(s)): "
                            + e, e);
                }
            } catch (InterruptedException e) {
                throw interrupted(uri, e);
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                throw interrupted(uri, e);
            }
            backoff = backoff.multipliedBy(2);
        }
    }

    private static FetchException interrupted(URI uri, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new FetchException("interrupted while fetching " + uri, e);
    }

    private FetchedDocument read(HttpResponse<InputStream> response) throws FetchException {
        HttpValidators validators = new HttpValidators(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        if (response.statusCode() == 304) {
            closeQuietly(response.body());
            return new FetchedDocument(response.uri(), true, new byte[0], contentType, validators, Instant.now());
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        try (InputStream in = response.body()) {
            if (declared > config.maxBytes()) {
                throw tooLarge(response.uri());
            }
            byte[] body = in.readNBytes(config.maxBytes() + 1);
            if (body.length > config.maxBytes()) {
                throw tooLarge(response.uri());
            }
            return new FetchedDocument(response.uri(), false, body, contentType, validators, Instant.now());
        } catch (IOException e) {
            throw new FetchException("reading " + response.uri() + " failed: " + e, e);
        }
    }

    private FetchException tooLarge(URI uri) {
        return new FetchException(uri + " is larger than the limit of " + config.maxBytes() + " bytes");
    }

    private static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
                .map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was to be read from a 304
        }
    }

    static String origin(URI uri) {
        return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority();
    }

    /** Either the rules or why robots.txt could not be had, and until when that holds. */
    private record CachedRobots(RobotsRules rules, String failure, Instant validUntil) {
    }

    /** An error status, kept apart so robots.txt can tell "none" (4xx) from "unreachable" (5xx). */
    private static final class HttpStatusException extends FetchException {
        private final int status;

        HttpStatusException(URI uri, int status, int attempts) {
            super(uri + " answered HTTP " + status + (attempts > 1 ? " (" + attempts + " attempts)" : ""));
            this.status = status;
        }
    }
}
