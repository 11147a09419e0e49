package dev.zhibiao.engine.quality;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One hand-annotated post (see the shared gold GUIDELINES.md): the quantities a correct extractor must report and
 * those it may report without penalty.
 *
 * @param post       the post's path relative to the corpus directory
 * @param required   every quantity that must be found, with its annotated attributes
 * @param acceptable quantities that count neither way (thresholds, repeats, slogans)
 */
record GoldAnnotation(String post, List<Item> required, List<Item> acceptable) {

    /**
     * One annotated quantity; attributes not annotated are null.
     *
     * @param year the year as written in the annotation ("2021"), compared as text like the scorer does
     */
    record Item(String text, double value, String unit, String qualifier, String metric, String region, String year) {
    }

    /** Every annotation file (*.json) of a gold directory, in file-name order. */
    static List<GoldAnnotation> readAll(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(GoldAnnotation::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static GoldAnnotation read(Path file) {
        try {
            // JSON is a subset of YAML; the engine already ships SnakeYAML for front matter
            Map<String, Object> gold = new Yaml().load(Files.readString(file));
            return new GoldAnnotation((String) gold.get("post"),
                    items((List<Map<String, Object>>) gold.get("required")),
                    items((List<Map<String, Object>>) gold.getOrDefault("acceptable", List.of())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Item> items(List<Map<String, Object>> list) {
        return list.stream().map(m -> new Item((String) m.get("text"), Double.parseDouble(m.get("value").toString()),
                stringOrNull(m.get("unit")), stringOrNull(m.get("qualifier")), stringOrNull(m.get("metric")),
                stringOrNull(m.get("region")), stringOrNull(m.get("year")))).toList();
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString();
    }
}
