package dev.cfregions.transport.apache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.Inflater;

/**
 * {@code Content-Encoding: deflate}. The standard says zlib-wrapped; some servers send a bare
 * deflate stream. The first two bytes tell which, so they are held back until both arrived.
 */
final class DeflateDecoder implements ContentDecoder {
    private final byte[] scratch = new byte[8 * 1024];
    private final byte[] head = new byte[2];
    private int headLength;
    private Inflater inflater;

    @Override
    public void decode(ByteBuffer encoded, BoundedBody body) throws IOException {
        if (inflater == null) {
            while (headLength < head.length && encoded.hasRemaining()) {
                head[headLength++] = encoded.get();
            }
            if (headLength < head.length) {
                return;
            }
            inflater = new Inflater(!isZlibHeader(head[0], head[1]));
            Inflation.inflate(inflater, ByteBuffer.wrap(head), body, scratch, null);
        }
        if (inflater.finished()) {
            encoded.position(encoded.limit()); // bytes after the stream's end carry nothing
            return;
        }
        Inflation.inflate(inflater, encoded, body, scratch, null);
        encoded.position(encoded.limit());
    }

    @Override
    public void finish(BoundedBody body) throws IOException {
        if (headLength == 0) {
            return; // an empty body stays empty
        }
        if (inflater == null || !inflater.finished()) {
            throw new IOException("Deflate-encoded response body ended before its compressed stream did");
        }
    }

    @Override
    public void release() {
        if (inflater != null) {
            inflater.end();
        }
    }

    /** RFC 1950: method 8 in the low nibble, and the two bytes a multiple of 31. */
    private static boolean isZlibHeader(byte cmf, byte flg) {
        return (cmf & 0x0f) == 8 && (((cmf & 0xff) << 8) | (flg & 0xff)) % 31 == 0;
    }
}
