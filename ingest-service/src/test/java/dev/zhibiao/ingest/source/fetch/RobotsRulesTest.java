package dev.zhibiao.ingest.source.fetch;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobotsRulesTest {
    private static final String ROBOTS = """
            # comments are ignored
            User-agent: Googlebot
            Disallow: /

            User-agent: *
            Disallow: /private/
            Disallow: /*.pdf$
            Allow: /private/press/
            Crawl-delay: 2.5

            User-agent: ZhibiaoBot
            User-agent: OtherBot
            Disallow: /search
            """;

    @Test
    void theGroupNamingUsWinsOverTheWildcardGroup() {
        RobotsRules ours = RobotsRules.parse(ROBOTS, "ZhibiaoBot");
        assertFalse(ours.allows("/search?q=1"));
        assertTrue(ours.allows("/private/x.html"));
        assertEquals(Duration.ZERO, ours.crawlDelay());
    }

    @Test
    void longestMatchWinsAndWildcardsWork() {
        RobotsRules any = RobotsRules.parse(ROBOTS, "SomeBot");
        assertFalse(any.allows("/private/secret.html"));
        assertTrue(any.allows("/private/press/release.html"));
        assertFalse(any.allows("/files/report.pdf"));
        assertTrue(any.allows("/files/report.pdf.html"));
        assertTrue(any.allows("/news/1.html"));
        assertEquals(Duration.ofMillis(2500), any.crawlDelay());
    }

    @Test
    void noGroupOrEmptyDisallowAllowsEverything() {
        assertTrue(RobotsRules.parse("User-agent: Googlebot\nDisallow: /\n", "ZhibiaoBot").allows("/a"));
        assertTrue(RobotsRules.parse("User-agent: *\nDisallow:\n", "ZhibiaoBot").allows("/a"));
    }
}
