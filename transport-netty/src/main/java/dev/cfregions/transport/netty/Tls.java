package dev.cfregions.transport.netty;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * TLS through the JDK's {@link SSLEngine}, with hostname verification always on and SNI sent
 * for host names (never for IP literals, which SNI does not allow).
 */
final class Tls {
    private static final String VERIFY_HOSTNAME = "HTTPS";

    private final SslContext context;
    private final long handshakeTimeoutMillis;

    private Tls(SslContext context, Duration handshakeTimeout) {
        this.context = context;
        this.handshakeTimeoutMillis = handshakeTimeout.toMillis();
    }

    /** Trusts what {@code jdkContext} trusts, or the JDK's default trust store when it is null. */
    static Tls using(SSLContext jdkContext, Duration handshakeTimeout) {
        SslContext context;
        if (jdkContext != null) {
            context = new JdkSslContext(jdkContext, true, ClientAuth.NONE);
        } else {
            try {
                context = SslContextBuilder.forClient()
                        .sslProvider(SslProvider.JDK)
                        .endpointIdentificationAlgorithm(VERIFY_HOSTNAME)
                        .build();
            } catch (SSLException e) {
                throw new IllegalStateException("The JDK's default TLS context is unavailable: " + e.getMessage(), e);
            }
        }
        return new Tls(context, handshakeTimeout);
    }

    /** A handler for one connection to {@code origin}; the handshake is bounded by the connect timeout. */
    SslHandler newHandler(ByteBufAllocator alloc, Origin origin) {
        SslHandler handler = context.newHandler(alloc, origin.host(), origin.port());
        SSLEngine engine = handler.engine();
        SSLParameters params = engine.getSSLParameters();
        params.setEndpointIdentificationAlgorithm(VERIFY_HOSTNAME);
        params.setServerNames(origin.isIpLiteral() ? List.of() : serverName(origin.host()));
        engine.setSSLParameters(params);
        handler.setHandshakeTimeoutMillis(handshakeTimeoutMillis);
        return handler;
    }

    /** SNI for a host name; none for a name SNI cannot carry (hostname verification still applies). */
    private static List<javax.net.ssl.SNIServerName> serverName(String host) {
        try {
            return List.of(new SNIHostName(host));
        } catch (IllegalArgumentException notAnSniName) {
            return List.of();
        }
    }
}
