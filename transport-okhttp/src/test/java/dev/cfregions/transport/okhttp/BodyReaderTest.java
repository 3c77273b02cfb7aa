package dev.cfregions.transport.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.spi.ResponseTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class BodyReaderTest {
    private static final byte[] TEXT = "{\"result\":[\"192.0.2.1\",\"2001:db8::1\"]}".repeat(50).getBytes(StandardCharsets.UTF_8);

    @Test
    void decodesGzipZlibAndRawDeflate() throws IOException {
        assertThat(read(gzip(TEXT), "gzip", 1 << 20)).isEqualTo(TEXT);
        assertThat(read(gzip(TEXT), "X-GZIP", 1 << 20)).isEqualTo(TEXT);
        assertThat(read(deflate(TEXT, false), "deflate", 1 << 20)).as("zlib-wrapped").isEqualTo(TEXT);
        assertThat(read(deflate(TEXT, true), "deflate", 1 << 20)).as("raw deflate").isEqualTo(TEXT);
        assertThat(read(TEXT, null, 1 << 20)).isEqualTo(TEXT);
        assertThat(read(TEXT, "identity", 1 << 20)).isEqualTo(TEXT);
    }

    @Test
    void undoesStackedCodingsLastAppliedFirst() throws IOException {
        assertThat(read(gzip(deflate(TEXT, false)), "deflate, gzip", 1 << 20)).isEqualTo(TEXT);
    }

    @Test
    void capCountsDecodedBytes() throws IOException {
        assertThat(read(TEXT, null, TEXT.length)).isEqualTo(TEXT);
        assertThatThrownBy(() -> read(TEXT, null, TEXT.length - 1)).isInstanceOf(ResponseTooLargeException.class);
        byte[] bomb = gzip(new byte[5_000_000]);
        assertThat(bomb.length).isLessThan(10_000);
        assertThatThrownBy(() -> read(bomb, "gzip", 100_000)).isInstanceOf(ResponseTooLargeException.class)
                .satisfies(e -> assertThat(((ResponseTooLargeException) e).limitBytes()).isEqualTo(100_000));
    }

    @Test
    void onlyKnownCodingsAreDecoded() {
        assertThat(BodyReader.decodes(null)).isTrue();
        assertThat(BodyReader.decodes("gzip")).isTrue();
        assertThat(BodyReader.decodes("deflate, gzip")).isTrue();
        assertThat(BodyReader.decodes("br")).isFalse();
        assertThat(BodyReader.decodes("gzip, br")).isFalse();
    }

    @Test
    void anEmptyBodyNeedsNoDecoding() throws IOException {
        assertThat(read(new byte[0], "gzip", 10)).isEmpty();
        assertThat(read(new byte[0], "deflate", 10)).isEmpty();
    }

    @Test
    void corruptGzipIsAnIoError() {
        assertThatThrownBy(() -> read("not gzip at all".getBytes(StandardCharsets.US_ASCII), "gzip", 1000))
                .isInstanceOf(IOException.class);
    }

    private static byte[] read(byte[] wire, String encoding, long cap) throws IOException {
        return BodyReader.read(new Buffer().write(wire), encoding, cap);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(data);
        }
        return out.toByteArray();
    }
}
