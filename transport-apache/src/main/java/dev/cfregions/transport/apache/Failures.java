package dev.cfregions.transport.apache;

import dev.cfregions.core.spi.ResponseTooLargeException;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import dev.cfregions.core.spi.TransportTimeoutException.Phase;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.util.DeadlineTimeoutException;

/**
 * Translates what the Apache client fails with into the SPI's exception types, so callers never
 * see a library-specific or checked exception.
 *
 * <p>Only a failure that certainly happened before the request was written is reported as a
 * {@link Phase#CONNECT} timeout; anything ambiguous is a {@link Phase#RESPONSE} timeout, because
 * the retry loop above treats a connect timeout as safe to retry for any method. Messages name
 * the method and URI, never a header value.
 */
final class Failures {
    private Failures() {}

    /**
     * The SPI exception for {@code failure}.
     *
     * @param connectTimeout the connect timeout in force, for the exception's description
     * @param requestTimeout the request's own timeout, likewise
     * @param connected whether the request may have been written: a socket timeout before that
     *     (a stalled TLS handshake, say) is a connect timeout
     */
    static TransportException map(Throwable failure, String method, URI uri, Duration connectTimeout, Duration requestTimeout,
                                  boolean connected) {
        Throwable cause = unwrap(failure);
        String target = method + " " + uri;
        if (cause instanceof TransportException already) {
            return already;
        }
        if (cause instanceof BodyLimitExceededException tooLarge) {
            ResponseTooLargeException e = new ResponseTooLargeException(tooLarge.limitBytes());
            e.initCause(tooLarge);
            return e;
        }
        if (cause instanceof ConnectTimeoutException
                || cause instanceof ConnectionRequestTimeoutException
                || cause instanceof DeadlineTimeoutException) {
            return new TransportTimeoutException(Phase.CONNECT, connectTimeout, cause);
        }
        if (cause instanceof SocketTimeoutException) {
            return connected
                    ? new TransportTimeoutException(Phase.RESPONSE, requestTimeout, cause)
                    : new TransportTimeoutException(Phase.CONNECT, connectTimeout, cause);
        }
        if (cause instanceof ConnectException) {
            return new TransportException("Could not connect for " + target + ": " + describe(cause), cause);
        }
        if (cause instanceof SSLException) {
            return new TransportException("TLS failed for " + target + ": " + describe(cause), cause);
        }
        if (cause instanceof CancellationException) {
            return new TransportException("Exchange was aborted for " + target, cause);
        }
        if (cause instanceof IOException) {
            return new TransportException("I/O failed for " + target + ": " + describe(cause), cause);
        }
        if (cause instanceof IllegalStateException) {
            // the client refuses work: a lent client its owner closed, or one never started
            return new TransportException("Apache client cannot send " + target + ": " + cause.getMessage(), cause);
        }
        if (cause instanceof HttpException) {
            // protocol errors can quote the offending header line, so only the type is named
            return new TransportException("HTTP protocol error for " + target + ": " + cause.getClass().getSimpleName(), cause);
        }
        return new TransportException("Unexpected failure for " + target + ": " + cause.getClass().getName(), cause);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
