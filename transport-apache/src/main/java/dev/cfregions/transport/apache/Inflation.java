package dev.cfregions.transport.apache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The inflate loop shared by the gzip and deflate decoders. Output goes straight into the
 * bounded body in small steps, so a compression bomb fails at the cap rather than after
 * inflating in full.
 */
final class Inflation {
    private Inflation() {}

    /**
     * Feeds {@code input} to {@code inflater} and writes what comes out into {@code body},
     * until the input is used up or the compressed stream ends; in the latter case
     * {@code input}'s position is just past the stream's last byte.
     *
     * @param checksum updated with the output when not {@code null}
     */
    static void inflate(Inflater inflater, ByteBuffer input, BoundedBody body, byte[] scratch, CRC32 checksum)
            throws IOException {
        inflater.setInput(input);
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(scratch);
                if (n > 0) {
                    body.write(scratch, 0, n);
                    if (checksum != null) {
                        checksum.update(scratch, 0, n);
                    }
                } else if (inflater.finished() || inflater.needsInput()) {
                    // the last call may consume the end-of-stream marker and produce nothing
                    return;
                } else if (inflater.needsDictionary()) {
                    throw new IOException("Compressed response body needs a preset dictionary");
                } else {
                    throw new IOException("Compressed response body stalled the inflater");
                }
            }
        } catch (DataFormatException e) {
            throw new IOException("Malformed compressed response body", e);
        }
    }
}
