package dev.zhibiao.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable post ids: the file name without extension (a Jekyll post's permalink identity), or a hash of the
 * content when a post arrives without a name. The same post ingested twice gets the same id.
 */
public final class PostIds {
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final int MAX_LENGTH = 200;

    private PostIds() {
    }

    /** Id for a post named {@code fileName} (a path is fine: only the last segment counts), or null if blank. */
    public static String fromFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = UNSAFE.matcher(name).replaceAll("-").replaceAll("^-+|-+$", "");
        if (name.isEmpty()) {
            return null;
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }

    /** Id derived from the content: "sha256-" and the first 16 hex digits of its SHA-256. */
    public static String fromContent(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The file-name id when there is one, else the content id. */
    public static String of(String fileName, String content) {
        String id = fromFileName(fileName);
        return id != null ? id : fromContent(content);
    }
}
