package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming decoders, fed in chunks of every awkward size the network may produce. */
class ContentDecoderTest {
    private static final byte[] PLAIN = "{\"id\":\"2001:db8::1\",\"vendor\":\"aws\"}\n".repeat(300).getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 10, 11, 4096, Integer.MAX_VALUE})
    void gzip_decodes_whatever_the_chunk_size(int chunk) throws IOException {
        assertThat(decode("gzip", ApacheTransportTest.gzip(PLAIN), chunk, Long.MAX_VALUE)).isEqualTo(PLAIN);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4096})
    void deflate_decodes_zlib_and_raw_whatever_the_chunk_size(int chunk) throws IOException {
        assertThat(decode("deflate", ApacheTransportTest.deflate(PLAIN, false), chunk, Long.MAX_VALUE)).isEqualTo(PLAIN);
        assertThat(decode("deflate", ApacheTransportTest.deflate(PLAIN, true), chunk, Long.MAX_VALUE)).isEqualTo(PLAIN);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 4096})
    void gzip_header_with_every_optional_field_is_skipped(int chunk) throws IOException {
        byte[] member = gzipMember(PLAIN, "name.json", "a comment", new byte[] {1, 2, 3, 4, 5}, true);
        assertThat(decode("x-gzip", member, chunk, Long.MAX_VALUE)).isEqualTo(PLAIN);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 4096})
    void concatenated_gzip_members_decode_one_after_the_other(int chunk) throws IOException {
        byte[] first = ApacheTransportTest.gzip("first,".getBytes(StandardCharsets.UTF_8));
        byte[] second = gzipMember("second".getBytes(StandardCharsets.UTF_8), "n", null, null, false);
        assertThat(decode("gzip", concat(first, second), chunk, Long.MAX_VALUE))
                .isEqualTo("first,second".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void gzip_with_a_wrong_crc_is_refused() throws IOException {
        byte[] bytes = ApacheTransportTest.gzip(PLAIN);
        bytes[bytes.length - 8] ^= 0x01;
        assertThatThrownBy(() -> decode("gzip", bytes, 4096, Long.MAX_VALUE)).isInstanceOf(IOException.class).hasMessageContaining("CRC");
    }

    @Test
    void not_gzip_at_all_is_refused() {
        assertThatThrownBy(() -> decode("gzip", PLAIN, 4096, Long.MAX_VALUE)).isInstanceOf(IOException.class).hasMessageContaining("magic");
    }

    @Test
    void truncated_streams_are_refused() throws IOException {
        byte[] gz = ApacheTransportTest.gzip(PLAIN);
        byte[] zlib = ApacheTransportTest.deflate(PLAIN, false);
        assertThatThrownBy(() -> decode("gzip", Arrays.copyOf(gz, gz.length / 2), 100, Long.MAX_VALUE)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decode("deflate", Arrays.copyOf(zlib, zlib.length / 2), 100, Long.MAX_VALUE)).isInstanceOf(IOException.class);
    }

    @Test
    void empty_bodies_stay_empty_whatever_the_encoding() throws IOException {
        for (String coding : new String[] {"gzip", "deflate", "identity", ""}) {
            assertThat(decode(coding, new byte[0], 1, 10)).as(coding).isEmpty();
        }
    }

    @Test
    void decoded_size_is_capped_exactly() throws IOException {
        byte[] gz = ApacheTransportTest.gzip(PLAIN);
        assertThat(decode("gzip", gz, 512, PLAIN.length)).isEqualTo(PLAIN);
        assertThatThrownBy(() -> decode("gzip", gz, 512, PLAIN.length - 1)).isInstanceOf(BodyLimitExceededException.class);
        assertThatThrownBy(() -> decode("identity", PLAIN, 512, PLAIN.length - 1)).isInstanceOf(BodyLimitExceededException.class);
    }

    @Test
    void unknown_encodings_are_refused_by_name() {
        assertThatThrownBy(() -> ContentDecoder.forEncoding("br")).isInstanceOf(IOException.class).hasMessageContaining("br");
    }

    private static byte[] decode(String coding, byte[] encoded, int chunk, long cap) throws IOException {
        ContentDecoder decoder = ContentDecoder.forEncoding(coding);
        BoundedBody body = new BoundedBody(cap, -1);
        try {
            for (int at = 0; at < encoded.length; at += chunk) {
                ByteBuffer piece = ByteBuffer.wrap(encoded, at, (int) Math.min(chunk, (long) encoded.length - at)).slice();
                decoder.decode(piece, body);
                assertThat(piece.hasRemaining()).as("decoder left bytes unread").isFalse();
            }
            decoder.finish(body);
            return body.toByteArray();
        } finally {
            decoder.release();
        }
    }

    /** A gzip member with the optional header fields the JDK's writer never sets. */
    private static byte[] gzipMember(byte[] plain, String name, String comment, byte[] extra, boolean headerCrc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int flags = (headerCrc ? 0x02 : 0) | (extra != null ? 0x04 : 0) | (name != null ? 0x08 : 0) | (comment != null ? 0x10 : 0);
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, (byte) flags, 0, 0, 0, 0, 0, (byte) 0xff});
        if (extra != null) {
            out.write(extra.length & 0xff);
            out.write(extra.length >> 8);
            out.writeBytes(extra);
        }
        if (name != null) {
            out.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
            out.write(0);
        }
        if (comment != null) {
            out.writeBytes(comment.getBytes(StandardCharsets.ISO_8859_1));
            out.write(0);
        }
        if (headerCrc) {
            CRC32 crc = new CRC32();
            crc.update(out.toByteArray());
            out.write((int) crc.getValue() & 0xff);
            out.write((int) (crc.getValue() >> 8) & 0xff);
        }
        out.writeBytes(RawDeflate.of(plain));
        CRC32 crc = new CRC32();
        crc.update(plain);
        writeIntLe(out, crc.getValue());
        writeIntLe(out, plain.length);
        return out.toByteArray();
    }

    private static void writeIntLe(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >> (8 * i)) & 0xff);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Raw deflate without the stream wrapper, for hand-built gzip members. */
    private static final class RawDeflate {
        static byte[] of(byte[] plain) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            deflater.end();
            return out.toByteArray();
        }
    }
}
