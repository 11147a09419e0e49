package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.SharedFiles;
import dev.zhibiao.engine.quantity.Basis;
import dev.zhibiao.engine.quantity.Change;
import dev.zhibiao.engine.quantity.Qualifier;
import dev.zhibiao.engine.quantity.Quantity;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The annotated posts of the shared gold set, with their gold quantities placed in a roughly cleaned text. */
final class GoldPosts {
    /** A gold quantity placed in the post's text, with its gold metric ("" when it has none). */
    record Item(Quantity quantity, String metric, boolean required) {
    }

    record Post(String name, String text, List<Item> items) {
        List<Quantity> quantities() {
            return items.stream().map(Item::quantity).toList();
        }
    }

    static List<Post> load() {
        Path gold = SharedFiles.dir().resolve("gold");
        try (Stream<Path> files = Files.list(gold)) {
            List<Post> posts = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                posts.add(read(f));
            }
            return posts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title line, then one line per paragraph: front matter, HTML tags and the source links dropped. */
    static String cleanText(String markdown) {
        String[] parts = markdown.split("(?m)^---\\s*$", 3);
        String title = parts[1].lines().filter(l -> l.startsWith("title:")).findFirst().orElse("title: ")
                .substring("title:".length()).strip().replaceAll("^\"|\"$", "");
        String body = parts[2].replaceAll("(?i)</p>|<br\\s*/?>", "\n").replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        StringBuilder text = new StringBuilder(title);
        for (String line : body.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("<http") && !l.startsWith("[返回")) {
                text.append('\n').append(l);
            }
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static Post read(Path goldFile) throws IOException {
        Map<String, Object> gold = new Yaml().load(Files.readString(goldFile));
        String post = (String) gold.get("post");
        String text = cleanText(Files.readString(SharedFiles.dir().resolve("corpus").resolve(post)));
        List<Item> items = new ArrayList<>();
        place(text, (List<Map<String, Object>>) gold.get("required"), true, items);
        place(text, (List<Map<String, Object>>) gold.getOrDefault("acceptable", List.of()), false, items);
        return new Post(post, text, items);
    }

    /** Gold items are listed in text order: each is looked for after the previous one, then from the start. */
    private static void place(String text, List<Map<String, Object>> golds, boolean required, List<Item> out) {
        int cursor = 0;
        for (Map<String, Object> g : golds) {
            String span = (String) g.get("text");
            int at = free(text, span, cursor, out);
            if (at < 0) {
                at = free(text, span, 0, out);
            }
            if (at < 0) {
                continue;
            }
            cursor = at + span.length();
            Object value = g.get("value");
            Quantity q = new Quantity(at, at + span.length(), span,
                    new BigDecimal(value == null ? "0" : value.toString()), null, String.valueOf(g.getOrDefault("unit", "")),
                    Qualifier.valueOf(String.valueOf(g.getOrDefault("qualifier", "EXACT"))),
                    g.get("change") == null ? null : Change.valueOf(g.get("change").toString()),
                    g.get("basis") == null ? null : Basis.valueOf(g.get("basis").toString()));
            Object metric = g.get("metric");
            out.add(new Item(q, metric == null ? "" : metric.toString(), required));
        }
    }

    /** The first occurrence of {@code span} from {@code from} that no placed item covers, or -1. */
    private static int free(String text, String span, int from, List<Item> placed) {
        for (int at = text.indexOf(span, from); at >= 0; at = text.indexOf(span, at + 1)) {
            int start = at;
            if (placed.stream().noneMatch(i -> i.quantity().start() < start + span.length() && start < i.quantity().end())) {
                return at;
            }
        }
        return -1;
    }

    private GoldPosts() {
    }
}
