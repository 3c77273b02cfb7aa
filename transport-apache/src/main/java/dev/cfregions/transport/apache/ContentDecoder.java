package dev.cfregions.transport.apache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Turns a response body's {@code Content-Encoding} back into the bytes the server meant, one
 * network chunk at a time, writing into a {@link BoundedBody} so the cap applies to the
 * decoded size. One instance serves one response.
 */
interface ContentDecoder {

    /** Decodes every remaining byte of {@code encoded} (advancing it) into {@code body}. */
    void decode(ByteBuffer encoded, BoundedBody body) throws IOException;

    /** The body has ended: fails if the encoded stream stopped half-way. */
    void finish(BoundedBody body) throws IOException;

    /** Frees native resources; safe to call more than once. */
    default void release() {}

    /**
     * The decoder for a {@code Content-Encoding} value: identity for none, gzip, deflate.
     *
     * @throws IOException for an encoding this transport never asked for, since handing the
     *     caller undecoded bytes would only fail later and more confusingly
     */
    static ContentDecoder forEncoding(String contentEncoding) throws IOException {
        String coding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        switch (coding) {
            case "":
            case "identity":
                return new IdentityDecoder();
            case "gzip":
            case "x-gzip":
                return new GzipDecoder();
            case "deflate":
                return new DeflateDecoder();
            default:
                throw new IOException("Unsupported response Content-Encoding: " + coding);
        }
    }

    /** Whether {@code contentEncoding} means the body is sent as is. */
    static boolean isIdentity(String contentEncoding) {
        String coding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        return coding.isEmpty() || coding.equals("identity");
    }
}
