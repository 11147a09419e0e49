package dev.zhibiao.ingest.source;

import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A corpus post split into what a news page shows: title, date, HTML body (its trailing source link dropped). */
public record CorpusPost(String name, String title, String date, String bodyHtml) {
    private static final Pattern POST = Pattern.compile(
            "\\A---\\n(.*?)\\n---\\n(.*)\\z", Pattern.DOTALL);

    public static CorpusPost of(Path file) {
        Matcher m = POST.matcher(SharedCorpus.read(file));
        if (!m.find()) {
            throw new IllegalArgumentException(file + " has no front matter");
        }
        String header = m.group(1);
        String body = m.group(2).replaceAll("(?m)^<https?://[^>]*>\\s*$", "").strip();
        String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
        return new CorpusPost(stem, field(header, "title"), field(header, "date"), body);
    }

    /** The first {@code count} posts of a corpus folder, by file name. */
    public static List<CorpusPost> first(String folder, int count) {
        try (Stream<Path> files = Files.list(SharedCorpus.dir(folder))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().limit(count).map(CorpusPost::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sentence of the body's text, to look for in what was published. */
    public String firstSentence() {
        String text = Jsoup.parse(bodyHtml).text();
        int end = text.indexOf('。');
        return end > 0 ? text.substring(0, end) : text;
    }

    private static String field(String header, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ":\\s*\"?(.*?)\"?\\s*$").matcher(header);
        return m.find() ? m.group(1) : "";
    }
}
