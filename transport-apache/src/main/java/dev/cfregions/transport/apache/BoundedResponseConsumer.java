package dev.cfregions.transport.apache;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;

/**
 * Reads one response into an SPI {@link HttpResponse}: decodes gzip or deflate as the bytes
 * stream in and stops with {@link BodyLimitExceededException} the moment the decoded body
 * passes the cap, which makes the client abort the exchange and drop the connection.
 *
 * <p>When the body was decoded, {@code Content-Encoding} and {@code Content-Length} are left
 * out of the headers handed back: they describe bytes the caller never sees.
 */
final class BoundedResponseConsumer implements AsyncResponseConsumer<HttpResponse> {
    private final long maxBodyBytes;
    private final Runnable onReleasedAfterSuccess;
    private volatile boolean succeeded;
    private final AtomicBoolean released = new AtomicBoolean();

    private int status;
    private HttpHeaders headers;
    private ContentDecoder decoder;
    private BoundedBody body;
    private FutureCallback<HttpResponse> resultCallback;

    /**
     * @param onReleasedAfterSuccess run once, when HttpClient releases this consumer after a
     *     complete response, which it does only after returning the connection to its pool
     */
    BoundedResponseConsumer(long maxBodyBytes, Runnable onReleasedAfterSuccess) {
        this.maxBodyBytes = maxBodyBytes;
        this.onReleasedAfterSuccess = onReleasedAfterSuccess;
    }

    @Override
    public void consumeResponse(org.apache.hc.core5.http.HttpResponse response, EntityDetails entity,
                                HttpContext context, FutureCallback<HttpResponse> callback) throws IOException {
        status = response.getCode();
        if (entity == null) {
            HttpResponse empty = HttpResponse.of(status, copyHeaders(response.getHeaders(), false), null);
            succeeded = true;
            callback.completed(empty);
            return;
        }
        String contentEncoding = entity.getContentEncoding();
        boolean identity = ContentDecoder.isIdentity(contentEncoding);
        long announced = entity.getContentLength();
        if (identity && announced > maxBodyBytes) {
            throw new BodyLimitExceededException(maxBodyBytes);
        }
        decoder = ContentDecoder.forEncoding(contentEncoding);
        body = new BoundedBody(maxBodyBytes, identity ? announced : -1);
        headers = copyHeaders(response.getHeaders(), !identity);
        resultCallback = callback;
    }

    @Override
    public void informationResponse(org.apache.hc.core5.http.HttpResponse response, HttpContext context) {
        // 1xx responses carry nothing the caller asked for
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        // the cap, not flow control, bounds what is held; read as fast as the server sends
        capacityChannel.update(Integer.MAX_VALUE);
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        decoder.decode(src, body);
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) throws IOException {
        decoder.finish(body);
        HttpResponse response = HttpResponse.wrap(status, headers, body.toByteArray());
        releaseDecoder();
        succeeded = true;
        resultCallback.completed(response);
    }

    @Override
    public void failed(Exception cause) {
        releaseDecoder();
    }

    @Override
    public void releaseResources() {
        releaseDecoder();
        if (succeeded && released.compareAndSet(false, true)) {
            onReleasedAfterSuccess.run();
        }
    }

    private void releaseDecoder() {
        ContentDecoder d = decoder;
        if (d != null) {
            d.release();
        }
    }

    private static HttpHeaders copyHeaders(Header[] source, boolean decoded) throws IOException {
        HttpHeaders.Builder copy = HttpHeaders.builder();
        for (Header h : source) {
            if (decoded && (h.getName().equalsIgnoreCase("Content-Encoding") || h.getName().equalsIgnoreCase("Content-Length"))) {
                continue;
            }
            try {
                copy.add(h.getName(), h.getValue() == null ? "" : h.getValue());
            } catch (IllegalArgumentException e) {
                throw new IOException("Response has a malformed header name", e);
            }
        }
        return copy.build();
    }
}
