package dev.cfregions.transport.netty;

import io.netty.handler.ssl.SslHandler;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * TLS through the JDK's {@link SSLEngine}, made straight from the JDK {@link SSLContext}, with
 * hostname verification always on and SNI sent for host names (never for IP literals, which
 * SNI does not allow).
 */
final class Tls {
    private static final String VERIFY_HOSTNAME = "HTTPS";

    private final SSLContext context;
    private final long handshakeTimeoutMillis;

    private Tls(SSLContext context, Duration handshakeTimeout) {
        this.context = context;
        this.handshakeTimeoutMillis = Durations.millisAsInt(handshakeTimeout);
    }

    /** Trusts what {@code jdkContext} trusts, or the JDK's default trust store when it is null. */
    static Tls using(SSLContext jdkContext, Duration handshakeTimeout) {
        if (jdkContext != null) {
            return new Tls(jdkContext, handshakeTimeout);
        }
        try {
            return new Tls(SSLContext.getDefault(), handshakeTimeout);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK's default TLS context is unavailable: " + e.getMessage(), e);
        }
    }

    /** A handler for one connection to {@code origin}; the handshake is bounded by the connect timeout. */
    SslHandler newHandler(Origin origin) {
        SSLEngine engine = context.createSSLEngine(origin.host(), origin.port());
        engine.setUseClientMode(true);
        SSLParameters params = engine.getSSLParameters();
        params.setEndpointIdentificationAlgorithm(VERIFY_HOSTNAME);
        params.setServerNames(origin.isIpLiteral() ? List.of() : serverName(origin.host()));
        engine.setSSLParameters(params);
        SslHandler handler = new SslHandler(engine);
        handler.setHandshakeTimeoutMillis(handshakeTimeoutMillis);
        return handler;
    }

    /** SNI for a host name; none for a name SNI cannot carry (hostname verification still applies). */
    private static List<SNIServerName> serverName(String host) {
        try {
            return List.of(new SNIHostName(host));
        } catch (IllegalArgumentException notAnSniName) {
            return List.of();
        }
    }
}
