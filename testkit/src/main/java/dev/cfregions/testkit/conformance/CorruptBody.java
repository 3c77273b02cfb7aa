package dev.cfregions.testkit.conformance;

import java.util.Arrays;
import java.util.Locale;
import java.util.zip.Deflater;

/**
 * Compressed bodies whose stream is broken while the HTTP framing around them is sound, so
 * only a decoder that checks the stream's end and checksum can tell. Named
 * {@code CODING/DEFECT} in the peer's path: {@code gzip} or {@code deflate} (zlib-wrapped)
 * or {@code raw-deflate}, and one of the {@link Defect}s.
 */
record CorruptBody(String contentEncoding, byte[] bytes) {
    /** How much decodes before the stream breaks: a list-sized body. */
    static final int DECODED_SIZE = 50_000;

    /** What is wrong with the stream. */
    enum Defect {
        /** The compressed stream is cut in half. */
        TRUNCATED,
        /** The stream is complete but its trailer (gzip's CRC-32 and length, zlib's Adler-32) is missing. */
        NO_TRAILER,
        /** The trailer's checksum does not match the data. */
        BAD_CHECKSUM
    }

    static CorruptBody of(String codingAndDefect) {
        String[] parts = codingAndDefect.split("/");
        Defect defect = Defect.valueOf(parts[1].toUpperCase(Locale.ROOT).replace('-', '_'));
        byte[] data = PeerRoutes.pattern(DECODED_SIZE);
        return switch (parts[0]) {
            case "gzip" -> new CorruptBody("gzip", broken(PeerRoutes.gzip(data), defect, 8, 8));
            case "deflate" -> new CorruptBody("deflate", broken(PeerRoutes.deflate(data), defect, 4, 1));
            case "raw-deflate" -> new CorruptBody("deflate", broken(rawDeflate(data), defect, 0, 0));
            default -> throw new IllegalArgumentException("no such coding: " + parts[0]);
        };
    }

    /**
     * @param trailerLength the bytes after the compressed data
     * @param checksumFromEnd where (counting back from the end) the checksum byte to flip is
     */
    private static byte[] broken(byte[] stream, Defect defect, int trailerLength, int checksumFromEnd) {
        return switch (defect) {
            case TRUNCATED -> Arrays.copyOf(stream, stream.length / 2);
            case NO_TRAILER -> Arrays.copyOf(stream, stream.length - trailerLength);
            case BAD_CHECKSUM -> {
                byte[] copy = stream.clone();
                copy[copy.length - checksumFromEnd] ^= 0x5a;
                yield copy;
            }
        };
    }

    /** A bare deflate stream (RFC 1951), which some servers send for {@code deflate}. */
    private static byte[] rawDeflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] out = new byte[data.length + 64];
        int n = deflater.deflate(out);
        deflater.end();
        return Arrays.copyOf(out, n);
    }
}
