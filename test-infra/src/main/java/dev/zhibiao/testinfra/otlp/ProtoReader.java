package dev.zhibiao.testinfra.otlp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads protobuf's wire format field by field: just enough to take OTLP export requests apart without generated
 * classes (and without a protobuf runtime whose version would have to match them).
 */
final class ProtoReader {
    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private final byte[] data;
    private int position;
    private final int end;
    private int tag;

    ProtoReader(byte[] data) {
        this(data, 0, data.length);
    }

    private ProtoReader(byte[] data, int start, int end) {
        this.data = data;
        this.position = start;
        this.end = end;
    }

    /** Moves to the next field; false at the end of the message. */
    boolean next() {
        if (position >= end) {
            return false;
        }
        tag = (int) varint();
        return true;
    }

    int field() {
        return tag >>> 3;
    }

    /** The current field as an embedded message. */
    ProtoReader message() {
        int length = length();
        ProtoReader embedded = new ProtoReader(data, position, position + length);
        position += length;
        return embedded;
    }

    byte[] bytes() {
        int length = length();
        byte[] value = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return value;
    }

    String string() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = data[position++];
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("malformed varint at " + position);
    }

    /** Skips the current field's value. */
    void skip() {
        switch (tag & 7) {
            case VARINT -> varint();
            case FIXED64 -> position += 8;
            case LENGTH_DELIMITED -> bytes();
            case FIXED32 -> position += 4;
            default -> throw new IllegalArgumentException("unsupported wire type " + (tag & 7) + " at " + position);
        }
    }

    private int length() {
        int length = (int) varint();
        if (length < 0 || position + length > end) {
            throw new IllegalArgumentException("field length " + length + " runs past the message at " + position);
        }
        return length;
    }
}
