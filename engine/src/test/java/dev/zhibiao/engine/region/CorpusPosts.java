package dev.zhibiao.engine.region;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zhibiao.engine.SharedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * Posts of the shared corpus as extraction sees them: the title on the first line, then one body paragraph per line.
 * The corpus lives outside the repository ({@link SharedFiles#dir()}); tests skip without it.
 */
public final class CorpusPosts {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n(.*?)\\n---\\n(.*)\\z", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("^title:\\s*\"?(.*?)\"?\\s*$", Pattern.MULTILINE);
    private static final Pattern DATE = Pattern.compile("^date:\\s*(\\d{4}-\\d{2}-\\d{2})", Pattern.MULTILINE);

    /** A post's text and where its title ends. */
    public record Post(String text, int titleEnd, LocalDate published) {
        /** Offset of the first occurrence of {@code fragment} in the body. */
        public int offsetOf(String fragment) {
            int i = text.indexOf(fragment, titleEnd);
            if (i < 0) {
                throw new AssertionError("not in post: " + fragment);
            }
            return i;
        }
    }

    private CorpusPosts() {
    }

    /** One line per paragraph: the HTML paragraphs, or the text lines of a plain body; source links dropped. */
    private static String bodyText(String body) {
        List<String> paragraphs = Jsoup.parse(body).select("p").stream().map(p -> p.text().strip()).toList();
        if (paragraphs.isEmpty()) {
            paragraphs = body.lines().map(line -> Jsoup.parse(line).text().strip()).toList();
        }
        return paragraphs.stream()
            .filter(p -> !p.isEmpty() && !p.startsWith("<http") && !p.startsWith("[返回"))
            .collect(Collectors.joining("\n"));
    }

    public static Post read(String relativePath) {
        Path file = SharedFiles.dir().resolve("corpus").resolve(relativePath);
        assumeTrue(Files.isRegularFile(file), "shared corpus not available: " + file);
        try {
            Matcher m = FRONT_MATTER.matcher(Files.readString(file));
            if (!m.matches()) {
                throw new IllegalArgumentException("no front matter: " + file);
            }
            Matcher title = TITLE.matcher(m.group(1));
            Matcher date = DATE.matcher(m.group(1));
            String titleText = title.find() ? title.group(1) : "";
            String body = bodyText(m.group(2));
            return new Post(titleText + "\n" + body, titleText.length(), date.find() ? LocalDate.parse(date.group(1)) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
