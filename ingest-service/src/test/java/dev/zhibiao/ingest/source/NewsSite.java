package dev.zhibiao.ingest.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on 127.0.0.1 for tests: pages registered by path, each answered with its bytes and Content-Type,
 * ETag support (If-None-Match answers 304), optional slowness, 404 for anything else. Counts requests.
 */
public final class NewsSite implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger notModified = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    private record Page(int status, byte[] body, String contentType, String etag) {
    }

    public NewsSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public NewsSite page(String path, String contentType, byte[] body) {
        return page(path, contentType, body, null);
    }

    public NewsSite page(String path, String contentType, byte[] body, String etag) {
        pages.put(path, new Page(200, body, contentType, etag));
        return this;
    }

    /** {@code path} answers with an error status, e.g. a robots.txt that answers 503. */
    public NewsSite failing(String path, int status) {
        pages.put(path, new Page(status, new byte[0], "text/plain", null));
        return this;
    }

    public NewsSite html(String path, String html) {
        return page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Every page other than robots.txt answers only after {@code value}. */
    public NewsSite delay(Duration value) {
        this.delay = value;
        return this;
    }

    public int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    public int notModifiedAnswers() {
        return notModified.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            if (!path.equals("/robots.txt") && !delay.isZero()) {
                sleep(delay);
            }
            Page page = pages.get(path);
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (page.status() != 200) {
                exchange.sendResponseHeaders(page.status(), -1);
                return;
            }
            if (page.etag() != null) {
                exchange.getResponseHeaders().add("ETag", page.etag());
                if (page.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            exchange.getResponseHeaders().add("Content-Type", page.contentType());
            exchange.sendResponseHeaders(200, page.body().length);
            exchange.getResponseBody().write(page.body());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** A news article page as sites write them: header, navigation, sidebar ads and scripts around the article. */
    public static String articlePage(CorpusPost post, String canonicalUrl, String charsetLabel) {
        return """
                <!DOCTYPE html><html><head><meta charset="%s"><title>%s - 测试新闻网</title>
                <link rel="canonical" href="%s">
                <meta property="article:published_time" content="%s">
                <script>var tracker = "统计代码";</script></head>
                <body><header><a href="/">测试新闻网首页</a><nav class="nav">首页 | 国内 | 国际 | 财经</nav></header>
                <div class="sidebar"><p>广告位招租，联系电话12345678</p></div>
                <article><h1>%s</h1><div class="content">%s</div></article>
                <footer>版权所有 © 2024 测试新闻网</footer></body></html>
                """.formatted(charsetLabel, post.title(), canonicalUrl, isoDate(post.date()), post.title(),
                post.bodyHtml());
    }

    /**
     * A page without {@code <article>} or any known content id: the body has to be found by text density among
     * link lists, ad blocks and a "hot news" column.
     */
    public static String clutteredPage(CorpusPost post) {
        StringBuilder nav = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            nav.append("<li><a href=\"/c/").append(i).append("\">栏目导航").append(i).append("</a></li>");
        }
        return """
                <html><head><title>%s</title><style>.x{color:red}</style></head><body>
                <div id="top"><ul class="menu">%s</ul></div>
                <div class="ad-banner"><p>特价促销：全场五折，点击领取优惠券，名额仅剩100个！</p></div>
                <div id="wrap"><div class="left"><h1>%s</h1><p class="info">发布时间：%s 来源：央视网</p>%s</div>
                <div class="right hot-list"><p>热点新闻一</p><p>热点新闻二</p><p>热点新闻三</p></div></div>
                <div class="copyright">京ICP备00000000号</div><script>document.write("广告脚本")</script>
                </body></html>
                """.formatted(post.title(), nav, post.title(), post.date().replaceFirst(" \\+0800", ""),
                post.bodyHtml());
    }

    public static byte[] encoded(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    /** An RSS 2.0 feed; an item with {@code fullText} carries the article in content:encoded. */
    public static String rss(List<FeedEntry> entries) {
        StringBuilder items = new StringBuilder();
        for (FeedEntry e : entries) {
            items.append("<item><title>").append(e.title()).append("</title><link>").append(e.link())
                    .append("</link><pubDate>Mon, 06 May 2024 10:00:00 +0800</pubDate><description><![CDATA[")
                    .append(e.html()).append("]]></description></item>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>测试新闻网</title><link>http://127.0.0.1/</link><description>测试</description>
                %s</channel></rss>
                """.formatted(items);
    }

    public static String atom(List<FeedEntry> entries) {
        StringBuilder items = new StringBuilder();
        for (FeedEntry e : entries) {
            items.append("<entry><title>").append(e.title()).append("</title><link rel=\"alternate\" href=\"")
                    .append(e.link()).append("\"/><id>").append(e.link())
                    .append("</id><updated>2024-05-06T10:00:00+08:00</updated><content type=\"html\"><![CDATA[")
                    .append(e.html()).append("]]></content></entry>\n");
        }
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>测试新闻网</title><id>urn:test</id>
                <updated>2024-05-06T10:00:00+08:00</updated>
                %s</feed>
                """.formatted(items);
    }

    /** @param html the item's content: a teaser, or the whole article */
    public record FeedEntry(String title, String link, String html) {
    }

    private static String isoDate(String jekyllDate) {
        // "2022-09-25 19:00:00 +0800" -> "2022-09-25T19:00:00+08:00"
        String[] parts = jekyllDate.split(" ");
        String offset = parts.length > 2 ? parts[2].substring(0, 3) + ":" + parts[2].substring(3) : "+08:00";
        return parts[0] + "T" + (parts.length > 1 ? parts[1] : "00:00:00") + offset;
    }
}
