package dev.cfregions.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reuses the {@code String} of a short text read before, looked up by the parser's characters
 * in place, for fields that repeat across a listing: a zone of 3,500 mappings names a few dozen
 * regions, and a new {@code String} per mapping would be garbage equal to the last one.
 *
 * <p>A fixed table of slots, one text each, the newest winning a collision: a miss costs only
 * the {@code String} that would have been made anyway. Safe to share between threads without
 * locking, since a slot only ever holds a complete, immutable {@code String}.
 */
final class TextCache {
    private static final int MAX_LENGTH = 64;

    private final String[] slots;
    private final int mask;

    /** @param size the number of slots, a power of two */
    TextCache(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two: " + size);
        }
        this.slots = new String[size];
        this.mask = size - 1;
    }

    /** {@return the parser's current string token, as a string equal to its text} */
    String text(JsonParser p) throws IOException {
        int len = p.getTextLength();
        if (len > MAX_LENGTH) {
            return p.getText();
        }
        char[] buf = p.getTextCharacters();
        int off = p.getTextOffset();
        // String.hashCode's polynomial two characters a step (31 * 31 = 961): half the chain of
        // dependent multiplications, which is what this loop's time is
        int h = 0;
        int i = 0;
        for (; i + 1 < len; i += 2) {
            h = 961 * h + 31 * buf[off + i] + buf[off + i + 1];
        }
        if (i < len) {
            h = 31 * h + buf[off + i];
        }
        int slot = (h ^ (h >>> 16)) & mask;
        String known = slots[slot];
        if (known != null && Json.sameChars(known, buf, off, len)) {
            return known;
        }
        String made = new String(buf, off, len);
        slots[slot] = made;
        return made;
    }
}
