package dev.cfregions.transport.okhttp;

import dev.cfregions.core.spi.ResponseTooLargeException;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.Inflater;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.InflaterSource;
import okio.Okio;
import okio.Source;

/**
 * Reads a response body completely, decoding {@code gzip} and {@code deflate}, and stops with a
 * {@link ResponseTooLargeException} as soon as the decoded bytes pass the cap: a small
 * compressed body cannot inflate past it, and nothing beyond cap + one read is buffered.
 */
final class BodyReader {
    private static final long READ_SIZE = 8192;

    private BodyReader() {}

    /** Whether {@link #read} decodes this {@code Content-Encoding} (absent and identity count). */
    static boolean decodes(String contentEncoding) {
        if (contentEncoding == null) {
            return true;
        }
        for (String coding : contentEncoding.split(",")) {
            String c = coding.trim().toLowerCase(Locale.ROOT);
            if (!(c.isEmpty() || c.equals("identity") || c.equals("gzip") || c.equals("x-gzip") || c.equals("deflate"))) {
                return false;
            }
        }
        return true;
    }

    /** The decoded body; codings listed in {@code contentEncoding} are undone last-applied first. */
    static byte[] read(BufferedSource wire, String contentEncoding, long cap) throws IOException {
        if (wire.exhausted()) {
            return new byte[0]; // a 204, 304 or HEAD answer may name a coding yet carry no bytes
        }
        Source source = wire;
        if (contentEncoding != null) {
            String[] codings = contentEncoding.split(",");
            for (int i = codings.length - 1; i >= 0; i--) {
                source = decoder(codings[i].trim().toLowerCase(Locale.ROOT), source);
            }
        }
        try (Source decoded = source) {
            Buffer out = new Buffer();
            while (decoded.read(out, READ_SIZE) != -1) {
                if (out.size() > cap) {
                    throw new ResponseTooLargeException(cap);
                }
            }
            return out.readByteArray();
        }
    }

    private static Source decoder(String coding, Source encoded) throws IOException {
        switch (coding) {
            case "gzip", "x-gzip" -> {
                return new GzipSource(encoded);
            }
            case "deflate" -> {
                BufferedSource buffered = Okio.buffer(encoded);
                return new InflaterSource(buffered, new Inflater(!hasZlibHeader(buffered)));
            }
            default -> {
                return encoded; // identity or empty
            }
        }
    }

    /**
     * HTTP's {@code deflate} means zlib-wrapped (RFC 1950), but some servers send raw deflate:
     * a valid zlib header (method 8, header checksum divisible by 31) tells them apart.
     */
    private static boolean hasZlibHeader(BufferedSource source) throws IOException {
        if (!source.request(2)) {
            return true; // too short for either; the inflater reports the truncation
        }
        int cmf = source.getBuffer().getByte(0) & 0xff;
        int flg = source.getBuffer().getByte(1) & 0xff;
        return (cmf & 0x0f) == 8 && (cmf * 256 + flg) % 31 == 0;
    }
}
