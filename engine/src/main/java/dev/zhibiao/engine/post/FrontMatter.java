package dev.zhibiao.engine.post;

import java.util.Map;

/** A post split into its YAML front matter (parsed) and the body text that follows it. */
record FrontMatter(Map<String, Object> fields, String body) {

    String string(String key) {
        Object v = fields.get(key);
        return v == null ? "" : v.toString().trim();
    }
}
