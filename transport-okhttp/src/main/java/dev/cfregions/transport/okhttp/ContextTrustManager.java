package dev.cfregions.transport.okhttp;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * The trust manager OkHttp's {@code sslSocketFactory(factory, trustManager)} insists on when
 * the transport is given an {@code SSLContext}, whose own trust managers cannot be read back.
 * Handshakes are verified by the context's socket factory, not by this: OkHttp only consults it
 * to clean certificate chains for certificate pinning, and there it fails closed (it trusts
 * nothing), so pins cannot be combined with a config {@code SSLContext}.
 */
final class ContextTrustManager implements X509TrustManager {
    static final ContextTrustManager INSTANCE = new ContextTrustManager();

    private ContextTrustManager() {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Client certificates are not checked by the cfregions OkHttp transport");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Server certificates are checked by the configured SSLContext, not here");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
