package dev.zhibiao.engine.post;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Jekyll/Hexo front matter: a YAML mapping between two "---" lines at the very top of the post.
 * YAML is parsed with safe types only and bounded aliases, so a hostile header cannot build objects or
 * expand into a "billion laughs".
 */
final class FrontMatterReader {
    private static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;
    private static final int MAX_ALIASES = 20;

    FrontMatter read(String post) {
        // real archives have a byte-order mark or blank lines before the first fence: tolerate both
        String text = post.startsWith("\uFEFF") ? post.substring(1) : post;
        text = text.replaceFirst("^(\\s*\n)+", "");
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) {
            throw new PostFormatException("the post has no front matter: it must start with a '---' line, "
                    + "then YAML fields (title, date, categories, tags), then another '---' line");
        }
        int headerStart = text.indexOf('\n') + 1;
        int close = findClosingFence(text, headerStart);
        if (close < 0) {
            throw new PostFormatException("the front matter is not closed: add a '---' line after the YAML fields");
        }
        if (close - headerStart > MAX_FRONT_MATTER_CHARS) {
            throw new PostFormatException("the front matter is larger than " + MAX_FRONT_MATTER_CHARS + " characters");
        }
        String yaml = text.substring(headerStart, close);
        int bodyStart = text.indexOf('\n', close);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        return new FrontMatter(parse(yaml), body);
    }

    private static int findClosingFence(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = (lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd)).strip();
            if (line.equals("---") || line.equals("...")) {
                return lineStart;
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    /**
     * YAML's own types except timestamps, implicit or tagged: a date stays as written, so that one without an offset
     * is read in Beijing time as the post's site means it (YAML reads it in UTC: 2021-12-31 20:00:00 would be 2022 in
     * Beijing) and one that names no real day is not rolled over (2021-02-30 → 03-02).
     */
    private static final class DatesAsWritten extends SafeConstructor {
        DatesAsWritten(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    private static Map<String, Object> parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_FRONT_MATTER_CHARS);
        options.setNestingDepthLimit(20);
        Object loaded;
        try {
            loaded = new Yaml(new DatesAsWritten(options)).load(yaml);
        } catch (YAMLException e) {
            throw new PostFormatException("the front matter is not valid YAML: " + firstLine(e.getMessage()), e);
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new PostFormatException("the front matter must be a YAML mapping of fields (title: ..., date: ...), "
                    + "not a " + loaded.getClass().getSimpleName());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        return fields;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        return message.replaceAll("\\s+", " ").trim();
    }
}
