package dev.cfregions.transport.apache;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Collects decoded body bytes and refuses to hold more than the cap. The cap is checked on
 * every write, so a huge or endless body fails as soon as it crosses the line instead of after
 * it has been buffered. Not thread-safe: one exchange's I/O callbacks are serialised.
 */
final class BoundedBody {
    private static final int INITIAL_CAPACITY = 8 * 1024;
    /** A server may announce a length it never sends: trust it only this far up front. */
    private static final long LARGEST_FIRST_BUFFER = 1024 * 1024;

    private final long limit;
    private byte[] bytes;
    private int size;

    /**
     * @param limit the most bytes this body may hold
     * @param expectedLength the announced length, or a negative number when unknown; only used
     *     to size the first buffer
     */
    BoundedBody(long limit, long expectedLength) {
        this.limit = limit;
        long first = Math.min(limit, expectedLength >= 0 ? Math.min(expectedLength, LARGEST_FIRST_BUFFER) : INITIAL_CAPACITY);
        this.bytes = new byte[(int) first];
    }

    long limit() {
        return limit;
    }

    void write(byte[] source, int offset, int length) throws BodyLimitExceededException {
        ensureRoom(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    /** Copies every remaining byte of {@code source}, advancing its position. */
    void write(ByteBuffer source) throws BodyLimitExceededException {
        int length = source.remaining();
        ensureRoom(length);
        source.get(bytes, size, length);
        size += length;
    }

    int size() {
        return size;
    }

    /** The bytes written so far, in an array of exactly that length. */
    byte[] toByteArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    private void ensureRoom(int length) throws BodyLimitExceededException {
        long needed = (long) size + length;
        if (needed > limit) {
            throw new BodyLimitExceededException(limit);
        }
        if (needed > bytes.length) {
            long grown = Math.min(limit, Math.max(needed, Math.max(INITIAL_CAPACITY, (long) bytes.length * 2)));
            bytes = Arrays.copyOf(bytes, (int) grown);
        }
    }
}
