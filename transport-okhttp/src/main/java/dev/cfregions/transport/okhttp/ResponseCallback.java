package dev.cfregions.transport.okhttp;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.ResponseTooLargeException;
import dev.cfregions.core.spi.TransportException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Completes one exchange's future from OkHttp's callbacks, on OkHttp's dispatcher thread: reads
 * the body within the cap, decodes it, and turns every failure into an SPI exception.
 */
final class ResponseCallback implements Callback {
    private final CompletableFuture<HttpResponse> future;
    private final HttpRequest request;
    private final ExchangeState state;
    private final long maxResponseBytes;
    private final FailureTranslator failures;
    private final BooleanSupplier transportClosed;

    ResponseCallback(CompletableFuture<HttpResponse> future, HttpRequest request, ExchangeState state,
            long maxResponseBytes, FailureTranslator failures, BooleanSupplier transportClosed) {
        this.future = future;
        this.request = request;
        this.state = state;
        this.maxResponseBytes = maxResponseBytes;
        this.failures = failures;
        this.transportClosed = transportClosed;
    }

    @Override
    public void onFailure(Call call, IOException e) {
        if (!future.isDone()) {
            future.completeExceptionally(failures.translate(e, call, state, request.timeout(), transportClosed.getAsBoolean()));
        }
    }

    @Override
    public void onResponse(Call call, Response response) {
        HttpResponse result;
        try (ResponseBody body = response.body()) {
            if (future.isDone()) {
                return; // cancelled meanwhile: closing the body releases the connection
            }
            String encoding = response.header("Content-Encoding");
            boolean lengthIsTheBody = !call.request().method().equals("HEAD") && (encoding == null || encoding.isBlank());
            if (lengthIsTheBody && body.contentLength() > maxResponseBytes) {
                // Fail before reading: the length the server declared is already too much.
                throw new ResponseTooLargeException(maxResponseBytes);
            }
            boolean decode = BodyReader.decodes(encoding);
            byte[] bytes = BodyReader.read(body.source(), decode ? encoding : null, maxResponseBytes);
            result = HttpResponse.wrap(response.code(), headers(response.headers(), decode && encoding != null, state), bytes);
        } catch (TransportException e) {
            future.completeExceptionally(e);
            return;
        } catch (IOException e) {
            onFailure(call, e);
            return;
        } catch (RuntimeException e) {
            future.completeExceptionally(new TransportException("Reading the response to " + request + " failed: " + e, e));
            return;
        }
        // Completed only once the body is closed, so the connection is back in the pool before
        // the caller, continuing on this thread or another, can send its next request.
        future.complete(result);
    }

    /**
     * The headers as received, less the coding and length that describe bytes no longer
     * returned, plus any {@code Retry-After} that was hidden from OkHttp.
     */
    private static HttpHeaders headers(Headers received, boolean decoded, ExchangeState state) {
        HttpHeaders.Builder b = HttpHeaders.builder();
        for (int i = 0; i < received.size(); i++) {
            String name = received.name(i);
            if (decoded && (name.equalsIgnoreCase("Content-Encoding") || name.equalsIgnoreCase("Content-Length"))) {
                continue;
            }
            b.add(name, received.value(i));
        }
        state.heldRetryAfter().forEach(v -> b.add("Retry-After", v));
        return b.build();
    }
}
