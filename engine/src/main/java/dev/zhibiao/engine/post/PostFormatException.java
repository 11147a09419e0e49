package dev.zhibiao.engine.post;

/** The input is not a post the engine can read; the message says what is wrong and how to fix it. */
public class PostFormatException extends RuntimeException {
    public PostFormatException(String message) {
        super(message);
    }

    public PostFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
