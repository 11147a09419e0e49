package dev.zhibiao.ingest.source;

import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.Problem;
import dev.zhibiao.contract.RawPost;
import dev.zhibiao.ingest.source.NewsSite.FeedEntry;
import dev.zhibiao.ingest.source.dedupe.DuplicateIndex;
import dev.zhibiao.ingest.source.state.StateDirectory;
import dev.zhibiao.testinfra.KafkaTestClient;
import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PrometheusSamples;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sources end to end on a real broker: feeds and pages from a loopback news site built from corpus posts
 * (a GBK page, a cluttered page, a 404, a robots.txt disallow, a slow host), and a copy of the finews folders.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TempStateDirResource.class, restrictToAnnotatedClass = false)
class SourcesTest {
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
    private static NewsSite site;
    private static NewsSite slowSite;
    private static List<CorpusPost> posts;

    @BeforeAll
    static void startSites() {
        posts = CorpusPost.first("xinwenlianbo", 10);
        site = new NewsSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes())
                .html("/news/a.html", NewsSite.articlePage(posts.get(0), site.url("/news/a.html"), "utf-8"))
                .page("/news/gbk.html", "text/html", NewsSite.encoded(
                        NewsSite.articlePage(posts.get(1), site.url("/news/gbk.html"), "gbk"), "GBK"))
                .html("/news/cluttered.html", NewsSite.clutteredPage(posts.get(2)))
                .html("/private/p.html", NewsSite.articlePage(posts.get(3), site.url("/private/p.html"), "utf-8"))
                .html("/news/b.html", NewsSite.articlePage(posts.get(6), site.url("/news/b.html"), "utf-8"))
                .html("/news/fast.html", NewsSite.articlePage(posts.get(7), site.url("/news/fast.html"), "utf-8"));
        site.page("/feed.xml", "application/rss+xml", NewsSite.rss(List.of(
                teaser(posts.get(0), "/news/a.html"), teaser(posts.get(1), "/news/gbk.html"),
                teaser(posts.get(2), "/news/cluttered.html"), teaser(posts.get(3), "/private/p.html"),
                new FeedEntry("不存在的文章", site.url("/news/missing.html"), "<p>摘要</p>"),
                new FeedEntry(posts.get(4).title(), site.url("/news/inline.html"), posts.get(4).bodyHtml())))
                .getBytes());
        site.page("/atom.xml", "application/atom+xml", NewsSite.atom(List.of(
                new FeedEntry(posts.get(5).title(), site.url("/news/atom-inline.html"), posts.get(5).bodyHtml()),
                teaser(posts.get(6), "/news/b.html"))).getBytes(), "\"atom-v1\"");
        site.html("/news/s1.html", NewsSite.articlePage(posts.get(8), site.url("/news/s1.html"), "utf-8"))
                .html("/news/s2.html", NewsSite.articlePage(posts.get(9), site.url("/news/s2.html"), "utf-8"))
                .page("/sitemap-index.xml", "application/xml", ("<?xml version=\"1.0\"?><sitemapindex "
                        + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + site.url("/sitemap-news.xml")
                        + "</loc></sitemap><sitemap><loc>" + site.url("/sitemap-gone.xml") + "</loc></sitemap>"
                        + "</sitemapindex>").getBytes())
                .page("/sitemap-news.xml", "application/xml", ("<?xml version=\"1.0\"?><urlset "
                        + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + site.url("/news/s1.html")
                        + "</loc></url><url><loc>" + site.url("/news/s2.html") + "</loc></url><url><loc>"
                        + site.url("/news/s-missing.html") + "</loc></url></urlset>").getBytes());
        slowSite = new NewsSite().delay(Duration.ofSeconds(3))
                .html("/news/slow.html", NewsSite.articlePage(posts.get(7), "http://slow.example/1", "utf-8"));
    }

    @AfterAll
    static void stopSites() {
        site.close();
        slowSite.close();
    }

    @Test
    void feedItemsBecomePostsWithProvenanceAndFailingItemsAreReported() {
        double unreadableBefore = unreadableRejections();
        String id = add("feed", site.url("/feed.xml"), null);
        JsonPath source = awaitRun(id, Instant.EPOCH);
        assertEquals("PARTIAL", source.getString("status"));
        assertEquals(4, source.getInt("lastRun.published"), source.prettify());
        assertEquals(2, source.getInt("lastRun.failed"));
        assertEquals(unreadableBefore + 2, unreadableRejections(), "failed items count as rejected posts");
        assertTrue(source.getString("lastError").contains("HTTP 404"), source.getString("lastError"));
        assertTrue(source.getString("lastError").contains("robots.txt"), source.getString("lastError"));
        assertEquals(0, site.requests("/private/p.html"));

        Map<String, ConsumerRecord<String, String>> byOrigin = RawTopic.publishedBy(id, 4, RUN_TIMEOUT).stream()
                .collect(Collectors.toMap(r -> KafkaTestClient.header(r, Provenance.ORIGIN), r -> r));
        assertEquals(Set.of(site.url("/news/a.html"), site.url("/news/gbk.html"), site.url("/news/cluttered.html"),
                site.url("/news/inline.html")), byOrigin.keySet());

        ConsumerRecord<String, String> gbk = byOrigin.get(site.url("/news/gbk.html"));
        assertEquals("GB18030", KafkaTestClient.header(gbk, Provenance.CHARSET));
        RawPost gbkPost = Json.read(gbk.value(), RawPost.class);
        assertTrue(gbkPost.content().contains("title: \"" + posts.get(1).title() + "\""), gbkPost.content());
        assertTrue(textOf(gbkPost).contains(posts.get(1).firstSentence()), gbkPost.content());
        assertTrue(gbkPost.content().contains("categories: [\"test\"]"));
        assertEquals(gbk.key(), gbkPost.postId());
        assertEquals(site.url("/news/gbk.html"), gbkPost.source());

        RawPost cluttered = Json.read(byOrigin.get(site.url("/news/cluttered.html")).value(), RawPost.class);
        assertTrue(textOf(cluttered).contains(posts.get(2).firstSentence()), cluttered.content());
        assertFalse(cluttered.content().contains("栏目导航"), cluttered.content());
        assertFalse(cluttered.content().contains("优惠券"), cluttered.content());

        ConsumerRecord<String, String> article = byOrigin.get(site.url("/news/a.html"));
        assertEquals(site.url("/news/a.html"), KafkaTestClient.header(article, Provenance.CANONICAL_URL));
        assertEquals("UTF-8", KafkaTestClient.header(article, Provenance.CHARSET));
        assertFalse(KafkaTestClient.header(article, Provenance.FETCHED_AT).isEmpty());
        assertTrue(KafkaTestClient.header(article, Provenance.CONTENT_HASH).startsWith("sha256:"));
    }

    @Test
    void atomFeedIsPolledConditionally() {
        String id = add("feed", site.url("/atom.xml"), null);
        JsonPath first = awaitRun(id, Instant.EPOCH);
        assertEquals("OK", first.getString("status"), first.prettify());
        assertEquals(2, first.getInt("lastRun.published"));
        int notModifiedBefore = site.notModifiedAnswers();

        Instant firstFinished = Instant.parse(first.getString("lastRunFinished"));
        given().auth().oauth2("test-token").post("/api/sources/" + id + "/run").then().statusCode(202);
        JsonPath second = awaitRun(id, firstFinished);
        assertEquals("OK", second.getString("status"));
        assertEquals(0, second.getInt("lastRun.published"));
        assertEquals(notModifiedBefore + 1, site.notModifiedAnswers());
        assertEquals(1, site.requests("/news/b.html"));
        assertEquals(2, RawTopic.publishedBy(id, 2, RUN_TIMEOUT).size());
    }

    @Test
    void aSlowHostFailsItsSourceWithoutHoldingUpTheOthers() {
        String slow = add("page", slowSite.url("/news/slow.html"), null);
        String fast = add("page", site.url("/news/fast.html"), null);
        JsonPath fastSource = awaitRun(fast, Instant.EPOCH);
        assertEquals("OK", fastSource.getString("status"));
        assertEquals("RUNNING", source(slow).getString("status"), "the slow source is still waiting for its host");

        JsonPath slowSource = awaitRun(slow, Instant.EPOCH);
        assertEquals("FAILED", slowSource.getString("status"));
        assertTrue(slowSource.getString("lastError").contains("timed out"), slowSource.getString("lastError"));
        assertEquals(2, slowSite.requests("/news/slow.html"), "one retry after the first timeout");
    }

    @Test
    void finewsFoldersPublishEachStoryOnceWithAllItsOrigins() throws IOException {
        Path copy = Files.createTempDirectory("finews-");
        SharedCorpus.copy(SharedCorpus.dir("finews"), copy);
        String id = add("folder", copy.toString(), null);
        JsonPath run = awaitRun(id, Instant.EPOCH);
        assertEquals("OK", run.getString("status"), run.prettify());
        // 200 files, 150 file names: 50 stories in both folders, plus one flash two wires sent with the same text
        assertEquals(149, run.getInt("lastRun.published"));
        assertEquals(51, run.getInt("lastRun.duplicates"));

        List<ConsumerRecord<String, String>> records = RawTopic.publishedBy(id, 149, RUN_TIMEOUT);
        assertEquals(149, records.size());
        assertEquals(149, records.stream().map(ConsumerRecord::key).distinct().count());

        String paired = "2021-12-08-202112082206672930";
        given().get("/api/origins/" + paired).then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].location", equalTo(copy.resolve("_posts/" + paired + ".md").toString()))
                .body("[1].location", equalTo(copy.resolve("old_post/" + paired + ".md").toString()))
                .body("[1].sourceId", equalTo(id));

        // a restart reads the same state: fingerprints of all 200 files, both origins of the paired story
        StateDirectory stateDir = new StateDirectory(
                Path.of(ConfigProvider.getConfig().getValue("zhibiao.ingest.state-dir", String.class)));
        assertEquals(200, stateDir.read("state", id, SourceState.class).orElseThrow().fingerprints().size());
        assertEquals(2, new DuplicateIndex(stateDir).origins(paired).size());

        Instant firstFinished = Instant.parse(run.getString("lastRunFinished"));
        given().auth().oauth2("test-token").post("/api/sources/" + id + "/run").then().statusCode(202);
        JsonPath again = awaitRun(id, firstFinished);
        assertEquals(0, again.getInt("lastRun.published"));
        assertEquals(200, again.getInt("lastRun.unchanged"));

        Path edited = copy.resolve("_posts/" + paired + ".md");
        Files.writeString(edited, Files.readString(edited).replace("6.3512", "6.35129"));
        Instant secondFinished = Instant.parse(again.getString("lastRunFinished"));
        given().auth().oauth2("test-token").post("/api/sources/" + id + "/run").then().statusCode(202);
        JsonPath changed = awaitRun(id, secondFinished);
        assertEquals(1, changed.getInt("lastRun.published"), changed.prettify());
        assertEquals(150, RawTopic.publishedBy(id, 150, RUN_TIMEOUT).size());
    }

    @Test
    void aHostWhoseRobotsTxtFailsIsNotCrawled() {
        try (NewsSite broken = new NewsSite().failing("/robots.txt", 503)
                .html("/news/1.html", NewsSite.articlePage(posts.get(0), "http://broken.example/1", "utf-8"))) {
            broken.page("/feed.xml", "application/rss+xml", NewsSite.rss(List.of(
                    new FeedEntry("一", broken.url("/news/1.html"), "<p>摘要</p>"),
                    new FeedEntry("二", broken.url("/news/2.html"), "<p>摘要</p>"),
                    new FeedEntry("三", broken.url("/news/3.html"), "<p>摘要</p>"))).getBytes());
            String id = add("feed", broken.url("/feed.xml"), null);
            JsonPath source = awaitRun(id, Instant.EPOCH);
            assertEquals("FAILED", source.getString("status"));
            assertTrue(source.getString("lastError").contains("robots.txt of " + broken.url("") + " answered HTTP 503"),
                    source.getString("lastError"));
            assertEquals(2, broken.requests("/robots.txt"), "one attempt and one retry, then remembered");
            assertEquals(0, broken.requests("/feed.xml"));
            assertEquals(0, broken.requests("/news/1.html"));
        }
    }

    @Test
    void sitemapIndexPagesAreFetchedOnce() {
        String id = add("sitemap", site.url("/sitemap-index.xml"), null);
        JsonPath first = awaitRun(id, Instant.EPOCH);
        assertEquals("PARTIAL", first.getString("status"));
        assertEquals(2, first.getInt("lastRun.published"));
        assertEquals(2, first.getInt("lastRun.failed"), first.getString("lastError"));
        assertTrue(first.getString("lastError").contains("sitemap-gone.xml"));

        given().auth().oauth2("test-token").post("/api/sources/" + id + "/run").then().statusCode(202);
        JsonPath second = awaitRun(id, Instant.parse(first.getString("lastRunFinished")));
        assertEquals(2, second.getInt("lastRun.unchanged"));
        assertEquals(1, site.requests("/news/s1.html"));
    }

    @Test
    void aWatchedFolderPicksUpNewFiles() throws IOException {
        Path folder = Files.createTempDirectory("watched-");
        List<Path> regional;
        try (var files = Files.list(SharedCorpus.dir("regional"))) {
            regional = files.filter(f -> f.toString().endsWith(".md")).sorted().limit(2).toList();
        }
        Files.copy(regional.get(0), folder.resolve(regional.get(0).getFileName()));
        String id = add("folder", folder.toString(), "1s");
        assertEquals(1, awaitRun(id, Instant.EPOCH).getInt("totalPublished"));

        Files.copy(regional.get(1), folder.resolve(regional.get(1).getFileName()));
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (source(id).getInt("totalPublished") < 2 && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(200));
        }
        assertEquals(2, source(id).getInt("totalPublished"));
        assertEquals(2, RawTopic.publishedBy(id, 2, RUN_TIMEOUT).size());
    }

    @Test
    void configuredSourcesAreListedAndCannotBeRemovedOverRest() {
        given().get("/api/sources/configured-sample").then().statusCode(200)
                .body("configured", equalTo(true)).body("type", equalTo("feed"));
        given().auth().oauth2("test-token").delete("/api/sources/configured-sample").then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE).body("detail", containsString("configuration"));
    }

    @Test
    void badRequestsGetProblemDetails() {
        given().contentType("application/json").body(Map.of("id", "x", "type", "feed", "location", site.url("/f")))
                .post("/api/sources").then().statusCode(401);
        badRequest(Map.of("id", "x1", "type", "gopher", "location", "x"), "folder, feed, page, sitemap");
        badRequest(Map.of("id", "x1", "type", "feed"), "location");
        badRequest(Map.of("id", "x1", "type", "feed", "location", "/news/feed.xml"), "http(s) URL");
        badRequest(Map.of("id", "x1", "type", "folder", "location", "/no/such/folder"), "not a directory");
        badRequest(Map.of("id", "Bad Id", "type", "feed", "location", site.url("/f")), "not valid");
        badRequest(Map.of("id", "x1", "type", "feed", "location", site.url("/f"), "interval", "soon"), "duration");
        given().get("/api/sources/no-such-source").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("no source with id"));
        given().auth().oauth2("test-token").delete("/api/sources/no-such-source").then().statusCode(404);
        given().get("/api/origins/no-such-post").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void sourcesAreListedPausedResumedAndRemoved() {
        // a page no other test reads (it is a 404: this test is about the lifecycle, not the page)
        String id = add("page", site.url("/news/lifecycle.html"), "1h");
        given().auth().oauth2("test-token").contentType("application/json")
                .body(Map.of("id", id, "type", "page", "location", site.url("/news/lifecycle.html")))
                .post("/api/sources").then().statusCode(409).contentType(Problem.MEDIA_TYPE);
        given().get("/api/sources").then().statusCode(200).body("find { it.id == '" + id + "' }.interval",
                equalTo("PT1H"));
        given().auth().oauth2("test-token").post("/api/sources/" + id + "/pause").then().statusCode(200)
                .body("paused", equalTo(true));
        given().auth().oauth2("test-token").post("/api/sources/" + id + "/resume").then().statusCode(200)
                .body("paused", equalTo(false));
        given().auth().oauth2("test-token").delete("/api/sources/" + id).then().statusCode(204);
        given().get("/api/sources/" + id).then().statusCode(404);
    }

    private static double unreadableRejections() {
        return PrometheusSamples.value(given().get("/q/metrics").asString(), "zhibiao_posts_rejected_total",
                "reason", "unreadable");
    }

    private static String textOf(RawPost post) {
        return Jsoup.parse(post.content()).text();
    }

    private static FeedEntry teaser(CorpusPost post, String path) {
        return new FeedEntry(post.title(), site.url(path), "<p>" + post.firstSentence() + "</p>");
    }

    /** Adds a source with a fresh id (the raw topic and the state outlive one test) and returns the id. */
    private static String add(String type, String location, String interval) {
        String id = type + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = interval == null
                ? Map.of("id", id, "type", type, "location", location, "categories", List.of("test"))
                : Map.of("id", id, "type", type, "location", location, "interval", interval);
        given().auth().oauth2("test-token").contentType("application/json").body(body).post("/api/sources")
                .then().statusCode(201).header("Location", containsString("/api/sources/" + id))
                .body("id", equalTo(id));
        return id;
    }

    private static void badRequest(Map<String, Object> body, String detail) {
        given().auth().oauth2("test-token").contentType("application/json").body(body).post("/api/sources")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("detail", containsString(detail));
    }

    private static JsonPath source(String id) {
        return given().get("/api/sources/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The source once a run that finished after {@code after} is recorded. */
    private static JsonPath awaitRun(String id, Instant after) {
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath source = source(id);
            String finished = source.getString("lastRunFinished");
            if (finished != null && Instant.parse(finished).isAfter(after)
                    && !"RUNNING".equals(source.getString("status"))) {
                return source;
            }
            pause(Duration.ofMillis(100));
        }
        throw new AssertionError("source " + id + " did not finish a run within " + RUN_TIMEOUT + ": "
                + source(id).prettify());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
