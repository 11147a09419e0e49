package dev.zhibiao.e2e;

import java.nio.charset.StandardCharsets;

/**
 * One hostile input and what the pipeline must do with it.
 *
 * @param name    what the case is
 * @param post    the bytes sent to ingest-service
 * @param outcome REJECTED (an HTTP 4xx with problem details), DEAD_LETTER (accepted, then dead-lettered with a
 *                reason) or STORED (accepted and stored harmlessly)
 * @param expect  for REJECTED the status; for DEAD_LETTER a word of the reason; for STORED a word of the stored text
 */
record HostileCase(String name, byte[] post, Outcome outcome, String expect) {
    enum Outcome { REJECTED, DEAD_LETTER, STORED }

    static HostileCase rejected(String name, byte[] post, int status) {
        return new HostileCase(name, post, Outcome.REJECTED, String.valueOf(status));
    }

    static HostileCase deadLetter(String name, String post, String reasonWord) {
        return new HostileCase(name, post.getBytes(StandardCharsets.UTF_8), Outcome.DEAD_LETTER, reasonWord);
    }

    static HostileCase stored(String name, String post, String textWord) {
        return new HostileCase(name, post.getBytes(StandardCharsets.UTF_8), Outcome.STORED, textWord);
    }

    @Override
    public String toString() {
        return name;
    }
}
