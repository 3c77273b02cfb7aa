package dev.cfregions.transport.apache;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Skips a gzip member header (RFC 1952, section 2.3) as its bytes trickle in, without
 * buffering the optional name, comment or extra field, however long they are.
 */
final class GzipHeaderReader {
    private static final int FHCRC = 0x02;
    private static final int FEXTRA = 0x04;
    private static final int FNAME = 0x08;
    private static final int FCOMMENT = 0x10;
    private static final int RESERVED = 0xe0;
    private static final int FIXED_LENGTH = 10;

    /** The parts of a header, in the order they appear on the wire. */
    private enum Part { FIXED, EXTRA_LENGTH, EXTRA, NAME, COMMENT, HEADER_CRC, DONE }

    private final byte[] fixed = new byte[FIXED_LENGTH];
    private Part part = Part.FIXED;
    private int readInPart;
    private int extraLength;
    private int flags;

    /** Consumes header bytes from {@code in}; true once the whole header has been read. */
    boolean read(ByteBuffer in) throws IOException {
        while (part != Part.DONE && in.hasRemaining()) {
            switch (part) {
                case FIXED -> {
                    fixed[readInPart++] = in.get();
                    if (readInPart == FIXED_LENGTH) {
                        checkFixed();
                        advance();
                    }
                }
                case EXTRA_LENGTH -> {
                    extraLength |= (in.get() & 0xff) << (8 * readInPart++);
                    if (readInPart == 2) {
                        part = Part.EXTRA;
                        readInPart = 0;
                        if (extraLength == 0) {
                            advance();
                        }
                    }
                }
                case EXTRA -> {
                    int skip = Math.min(in.remaining(), extraLength - readInPart);
                    in.position(in.position() + skip);
                    readInPart += skip;
                    if (readInPart == extraLength) {
                        advance();
                    }
                }
                case NAME, COMMENT -> {
                    if (in.get() == 0) {
                        advance();
                    }
                }
                case HEADER_CRC -> {
                    in.get();
                    if (++readInPart == 2) {
                        advance();
                    }
                }
                default -> throw new IllegalStateException(part.name());
            }
        }
        return part == Part.DONE;
    }

    private void checkFixed() throws IOException {
        if ((fixed[0] & 0xff) != 0x1f || (fixed[1] & 0xff) != 0x8b) {
            throw new IOException("Gzip-encoded response body does not start with the gzip magic bytes");
        }
        if (fixed[2] != 8) {
            throw new IOException("Gzip-encoded response body uses unknown compression method " + (fixed[2] & 0xff));
        }
        flags = fixed[3] & 0xff;
        if ((flags & RESERVED) != 0) {
            throw new IOException("Gzip-encoded response body sets reserved header flags");
        }
    }

    /** Moves to the next part the flags say is present. */
    private void advance() {
        readInPart = 0;
        Part done = part;
        if (done == Part.FIXED && (flags & FEXTRA) != 0) {
            part = Part.EXTRA_LENGTH;
        } else if (done.compareTo(Part.NAME) < 0 && (flags & FNAME) != 0) {
            part = Part.NAME;
        } else if (done.compareTo(Part.COMMENT) < 0 && (flags & FCOMMENT) != 0) {
            part = Part.COMMENT;
        } else if (done.compareTo(Part.HEADER_CRC) < 0 && (flags & FHCRC) != 0) {
            part = Part.HEADER_CRC;
        } else {
            part = Part.DONE;
        }
    }
}
