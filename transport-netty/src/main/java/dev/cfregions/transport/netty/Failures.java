package dev.cfregions.transport.netty;

import dev.cfregions.core.spi.ResponseTooLargeException;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import dev.cfregions.core.spi.TransportTimeoutException.Phase;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.http.TooLongHttpContentException;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Turns what Netty reports into the SPI's exception types. Messages name the origin and what
 * went wrong, never a header value: headers carry credentials.
 */
final class Failures {
    private final Duration connectTimeout;
    private final long maxResponseBytes;

    Failures(Duration connectTimeout, long maxResponseBytes) {
        this.connectTimeout = connectTimeout;
        this.maxResponseBytes = maxResponseBytes;
    }

    /** The one budget for getting a ready connection. */
    Duration connectTimeout() {
        return connectTimeout;
    }

    TransportException map(Throwable failure, Origin origin) {
        Throwable t = unwrap(failure);
        if (t instanceof TransportException e) {
            return e;
        }
        if (t instanceof ConnectTimeoutException || t instanceof SslHandshakeTimeoutException) {
            return new TransportTimeoutException(Phase.CONNECT, connectTimeout, t);
        }
        if (t instanceof TooLongHttpContentException) {
            return new ResponseTooLargeException(maxResponseBytes);
        }
        if (t instanceof TooLongFrameException) {
            return new TransportException("Response from " + origin + " has a status line or headers too long to accept", t);
        }
        if (t instanceof DecoderException) {
            return new TransportException("Response from " + origin + " could not be decoded: " + t.getMessage(), t);
        }
        if (t instanceof SSLException) {
            return new TransportException("TLS with " + origin + " failed: " + t.getMessage(), t);
        }
        if (t instanceof ConnectException) {
            return new TransportException("Could not connect to " + origin + ": " + t.getMessage(), t);
        }
        if (t instanceof ClosedChannelException || t instanceof PrematureChannelClosureException) {
            return connectionClosed(origin, t);
        }
        if (t instanceof IOException) {
            return new TransportException("I/O error talking to " + origin + ": " + t.getMessage(), t);
        }
        return new TransportException("Exchange with " + origin + " failed: " + t.getClass().getName(), t);
    }

    static TransportException connectionClosed(Origin origin, Throwable cause) {
        return new TransportException("Connection to " + origin + " closed before the response was complete", cause);
    }

    static TransportException transportClosed() {
        return new TransportException("The Netty transport is closed");
    }

    /** Netty wraps what a handler threw; the cause says what happened. */
    private static Throwable unwrap(Throwable t) {
        while ((t.getClass() == DecoderException.class || t.getClass() == EncoderException.class)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
