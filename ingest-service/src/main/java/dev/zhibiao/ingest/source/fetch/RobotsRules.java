package dev.zhibiao.ingest.source.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The robots.txt rules that apply to our user agent: the group naming our product token, else the {@code *}
 * group. Longest matching Allow/Disallow path wins (RFC 9309), {@code *} and {@code $} are understood.
 */
public final class RobotsRules {
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), Duration.ZERO);
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsRules(List<Rule> rules, Duration crawlDelay) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
    }

    /** @param productToken our user agent's name, e.g. "ZhibiaoBot" */
    public static RobotsRules parse(String robotsTxt, String productToken) {
        Group ours = null;
        Group any = null;
        Group current = null;
        boolean readingAgents = false;
        String token = productToken.toLowerCase(Locale.ROOT);
        for (String raw : robotsTxt.split("\\r?\\n|\\r")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (!readingAgents) {
                    current = new Group();
                    readingAgents = true;
                }
                String agent = value.toLowerCase(Locale.ROOT);
                if (agent.equals("*") && any == null) {
                    any = current;
                } else if (!agent.isEmpty() && !agent.equals("*") && token.contains(agent) && ours == null) {
                    ours = current;
                }
                continue;
            }
            readingAgents = false;
            if (current == null) {
                continue;
            }
            switch (field) {
                case "allow" -> current.add(value, true);
                case "disallow" -> current.add(value, false);
                case "crawl-delay" -> current.crawlDelay(value);
                default -> { }
            }
        }
        Group chosen = ours != null ? ours : any;
        if (chosen == null) {
            return ALLOW_ALL;
        }
        Duration delay = chosen.crawlDelay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : chosen.crawlDelay;
        return new RobotsRules(List.copyOf(chosen.rules), delay);
    }

    /** @param pathAndQuery the request path with its query, e.g. "/news/1.html?from=rss" */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.matches(path) && (best == null || rule.length() > best.length()
                    || (rule.length() == best.length() && rule.allow))) {
                best = rule;
            }
        }
        return best == null || best.allow;
    }

    public Duration crawlDelay() {
        return crawlDelay;
    }

    private record Rule(String path, boolean allow, Pattern pattern) {
        Rule(String path, boolean allow) {
            this(path, allow, compile(path));
        }

        private static Pattern compile(String path) {
            boolean anchored = path.endsWith("$");
            String body = anchored ? path.substring(0, path.length() - 1) : path;
            StringBuilder regex = new StringBuilder();
            for (String part : body.split("\\*", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(part));
            }
            return Pattern.compile(regex + (anchored ? "" : ".*"), Pattern.DOTALL);
        }

        boolean matches(String candidate) {
            return pattern.matcher(candidate).matches();
        }

        int length() {
            return path.length();
        }
    }

    private static final class Group {
        private final List<Rule> rules = new ArrayList<>();
        private Duration crawlDelay = Duration.ZERO;

        void add(String path, boolean allow) {
            // an empty Disallow allows everything: it adds no rule
            if (!path.isEmpty()) {
                rules.add(new Rule(path, allow));
            }
        }

        void crawlDelay(String seconds) {
            try {
                crawlDelay = Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
            } catch (NumberFormatException e) {
                // a malformed Crawl-delay is ignored, as crawlers commonly do
            }
        }
    }
}
