package dev.zhibiao.query.rest;

/** A query parameter the API cannot use; the message says which and what is allowed. */
public class BadParameterException extends RuntimeException {
    public BadParameterException(String message) {
        super(message);
    }
}
