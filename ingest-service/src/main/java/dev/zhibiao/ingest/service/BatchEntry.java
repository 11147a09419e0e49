package dev.zhibiao.ingest.service;

/**
 * One line of a batch upload as read.
 *
 * @param line       the line's number in the body, from 1
 * @param name       the post's file name, or null
 * @param content    the post file, or null
 * @param unreadable why the line is no post (not a JSON object), or null when it was read
 */
public record BatchEntry(int line, String name, String content, String unreadable) {
    public static BatchEntry read(int line, String name, String content) {
        return new BatchEntry(line, name, content, null);
    }

    public static BatchEntry unreadable(int line, String why) {
        return new BatchEntry(line, null, null, why);
    }

    public boolean readable() {
        return unreadable == null;
    }
}
