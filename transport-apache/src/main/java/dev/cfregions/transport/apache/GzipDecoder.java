package dev.cfregions.transport.apache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Inflater;

/**
 * {@code Content-Encoding: gzip}, decoded as it streams in: header, deflate data, then the
 * trailer whose CRC-32 and length are checked, so a truncated or corrupted body is an error
 * rather than silently short. Several concatenated members are decoded one after the other.
 */
final class GzipDecoder implements ContentDecoder {
    private static final int TRAILER_LENGTH = 8;

    private enum State { HEADER, DATA, TRAILER, MEMBER_END }

    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] scratch = new byte[8 * 1024];
    private final byte[] trailer = new byte[TRAILER_LENGTH];
    private GzipHeaderReader header = new GzipHeaderReader();
    private State state = State.HEADER;
    private int trailerRead;
    private boolean sawBytes;

    @Override
    public void decode(ByteBuffer encoded, BoundedBody body) throws IOException {
        sawBytes |= encoded.hasRemaining();
        while (encoded.hasRemaining()) {
            switch (state) {
                case HEADER -> {
                    if (header.read(encoded)) {
                        state = State.DATA;
                    }
                }
                case DATA -> {
                    Inflation.inflate(inflater, encoded, body, scratch, crc);
                    if (inflater.finished()) {
                        state = State.TRAILER;
                    }
                }
                case TRAILER -> {
                    trailer[trailerRead++] = encoded.get();
                    if (trailerRead == TRAILER_LENGTH) {
                        checkTrailer();
                        state = State.MEMBER_END;
                    }
                }
                case MEMBER_END -> startNextMember();
                default -> throw new IllegalStateException(state.name());
            }
        }
    }

    @Override
    public void finish(BoundedBody body) throws IOException {
        if (sawBytes && state != State.MEMBER_END) {
            throw new IOException("Gzip-encoded response body ended before its gzip stream did");
        }
    }

    @Override
    public void release() {
        inflater.end();
    }

    private void checkTrailer() throws IOException {
        long expectedCrc = littleEndianInt(0);
        long expectedSize = littleEndianInt(4);
        if (expectedCrc != crc.getValue()) {
            throw new IOException("Gzip-encoded response body failed its CRC-32 check");
        }
        if (expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
            throw new IOException("Gzip-encoded response body has the wrong decoded length");
        }
    }

    private void startNextMember() {
        header = new GzipHeaderReader();
        inflater.reset();
        crc.reset();
        trailerRead = 0;
        state = State.HEADER;
    }

    private long littleEndianInt(int offset) {
        return (trailer[offset] & 0xffL)
                | (trailer[offset + 1] & 0xffL) << 8
                | (trailer[offset + 2] & 0xffL) << 16
                | (trailer[offset + 3] & 0xffL) << 24;
    }
}
